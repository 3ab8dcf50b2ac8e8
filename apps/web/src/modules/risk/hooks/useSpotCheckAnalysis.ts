import type { SpotCheckAnalysisQuery } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { saveFile } from '../../../lib/http';
import { riskApi, riskKeys } from '../api/risk.api';

export function useSpotCheckAnalysis(query: SpotCheckAnalysisQuery, enabled = true) {
  return useQuery({
    queryKey: riskKeys.analysis(query),
    queryFn: ({ signal }) => riskApi.analysis(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The product categories with results (from the analysis by category), for pickers. */
export function useProductCategories(query: Omit<SpotCheckAnalysisQuery, 'by' | 'category'> = {}) {
  const result = useSpotCheckAnalysis({ ...query, by: 'category' });
  return {
    categories: (result.data?.rows ?? []).map((row) => ({ key: row.key, label: row.label })),
    loading: result.isFetching,
  };
}

/** Downloads the same analysis as an xlsx workbook. */
export function useExportSpotCheckAnalysis() {
  return useMutation({
    mutationFn: async (query: SpotCheckAnalysisQuery) => {
      saveFile(await riskApi.exportAnalysis(query), `spot-check-analysis-${query.by}.xlsx`);
    },
  });
}
