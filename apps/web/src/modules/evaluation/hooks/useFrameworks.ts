import type { FrameworkImportBody, FrameworkWeightsBody } from '@gongzhi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { evaluationApi, evaluationKeys } from '../api/evaluation.api';

/** Every framework and version (a short list, not paged). */
export function useFrameworks() {
  return useQuery({
    queryKey: evaluationKeys.frameworkList,
    queryFn: ({ signal }) => evaluationApi.frameworks(signal),
  });
}

export function useFramework(id: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.framework(id ?? ''),
    queryFn: ({ signal }) => evaluationApi.framework(id ?? '', signal),
    enabled: Boolean(id),
  });
}

/** Checks a framework file without storing it: every problem, with where it is. */
export function useCheckFramework() {
  return useMutation({ mutationFn: (body: FrameworkImportBody) => evaluationApi.checkFramework(body) });
}

export function useImportFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FrameworkImportBody) => evaluationApi.importFramework(body),
    onSuccess: (framework) => {
      queryClient.setQueryData(evaluationKeys.framework(framework.id), framework);
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.frameworkList });
    },
  });
}

/** Other weights (and threshold) as a new version of the framework. */
export function useSaveWeights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: FrameworkWeightsBody }) => evaluationApi.saveWeights(id, body),
    onSuccess: (framework) => {
      queryClient.setQueryData(evaluationKeys.framework(framework.id), framework);
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.frameworks });
    },
  });
}
