import type {
  BudgetLineCreate,
  BudgetLineListQuery,
  BudgetLineUpdate,
  ExpenditureCreate,
  ExpenditureListQuery,
  FundSourceCreate,
  FundSourceListQuery,
  FundSourceUpdate,
  FundsReportQuery,
} from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fundsApi, fundsKeys } from './api';

export function useFundSources(query: FundSourceListQuery, enabled = true) {
  return useQuery({
    queryKey: fundsKeys.sources(query),
    queryFn: ({ signal }) => fundsApi.sources(query, signal),
    enabled,
  });
}

export function useBudgetLines(query: BudgetLineListQuery, enabled = true) {
  return useQuery({
    queryKey: fundsKeys.lines(query),
    queryFn: ({ signal }) => fundsApi.lines(query, signal),
    enabled,
  });
}

export function useExpenditures(query: ExpenditureListQuery, enabled = true) {
  return useQuery({
    queryKey: fundsKeys.expenditures(query),
    queryFn: ({ signal }) => fundsApi.expenditures(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useFundsReport(query: FundsReportQuery, enabled = true) {
  return useQuery({
    queryKey: fundsKeys.report(query),
    queryFn: ({ signal }) => fundsApi.report(query, signal),
    enabled,
  });
}

/** Every change touches sources, lines, spending and the report: all funds queries are refetched. */
function useFundsMutation<A>(fn: (args: A) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: fundsKeys.all }),
  });
}

export const useCreateFundSource = () => useFundsMutation((body: FundSourceCreate) => fundsApi.createSource(body));
export const useUpdateFundSource = () =>
  useFundsMutation(({ id, body }: { id: string; body: FundSourceUpdate }) => fundsApi.updateSource(id, body));
export const useCreateBudgetLine = () => useFundsMutation((body: BudgetLineCreate) => fundsApi.createLine(body));
export const useUpdateBudgetLine = () =>
  useFundsMutation(({ id, body }: { id: string; body: BudgetLineUpdate }) => fundsApi.updateLine(id, body));
export const useCreateExpenditure = () =>
  useFundsMutation((body: ExpenditureCreate) => fundsApi.createExpenditure(body));
