import type { ComplaintStatsQuery } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { saveFile } from '../../../lib/http';
import { complaintKeys, complaintStatsApi } from '../api/complaint.api';

export function useComplaintStats(query: ComplaintStatsQuery) {
  return useQuery({
    queryKey: complaintKeys.stats(query),
    queryFn: ({ signal }) => complaintStatsApi.get(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** Downloads the same figures as an xlsx workbook. */
export function useExportComplaintStats() {
  return useMutation({
    mutationFn: async (query: ComplaintStatsQuery) => {
      const file = await complaintStatsApi.export(query);
      saveFile(file, `complaint-stats-${query.from}-${query.to}.xlsx`);
    },
  });
}
