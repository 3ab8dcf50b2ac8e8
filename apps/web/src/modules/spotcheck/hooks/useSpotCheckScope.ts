import type { MeDto } from '@gongzhi/contracts';
import { can, hasOrganisationKind, organisationsOfKind, useCurrentUser } from '../../auth/hooks/currentUser';

export interface SpotCheckScope {
  /** The user's association (the first, if several): its members' results are in view. */
  association: MeDto['organisations'][number] | undefined;
  /** The user's enterprise: its own results. */
  enterprise: MeDto['organisations'][number] | undefined;
  regulator: boolean;
  /** Import notices, match results, decide re-inspections (regulator staff). */
  canImport: boolean;
  /** Ask for a re-inspection (the enterprise's administrator and chief quality officer). */
  canReinspect: boolean;
}

/** Who the user is in the spot-check screens, from the signed-in user's organisations and permissions. */
export function spotCheckScopeOf(me: MeDto): SpotCheckScope {
  const [association] = organisationsOfKind(me, 'industry_organisation');
  const [enterprise] = organisationsOfKind(me, 'enterprise');
  return {
    association,
    enterprise,
    regulator: hasOrganisationKind(me, 'regulator'),
    canImport: can(me, 'spotcheck.import'),
    canReinspect: Boolean(enterprise) && can(me, 'spotcheck.reinspect'),
  };
}

export function useSpotCheckScope(): SpotCheckScope {
  return spotCheckScopeOf(useCurrentUser());
}
