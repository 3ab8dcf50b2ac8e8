import type { EnvironmentListQuery, PlanListQuery, TaskListQuery } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { hasOrganisationKind, useCurrentUser } from '../auth/hooks/currentUser';
import { planApi, planKeys } from './api';

export function useIsRegulator(): boolean {
  return hasOrganisationKind(useCurrentUser(), 'regulator');
}

export function usePlanOptions(organisationId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: planKeys.options(organisationId),
    queryFn: ({ signal }) => planApi.options(organisationId, signal),
    enabled,
    retry: false,
  });
}

export function useEnvironment(query: EnvironmentListQuery, enabled = true) {
  return useQuery({
    queryKey: planKeys.environment(query),
    queryFn: ({ signal }) => planApi.environment(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePlans(query: PlanListQuery, enabled = true) {
  return useQuery({
    queryKey: planKeys.plans(query),
    queryFn: ({ signal }) => planApi.plans(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePlan(id: string) {
  return useQuery({ queryKey: planKeys.plan(id), queryFn: ({ signal }) => planApi.plan(id, signal) });
}

export function useTasks(query: TaskListQuery, enabled = true) {
  return useQuery({
    queryKey: planKeys.tasks(query),
    queryFn: ({ signal }) => planApi.tasks(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCompetence(organisationId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: planKeys.competence(organisationId),
    queryFn: ({ signal }) => planApi.competence(organisationId, signal),
    enabled,
  });
}

/** Any change of the plan area: the call, then every plan query refreshed. */
export function usePlanMutation<A, R>(call: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
