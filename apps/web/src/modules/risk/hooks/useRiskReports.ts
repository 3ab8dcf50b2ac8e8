import type { RiskReportAcknowledge, RiskReportCreate, RiskReportListQuery } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { riskApi, riskKeys } from '../api/risk.api';

export function useRiskReports(query: RiskReportListQuery) {
  return useQuery({
    queryKey: riskKeys.reportList(query),
    queryFn: ({ signal }) => riskApi.reports(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRiskReport(id: string) {
  return useQuery({ queryKey: riskKeys.report(id), queryFn: ({ signal }) => riskApi.report(id, signal) });
}

export function useCreateRiskReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RiskReportCreate) => riskApi.createReport(body),
    onSuccess: (report) => {
      queryClient.setQueryData(riskKeys.report(report.id), report);
      void queryClient.invalidateQueries({ queryKey: riskKeys.reports });
    },
  });
}

export function useAcknowledgeRiskReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RiskReportAcknowledge }) => riskApi.acknowledgeReport(id, body),
    onSuccess: (report) => {
      queryClient.setQueryData(riskKeys.report(report.id), report);
      void queryClient.invalidateQueries({ queryKey: riskKeys.reports });
    },
  });
}
