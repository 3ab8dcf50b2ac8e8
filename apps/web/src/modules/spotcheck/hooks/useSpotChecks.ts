import type {
  ReinspectionCreate,
  ReinspectionDecision,
  ReinspectionListQuery,
  SpotCheckCommitBody,
  SpotCheckMappingBody,
  SpotCheckNoticeListQuery,
  SpotCheckPreviewDto,
  SpotCheckResultListQuery,
  SpotCheckUnmatchedQuery,
} from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { spotCheckApi, spotCheckKeys } from '../api/spotcheck.api';

// ---------------------------------------------------------------- import

export function useImportPreview(id: string | undefined) {
  return useQuery({
    queryKey: spotCheckKeys.preview(id ?? ''),
    queryFn: ({ signal }) => spotCheckApi.preview(id ?? '', signal),
    enabled: Boolean(id),
  });
}

/** Stores a preview the server sent back, so the wizard shows it without asking again. */
function useKeepPreview() {
  const queryClient = useQueryClient();
  return (preview: SpotCheckPreviewDto) => queryClient.setQueryData(spotCheckKeys.preview(preview.id), preview);
}

export function useUploadImport() {
  const keep = useKeepPreview();
  return useMutation({
    mutationFn: ({ file, fileName, contentType }: { file: Blob; fileName: string; contentType: string }) =>
      spotCheckApi.upload(file, fileName, contentType),
    onSuccess: keep,
  });
}

/** Applies a column mapping and the rows to leave out; the answer is the new preview. */
export function useMapImport(id: string) {
  const keep = useKeepPreview();
  return useMutation({
    mutationFn: (body: SpotCheckMappingBody) => spotCheckApi.map(id, body),
    onSuccess: keep,
  });
}

export function useCommitImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SpotCheckCommitBody) => spotCheckApi.commit(id, body),
    // The new notice and its results; the wizard itself is left as it is (the page moves on to the notice).
    onSuccess: () => {
      for (const queryKey of [spotCheckKeys.notices, spotCheckKeys.results, spotCheckKeys.reinspections]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
    // A refused commit may come with row problems: the preview lists them afresh.
    onError: () => void queryClient.invalidateQueries({ queryKey: spotCheckKeys.preview(id) }),
  });
}

// ---------------------------------------------------------------- notices and results

export function useSpotCheckNotices(query: SpotCheckNoticeListQuery) {
  return useQuery({
    queryKey: spotCheckKeys.noticeList(query),
    queryFn: ({ signal }) => spotCheckApi.notices(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSpotCheckNotice(id: string) {
  return useQuery({
    queryKey: spotCheckKeys.notice(id),
    queryFn: ({ signal }) => spotCheckApi.notice(id, signal),
    enabled: Boolean(id),
  });
}

export function useSpotCheckResults(query: SpotCheckResultListQuery, enabled = true) {
  return useQuery({
    queryKey: spotCheckKeys.resultList(query),
    queryFn: ({ signal }) => spotCheckApi.results(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUnmatchedResults(query: SpotCheckUnmatchedQuery) {
  return useQuery({
    queryKey: spotCheckKeys.unmatchedList(query),
    queryFn: ({ signal }) => spotCheckApi.unmatched(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** Results, their notices' unmatched counts and the re-inspections all change together. */
function useInvalidateSpotChecks() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: spotCheckKeys.all });
}

export function useMatchResult() {
  const invalidate = useInvalidateSpotChecks();
  return useMutation({
    mutationFn: ({ id, enterpriseId }: { id: string; enterpriseId: string }) =>
      spotCheckApi.match(id, { enterpriseId }),
    onSuccess: invalidate,
  });
}

// ---------------------------------------------------------------- re-inspection

export function useRequestReinspection() {
  const invalidate = useInvalidateSpotChecks();
  return useMutation({
    mutationFn: ({ resultId, body }: { resultId: string; body: ReinspectionCreate }) =>
      spotCheckApi.requestReinspection(resultId, body),
    onSuccess: invalidate,
  });
}

export function useReinspections(query: ReinspectionListQuery) {
  return useQuery({
    queryKey: spotCheckKeys.reinspectionList(query),
    queryFn: ({ signal }) => spotCheckApi.reinspections(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDecideReinspection() {
  const invalidate = useInvalidateSpotChecks();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReinspectionDecision }) => spotCheckApi.decide(id, body),
    onSuccess: invalidate,
  });
}
