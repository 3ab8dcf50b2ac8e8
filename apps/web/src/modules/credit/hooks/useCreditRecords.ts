import type {
  CreditObjectionCreate,
  CreditRecordActionBody,
  CreditRecordCreate,
  CreditRecordListQuery,
  CreditRepairCreate,
} from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { creditApi, creditKeys } from '../api/credit.api';

export function useCreditRecords(query: CreditRecordListQuery, enabled = true) {
  return useQuery({
    queryKey: creditKeys.recordList(query),
    queryFn: ({ signal }) => creditApi.records(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreditRecord(id: string, enabled = true) {
  return useQuery({
    queryKey: creditKeys.record(id),
    queryFn: ({ signal }) => creditApi.record(id, signal),
    enabled: enabled && Boolean(id),
  });
}

/** Records, the archives that list them and the cases about them. */
function useInvalidateRecords() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: creditKeys.records });
    void queryClient.invalidateQueries({ queryKey: creditKeys.archives });
    void queryClient.invalidateQueries({ queryKey: creditKeys.objections });
    void queryClient.invalidateQueries({ queryKey: creditKeys.repairs });
  };
}

export function useCreateCreditRecord() {
  const invalidate = useInvalidateRecords();
  return useMutation({ mutationFn: (body: CreditRecordCreate) => creditApi.createRecord(body), onSuccess: invalidate });
}

/** confirm / publish / unpublish / revoke, guarded by the record's version. */
export function useCreditRecordAction(id: string) {
  const invalidate = useInvalidateRecords();
  return useMutation({
    mutationFn: (body: CreditRecordActionBody) => creditApi.actOnRecord(id, body),
    onSuccess: invalidate,
  });
}

/** The enterprise objects to one of its records. */
export function useObjectToRecord() {
  const invalidate = useInvalidateRecords();
  return useMutation({
    mutationFn: ({ recordId, body }: { recordId: string; body: CreditObjectionCreate }) =>
      creditApi.object(recordId, body),
    onSuccess: invalidate,
  });
}

/** The enterprise applies for the repair of a negative record. */
export function useApplyForRepair() {
  const invalidate = useInvalidateRecords();
  return useMutation({
    mutationFn: ({ recordId, body }: { recordId: string; body: CreditRepairCreate }) =>
      creditApi.applyForRepair(recordId, body),
    onSuccess: invalidate,
  });
}
