import type {
  AssessmentCommentBody,
  AssessmentCreate,
  AssessmentDto,
  AssessmentListQuery,
  AssessmentReviewBody,
  EvidenceDto,
  EvidenceLinkBody,
  IndicatorScoreDto,
  Locale,
} from '@gongzhi/contracts';
import { keepPreviousData, type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { saveFile } from '../../../lib/http';
import { evaluationApi, evaluationKeys } from '../api/evaluation.api';

export function useAssessments(query: AssessmentListQuery, enabled = true) {
  return useQuery({
    queryKey: evaluationKeys.assessmentList(query),
    queryFn: ({ signal }) => evaluationApi.assessments(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAssessment(id: string) {
  return useQuery({
    queryKey: evaluationKeys.assessment(id),
    queryFn: ({ signal }) => evaluationApi.assessment(id, signal),
  });
}

export function useCreateAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssessmentCreate) => evaluationApi.createAssessment(body),
    onSuccess: (assessment) => {
      queryClient.setQueryData(evaluationKeys.assessment(assessment.id), assessment);
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.assessments });
    },
  });
}

/** Puts a changed score row into the cached assessment, then fetches it again for the roll-up. */
function updateScore(queryClient: QueryClient, id: string, row: IndicatorScoreDto) {
  queryClient.setQueryData<AssessmentDto>(evaluationKeys.assessment(id), (old) =>
    old
      ? { ...old, scores: old.scores.map((score) => (score.indicatorCode === row.indicatorCode ? row : score)) }
      : old,
  );
  void queryClient.invalidateQueries({ queryKey: evaluationKeys.assessments });
}

function addEvidence(queryClient: QueryClient, id: string, evidence: EvidenceDto) {
  queryClient.setQueryData<AssessmentDto>(evaluationKeys.assessment(id), (old) =>
    old ? { ...old, evidence: [...old.evidence, evidence] } : old,
  );
  void queryClient.invalidateQueries({ queryKey: evaluationKeys.assessment(id) });
}

/** A whole assessment the server answered with (after a step): it replaces the cached one. */
function replaceAssessment(queryClient: QueryClient, assessment: AssessmentDto) {
  queryClient.setQueryData(evaluationKeys.assessment(assessment.id), assessment);
  void queryClient.invalidateQueries({ queryKey: evaluationKeys.assessments, refetchType: 'none' });
  void queryClient.invalidateQueries({ queryKey: evaluationKeys.campaigns });
  void queryClient.invalidateQueries({ queryKey: evaluationKeys.actions });
}

export function useSaveScore(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      code,
      level,
      rationale,
      version,
    }: {
      code: string;
      level: number | null;
      rationale: string;
      version: number;
    }) => evaluationApi.saveScore(id, code, { level, rationale, version }),
    onSuccess: (row) => updateScore(queryClient, id, row),
  });
}

export function useAssign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, userId, version }: { code: string; userId: string | null; version: number }) =>
      evaluationApi.assign(id, code, { userId, version }),
    onSuccess: (row) => updateScore(queryClient, id, row),
  });
}

export function useUploadEvidence(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, file }: { code: string; file: File }) =>
      evaluationApi.uploadEvidence(id, code, file, file.name),
    onSuccess: (evidence) => addEvidence(queryClient, id, evidence),
  });
}

export function useLinkEvidence(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: EvidenceLinkBody }) =>
      evaluationApi.linkEvidence(id, code, body),
    onSuccess: (evidence) => addEvidence(queryClient, id, evidence),
  });
}

export function useComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssessmentCommentBody) => evaluationApi.comment(id, body),
    onSuccess: (comment) => {
      queryClient.setQueryData<AssessmentDto>(evaluationKeys.assessment(id), (old) =>
        old ? { ...old, comments: [...old.comments, comment] } : old,
      );
    },
  });
}

export function useRefreshFacts(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => evaluationApi.refreshFacts(id),
    onSuccess: (assessment) => replaceAssessment(queryClient, assessment),
  });
}

/** The workflow steps: submit, review (approve or send back), finalise. */
export function useAssessmentStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      step:
        | { kind: 'submit'; version: number }
        | { kind: 'review'; body: AssessmentReviewBody }
        | { kind: 'finalise'; version: number },
    ) => {
      if (step.kind === 'submit') return evaluationApi.submit(id, { version: step.version });
      if (step.kind === 'finalise') return evaluationApi.finalise(id, { version: step.version });
      return evaluationApi.review(id, step.body);
    },
    onSuccess: (assessment) => replaceAssessment(queryClient, assessment),
  });
}

/** Downloads the assessment as Word (table A.1 layout, in a language) or Excel. */
export function useExportAssessment() {
  return useMutation({
    mutationFn: async ({ id, format, lang }: { id: string; format: 'docx' | 'xlsx'; lang: Locale }) => {
      const file = format === 'docx' ? await evaluationApi.exportDocx(id, lang) : await evaluationApi.exportXlsx(id);
      saveFile(file, `assessment-${id}.${format}`);
    },
  });
}
