import type {
  CommentAnswerBody,
  ConsultationCloseBody,
  ConsultationCommentCreate,
  ConsultationCreate,
  ConsultationListQuery,
  Locale,
  RuleDocumentCreate,
  RuleDocumentListQuery,
  RuleVersionUpdate,
  RuleVisibilityBody,
} from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { saveFile } from '../../../lib/http';
import { rulesApi, rulesKeys } from '../api/rules.api';

export function useDocuments(query: RuleDocumentListQuery) {
  return useQuery({
    queryKey: rulesKeys.documentList(query),
    queryFn: ({ signal }) => rulesApi.documents(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDocument(id: string) {
  return useQuery({ queryKey: rulesKeys.document(id), queryFn: ({ signal }) => rulesApi.document(id, signal) });
}

export function useDiff(id: string, from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: rulesKeys.diff(id, from ?? '', to ?? ''),
    queryFn: ({ signal }) => rulesApi.diff(id, from as string, to as string, signal),
    enabled: Boolean(from && to && from !== to),
  });
}

export function useConsultations(query: ConsultationListQuery) {
  return useQuery({
    queryKey: rulesKeys.consultationList(query),
    queryFn: ({ signal }) => rulesApi.consultations(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useConsultation(id: string) {
  return useQuery({
    queryKey: rulesKeys.consultation(id),
    queryFn: ({ signal }) => rulesApi.consultation(id, signal),
  });
}

export function useReport(id: string, enabled = true) {
  return useQuery({ queryKey: rulesKeys.report(id), queryFn: ({ signal }) => rulesApi.report(id, signal), enabled });
}

/** Every rules query is refreshed after a change: documents and consultations point at each other. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: rulesKeys.all });
}

export function useCreateDocument() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RuleDocumentCreate) => rulesApi.createDocument(body),
    onSuccess: invalidate,
  });
}

export function useChangeVisibility(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RuleVisibilityBody) => rulesApi.changeVisibility(id, body),
    onSuccess: invalidate,
  });
}

export function useNewVersion(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: () => rulesApi.newVersion(id), onSuccess: invalidate });
}

export function useUpdateVersion() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ versionId, body }: { versionId: string; body: RuleVersionUpdate }) =>
      rulesApi.updateVersion(versionId, body),
    onSuccess: invalidate,
  });
}

export function usePublish() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ versionId, version }: { versionId: string; version: number }) =>
      rulesApi.publish(versionId, version),
    onSuccess: invalidate,
  });
}

export function useOpenConsultation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ versionId, body }: { versionId: string; body: ConsultationCreate }) =>
      rulesApi.openConsultation(versionId, body),
    onSuccess: invalidate,
  });
}

export function useComment(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ConsultationCommentCreate) => rulesApi.comment(id, body),
    onSuccess: invalidate,
  });
}

export function useAnswer(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ commentId, body }: { commentId: string; body: CommentAnswerBody }) =>
      rulesApi.answer(id, commentId, body),
    onSuccess: invalidate,
  });
}

export function useCloseConsultation(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: ConsultationCloseBody) => rulesApi.close(id, body), onSuccess: invalidate });
}

export function useDownloadReport() {
  return useMutation({
    mutationFn: async ({ id, lang }: { id: string; lang: Locale }) => {
      saveFile(await rulesApi.reportDocx(id, lang), `consultation-report-${id}.docx`);
    },
  });
}
