import type { MeDto } from '@gongzhi/contracts';
import { can, hasOrganisationKind, organisationsOfKind, useCurrentUser } from '../../auth/hooks/currentUser';

export interface CreditScope {
  /** The user's association (the first, if several). */
  association: MeDto['organisations'][number] | undefined;
  /** The user's enterprise. */
  enterprise: MeDto['organisations'][number] | undefined;
  regulator: boolean;
  /** Record, confirm, publish, decide, evaluate, warn, apply measures (association staff). */
  canRecord: boolean;
  /** Write new model versions (the association's administrator). */
  canModel: boolean;
  /** Object, apply for repair, sign commitments (the enterprise). */
  canObject: boolean;
}

/** Who the user is in the credit screens, from the signed-in user's organisations and permissions. */
export function creditScopeOf(me: MeDto): CreditScope {
  const [association] = organisationsOfKind(me, 'industry_organisation');
  const [enterprise] = organisationsOfKind(me, 'enterprise');
  return {
    association,
    enterprise,
    regulator: hasOrganisationKind(me, 'regulator'),
    canRecord: Boolean(association) && can(me, 'credit.record'),
    canModel: Boolean(association) && can(me, 'credit.model'),
    canObject: Boolean(enterprise) && can(me, 'credit.object'),
  };
}

export function useCreditScope(): CreditScope {
  return creditScopeOf(useCurrentUser());
}
