import type { AssessmentKind, MeDto } from '@gongzhi/contracts';
import { can, hasOrganisationKind, organisationsOfKind, useCurrentUser } from '../../auth/hooks/currentUser';

export interface EvaluationScope {
  /** The user's association (the first, if several). */
  association: MeDto['organisations'][number] | undefined;
  regulator: boolean;
  /** Open assessments, score, collect evidence, follow up improvement actions. */
  canAssess: boolean;
  /** Review and finalise, open campaigns. */
  canReview: boolean;
  /** Import frameworks and save new weights. */
  canFramework: boolean;
  /** List the accounts of an organisation (for assignees and owners). */
  canListUsers: boolean;
  /** The kinds of assessment the user may open: associations assess themselves, the regulator the others. */
  kinds: AssessmentKind[];
}

/** Who the user is in the evaluation screens, from the signed-in user's organisations and permissions. */
export function evaluationScopeOf(me: MeDto): EvaluationScope {
  const [association] = organisationsOfKind(me, 'industry_organisation');
  const regulator = hasOrganisationKind(me, 'regulator');
  const kinds: AssessmentKind[] = [];
  if (association) kinds.push('self');
  if (regulator) kinds.push('regulator', 'third_party');
  return {
    association,
    regulator,
    canAssess: can(me, 'evaluation.assess'),
    canReview: can(me, 'evaluation.review'),
    canFramework: can(me, 'evaluation.framework'),
    canListUsers: can(me, 'user.read'),
    kinds,
  };
}

export function useEvaluationScope(): EvaluationScope {
  return evaluationScopeOf(useCurrentUser());
}
