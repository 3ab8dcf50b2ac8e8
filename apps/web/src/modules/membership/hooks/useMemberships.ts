import type { MembershipCreate, MembershipListQuery, MembershipUpdate } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { organisationKeys } from '../../organisation/api/organisation.api';
import { membershipApi, membershipKeys } from '../api/membership.api';

export function useMemberships(associationId: string, query: MembershipListQuery) {
  return useQuery({
    queryKey: membershipKeys.list(associationId, query),
    queryFn: ({ signal }) => membershipApi.list(associationId, query, signal),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateMemberships() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: membershipKeys.all });
    void queryClient.invalidateQueries({ queryKey: organisationKeys.all });
  };
}

export function useAddMember(associationId: string) {
  const invalidate = useInvalidateMemberships();
  return useMutation({
    mutationFn: (body: MembershipCreate) => membershipApi.create(associationId, body),
    onSuccess: invalidate,
  });
}

export function useUpdateMembership(associationId: string) {
  const invalidate = useInvalidateMemberships();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MembershipUpdate }) => membershipApi.update(associationId, id, body),
    onSuccess: invalidate,
  });
}
