import type { ConsumerWarningCreate, ConsumerWarningListQuery, ConsumerWarningUpdate } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { warningApi, warningKeys } from '../api/warning.api';

export function useWarnings(query: ConsumerWarningListQuery) {
  return useQuery({
    queryKey: warningKeys.list(query),
    queryFn: ({ signal }) => warningApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePublishedWarnings(query: { page?: number; pageSize?: number }) {
  return useQuery({
    queryKey: warningKeys.published(query),
    queryFn: ({ signal }) => warningApi.published(query, signal),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateWarnings() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: warningKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['public', 'warnings'] });
  };
}

export function useCreateWarning() {
  const invalidate = useInvalidateWarnings();
  return useMutation({ mutationFn: (body: ConsumerWarningCreate) => warningApi.create(body), onSuccess: invalidate });
}

export function useUpdateWarning() {
  const invalidate = useInvalidateWarnings();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ConsumerWarningUpdate }) => warningApi.update(id, body),
    onSuccess: invalidate,
  });
}
