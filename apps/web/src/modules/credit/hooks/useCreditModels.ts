import type { CreditModelCreate, VersionBody } from '@gongzhi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { creditApi, creditKeys } from '../api/credit.api';

/** Every version of an association's model, newest first as the server sends them. */
export function useCreditModels(associationId: string | undefined) {
  return useQuery({
    queryKey: creditKeys.modelList(associationId ?? ''),
    queryFn: ({ signal }) => creditApi.models(associationId ?? '', signal),
    enabled: Boolean(associationId),
  });
}

export function useCreateCreditModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreditModelCreate) => creditApi.createModel(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: creditKeys.models }),
  });
}

export function useActivateCreditModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: VersionBody }) => creditApi.activateModel(id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: creditKeys.models }),
  });
}
