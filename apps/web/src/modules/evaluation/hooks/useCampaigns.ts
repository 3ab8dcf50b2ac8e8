import type { CampaignCreate } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { evaluationApi, evaluationKeys, type PageParams } from '../api/evaluation.api';

export function useCampaigns(query: PageParams) {
  return useQuery({
    queryKey: evaluationKeys.campaignList(query),
    queryFn: ({ signal }) => evaluationApi.campaigns(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignCreate) => evaluationApi.createCampaign(body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.campaigns });
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.assessments });
    },
  });
}

export function useRanking(id: string) {
  return useQuery({ queryKey: evaluationKeys.ranking(id), queryFn: ({ signal }) => evaluationApi.ranking(id, signal) });
}
