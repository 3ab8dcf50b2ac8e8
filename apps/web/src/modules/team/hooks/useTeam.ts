import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { teamApi, teamKeys } from '../api/team.api';

export function useTeam(organisationId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: teamKeys.overview(organisationId),
    queryFn: ({ signal }) => teamApi.overview(organisationId, signal),
    enabled,
  });
}

export function useTeamAssociations() {
  return useQuery({ queryKey: teamKeys.associations, queryFn: ({ signal }) => teamApi.associations(signal) });
}

export function useGuidance() {
  return useQuery({ queryKey: teamKeys.guidance, queryFn: ({ signal }) => teamApi.guidance(signal) });
}

/** A change to the team: every team query is fetched again afterwards. */
export function useTeamMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: teamKeys.all }),
  });
}
