import type {
  ImprovementActionImplemented,
  ImprovementActionListQuery,
  ImprovementActionUpdate,
  ImprovementActionVerification,
} from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { evaluationApi, evaluationKeys } from '../api/evaluation.api';

export function useImprovementActions(query: ImprovementActionListQuery) {
  return useQuery({
    queryKey: evaluationKeys.actionList(query),
    queryFn: ({ signal }) => evaluationApi.actions(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The people an action may be given to (loaded when the edit dialog opens). */
export function useActionOwners(id: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.actionOwners(id ?? ''),
    queryFn: ({ signal }) => evaluationApi.actionOwners(id as string, signal),
    enabled: id !== undefined,
    retry: false,
  });
}

/** One of the three changes of an improvement action: edit, implemented, verified. */
export type ActionChange =
  | { kind: 'update'; id: string; body: ImprovementActionUpdate }
  | { kind: 'implemented'; id: string; body: ImprovementActionImplemented }
  | { kind: 'verification'; id: string; body: ImprovementActionVerification };

export function useChangeAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ActionChange) => {
      if (change.kind === 'update') return evaluationApi.updateAction(change.id, change.body);
      if (change.kind === 'implemented') return evaluationApi.actionImplemented(change.id, change.body);
      return evaluationApi.verifyAction(change.id, change.body);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: evaluationKeys.actions }),
  });
}
