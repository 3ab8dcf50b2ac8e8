import type { OrganisationCreate, OrganisationUpdate } from '@gongzhi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { organisationApi, organisationKeys } from '../api/organisation.api';

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationCreate) => organisationApi.create(body),
    onSuccess: (created) => {
      queryClient.setQueryData(organisationKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: organisationKeys.all });
    },
  });
}

export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationUpdate) => organisationApi.update(id, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(organisationKeys.detail(id), updated);
      void queryClient.invalidateQueries({ queryKey: organisationKeys.all });
    },
  });
}
