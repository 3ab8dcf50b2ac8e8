import type { SamplingPlanCreate } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { saveFile } from '../../../lib/http';
import { type PageParams, riskApi, riskKeys } from '../api/risk.api';

export function useSamplingPlans(query: PageParams) {
  return useQuery({
    queryKey: riskKeys.planList(query),
    queryFn: ({ signal }) => riskApi.samplingPlans(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSamplingPlan(id: string) {
  return useQuery({ queryKey: riskKeys.plan(id), queryFn: ({ signal }) => riskApi.samplingPlan(id, signal) });
}

export function useCreateSamplingPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SamplingPlanCreate) => riskApi.createSamplingPlan(body),
    onSuccess: (plan) => {
      queryClient.setQueryData(riskKeys.plan(plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: riskKeys.plans });
    },
  });
}

export function useExportSamplingPlan() {
  return useMutation({
    mutationFn: async (id: string) => {
      saveFile(await riskApi.exportSamplingPlan(id), `sampling-plan-${id}.xlsx`);
    },
  });
}
