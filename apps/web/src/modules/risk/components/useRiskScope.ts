import type { MeDto } from '@gongzhi/contracts';
import { can, hasOrganisationKind, organisationsOfKind, useCurrentUser } from '../../auth/hooks/currentUser';

export interface RiskScope {
  /** The user's association (the first, if several). */
  association: MeDto['organisations'][number] | undefined;
  regulator: boolean;
  /** Write a risk report (association staff). */
  canReport: boolean;
  /** Acknowledge a risk report with feedback (the regulator). */
  canAcknowledge: boolean;
  /** Draw sampling plans (the regulator). */
  canSample: boolean;
}

/** Who the user is in the risk screens, from the signed-in user's organisations and permissions. */
export function riskScopeOf(me: MeDto): RiskScope {
  const [association] = organisationsOfKind(me, 'industry_organisation');
  const regulator = hasOrganisationKind(me, 'regulator');
  return {
    association,
    regulator,
    canReport: Boolean(association) && can(me, 'risk.report'),
    canAcknowledge: can(me, 'risk.acknowledge'),
    canSample: regulator && can(me, 'spotcheck.import'),
  };
}

export function useRiskScope(): RiskScope {
  return riskScopeOf(useCurrentUser());
}
