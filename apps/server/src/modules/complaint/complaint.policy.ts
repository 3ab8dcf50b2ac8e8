import { type Actor, can, inRegion, orgIdsOfKind } from '../../kernel/actor.js';
import type { CaseSide } from './complaint.workflow.js';

export interface CaseAccessFacts {
  associationId: string;
  associationRegionCode: string;
  enterpriseId: string | null;
  forwardedOn: string | null;
  regulatorId: string | null;
  consentShareContact: boolean;
}

/** The sides the person acts for on this case. */
export function sidesOf(actor: Actor, c: CaseAccessFacts): CaseSide[] {
  const sides: CaseSide[] = [];
  if (can(actor, 'complaint.handle') && orgIdsOfKind(actor, 'industry_organisation').includes(c.associationId)) {
    sides.push('association');
  }
  if (
    can(actor, 'complaint.respond') &&
    c.enterpriseId !== null &&
    c.forwardedOn !== null &&
    orgIdsOfKind(actor, 'enterprise').includes(c.enterpriseId)
  ) {
    sides.push('enterprise');
  }
  if (c.regulatorId !== null && orgIdsOfKind(actor, 'regulator').includes(c.regulatorId)) sides.push('regulator');
  return sides;
}

/**
 * Who may see a case: the handling association (any of its roles with complaint.read), the enterprise
 * once the case is forwarded to it, the regulator it was transferred to, and the regulator of the
 * association's region (read only).
 */
export function canView(actor: Actor, c: CaseAccessFacts): boolean {
  if (!can(actor, 'complaint.read')) return false;
  if (orgIdsOfKind(actor, 'industry_organisation').includes(c.associationId)) return true;
  if (c.enterpriseId && c.forwardedOn && orgIdsOfKind(actor, 'enterprise').includes(c.enterpriseId)) return true;
  if (c.regulatorId && orgIdsOfKind(actor, 'regulator').includes(c.regulatorId)) return true;
  return inRegion(actor, c.associationRegionCode);
}

/** The complainant's contact details: the handling staff, the regulator handling a transfer, the enterprise with consent. */
export function canRevealContact(actor: Actor, c: CaseAccessFacts, sides: readonly CaseSide[]): boolean {
  if (!can(actor, 'complaint.reveal_contact')) return false;
  return (
    sides.includes('association') ||
    sides.includes('regulator') ||
    (sides.includes('enterprise') && c.consentShareContact)
  );
}

/** Passing a lead or a case to the regulator is the handling association's act. */
export function canRefer(sides: readonly CaseSide[]): boolean {
  return sides.includes('association');
}
