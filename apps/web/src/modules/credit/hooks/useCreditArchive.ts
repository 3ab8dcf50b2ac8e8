import type { CreditArchiveQuery } from '@gongzhi/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { saveFile } from '../../../lib/http';
import { creditApi, creditKeys } from '../api/credit.api';

/** One enterprise's archive: grades with their explanations, history, records, cases, warnings, measures, commitments. */
export function useCreditArchive(enterpriseId: string | undefined, query: CreditArchiveQuery = {}) {
  return useQuery({
    queryKey: creditKeys.archive(enterpriseId ?? '', query),
    queryFn: ({ signal }) => creditApi.archive(enterpriseId ?? '', query, signal),
    enabled: Boolean(enterpriseId),
  });
}

export function useExportCreditArchive() {
  return useMutation({
    mutationFn: async ({ enterpriseId, query }: { enterpriseId: string; query: CreditArchiveQuery }) => {
      saveFile(await creditApi.exportArchive(enterpriseId, query), `credit-archive-${enterpriseId}.xlsx`);
    },
  });
}

export function useCreditStats() {
  return useQuery({ queryKey: creditKeys.stats, queryFn: ({ signal }) => creditApi.stats(signal) });
}
