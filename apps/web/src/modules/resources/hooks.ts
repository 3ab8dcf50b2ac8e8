import type {
  FeedbackCreate,
  FeedbackReceivedQuery,
  FeedbackUpdate,
  InfrastructureCreate,
  InfrastructureListQuery,
  InfrastructureUpdate,
  PolicyCreate,
  PolicyListQuery,
  PolicyUpdate,
  TalentCreate,
  TalentListQuery,
  TalentUpdate,
} from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { resourcesApi, resourcesKeys } from './api';

export const useInfrastructure = (q: InfrastructureListQuery, enabled = true) =>
  useQuery({
    queryKey: resourcesKeys.infrastructure(q),
    queryFn: ({ signal }) => resourcesApi.infrastructure(q, signal),
    enabled,
  });

export const useTalent = (q: TalentListQuery, enabled = true) =>
  useQuery({ queryKey: resourcesKeys.talent(q), queryFn: ({ signal }) => resourcesApi.talent(q, signal), enabled });

export const usePolicies = (q: PolicyListQuery, enabled = true) =>
  useQuery({ queryKey: resourcesKeys.policies(q), queryFn: ({ signal }) => resourcesApi.policies(q, signal), enabled });

export const usePolicy = (id: string | null) =>
  useQuery({
    queryKey: resourcesKeys.policy(id ?? ''),
    queryFn: ({ signal }) => resourcesApi.policy(id ?? '', signal),
    enabled: Boolean(id),
  });

export const useReceivedFeedback = (q: FeedbackReceivedQuery, enabled = true) =>
  useQuery({
    queryKey: resourcesKeys.received(q),
    queryFn: ({ signal }) => resourcesApi.received(q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });

function useResourcesMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: resourcesKeys.all }),
  });
}

export const useSaveInfrastructure = () =>
  useResourcesMutation(({ id, body }: { id: string | null; body: InfrastructureCreate | InfrastructureUpdate }) =>
    id ? resourcesApi.updateInfrastructure(id, body as InfrastructureUpdate) : resourcesApi.createInfrastructure(body),
  );
export const useSavePerson = () =>
  useResourcesMutation(({ id, body }: { id: string | null; body: TalentCreate | TalentUpdate }) =>
    id ? resourcesApi.updatePerson(id, body as TalentUpdate) : resourcesApi.createPerson(body),
  );
export const useSavePolicy = () =>
  useResourcesMutation(({ id, body }: { id: string | null; body: PolicyCreate | PolicyUpdate }) =>
    id ? resourcesApi.updatePolicy(id, body as PolicyUpdate) : resourcesApi.createPolicy(body),
  );
export const useCreateFeedback = () =>
  useResourcesMutation(({ policyId, body }: { policyId: string; body: FeedbackCreate }) =>
    resourcesApi.createFeedback(policyId, body),
  );
export const useUpdateFeedback = () =>
  useResourcesMutation(({ id, body }: { id: string; body: FeedbackUpdate }) => resourcesApi.updateFeedback(id, body));
export const useSubmitFeedback = () =>
  useResourcesMutation(({ id, version }: { id: string; version: number }) => resourcesApi.submitFeedback(id, version));
