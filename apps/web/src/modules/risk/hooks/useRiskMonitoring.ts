import type { RiskAlertListQuery, RiskChartQuery, RiskScanBody } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { riskApi, riskKeys } from '../api/risk.api';

/** A control chart; `query` null means nothing is picked yet (no call). */
export function useRiskChart(query: RiskChartQuery | null) {
  return useQuery({
    queryKey: riskKeys.chart(query ?? { kind: 'category_nonconformity', key: '' }),
    queryFn: ({ signal }) => riskApi.chart(query as RiskChartQuery, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function useRiskAlerts(query: RiskAlertListQuery) {
  return useQuery({
    queryKey: riskKeys.alertList(query),
    queryFn: ({ signal }) => riskApi.alerts(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAcknowledgeRiskAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => riskApi.acknowledgeAlert(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: riskKeys.alerts }),
  });
}

/** Runs the run rules over every series now; new alerts appear in the list. */
export function useRiskScan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RiskScanBody) => riskApi.scan(body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: riskKeys.alerts });
      void queryClient.invalidateQueries({ queryKey: riskKeys.charts });
    },
  });
}
