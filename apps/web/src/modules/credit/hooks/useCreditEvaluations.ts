import type { CreditEvaluationCreate, CreditResultListQuery, CreditRunListQuery } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { saveFile } from '../../../lib/http';
import { creditApi, creditKeys } from '../api/credit.api';

export function useCreditRuns(query: CreditRunListQuery) {
  return useQuery({
    queryKey: creditKeys.runList(query),
    queryFn: ({ signal }) => creditApi.runs(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCreditRun(id: string) {
  return useQuery({ queryKey: creditKeys.run(id), queryFn: ({ signal }) => creditApi.run(id, signal) });
}

export function useCreditResults(id: string, query: CreditResultListQuery) {
  return useQuery({
    queryKey: creditKeys.results(id, query),
    queryFn: ({ signal }) => creditApi.results(id, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStartCreditRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreditEvaluationCreate) => creditApi.startRun(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: creditKeys.runs }),
  });
}

/** Publishing grades changes archives, statistics, and may raise warnings: everything credit is loaded again. */
export function usePublishCreditRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => creditApi.publishRun(id),
    onSuccess: (run) => {
      queryClient.setQueryData(creditKeys.run(run.id), run);
      void queryClient.invalidateQueries({ queryKey: creditKeys.all });
    },
  });
}

export function useExportCreditRun() {
  return useMutation({
    mutationFn: async ({ id, asOf }: { id: string; asOf: string }) => {
      saveFile(await creditApi.exportRun(id), `credit-grades-${asOf}.xlsx`);
    },
  });
}
