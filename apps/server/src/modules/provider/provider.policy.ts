/** Who may manage which body's keys, and what each kind of body may push. */
import type { OrganisationKind, QualityDocumentKind } from '@gongzhi/contracts';
import { type Actor, can, inRegion } from '../../kernel/actor.js';

/** The organisation kinds that may hold keys, and the one kind of document each pushes. */
export const PROVIDER_DOCUMENT_KIND: Partial<Record<OrganisationKind, QualityDocumentKind>> = {
  testing_body: 'test_report',
  certification_body: 'certificate',
};
export const PROVIDER_KINDS = Object.keys(PROVIDER_DOCUMENT_KIND) as OrganisationKind[];

export const isProviderKind = (kind: string): boolean => (PROVIDER_KINDS as string[]).includes(kind);

/** The regulator of the body's region manages its keys (row-level security says the same). */
export function managesKeysOf(actor: Actor, body: { regionCode: string }): boolean {
  return can(actor, 'provider.manage') && inRegion(actor, body.regionCode);
}

/** A testing body pushes test reports, a certification body certificates; anything else is refused. */
export function mayPush(bodyKind: OrganisationKind, documentKind: QualityDocumentKind): boolean {
  return PROVIDER_DOCUMENT_KIND[bodyKind] === documentKind;
}
