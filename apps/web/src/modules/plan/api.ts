import type {
  CompetenceCreate,
  CompetenceDto,
  EnvironmentFactorBody,
  EnvironmentFactorDto,
  EnvironmentFactorUpdate,
  EnvironmentListQuery,
  GoalBody,
  GoalDto,
  GoalUpdate,
  KpiActualBody,
  KpiBody,
  KpiDto,
  KpiUpdate,
  PageOf,
  PlanCreate,
  PlanDetailDto,
  PlanListQuery,
  PlanOptionsDto,
  PlanStatusBody,
  PlanSummaryDto,
  PlanUpdate,
  ReviewCreate,
  ReviewDto,
  ReviewUpdate,
  TaskBody,
  TaskDto,
  TaskEvidenceDto,
  TaskLinkBody,
  TaskListQuery,
  TaskStatusBody,
  TaskUpdate,
  VersionBody,
} from '@gongzhi/contracts';
import { API_BASE, http, uploadFile } from '../../lib/http';

const W = '/workspace';

/** The console's calls to /api/v1/workspace for plans (the contract: packages/contracts/src/plan.dto.ts). */
export const planApi = {
  options: (organisationId: string | undefined, signal?: AbortSignal) =>
    http.get<PlanOptionsDto>(`${W}/plan-options`, { organisationId }, signal),
  environment: (query: EnvironmentListQuery, signal?: AbortSignal) =>
    http.get<EnvironmentFactorDto[]>(`${W}/environment`, { ...query }, signal),
  createFactor: (body: EnvironmentFactorBody) => http.post<EnvironmentFactorDto>(`${W}/environment`, body),
  updateFactor: (id: string, body: EnvironmentFactorUpdate) =>
    http.put<EnvironmentFactorDto>(`${W}/environment/${id}`, body),
  archiveFactor: (id: string, body: VersionBody) =>
    http.post<EnvironmentFactorDto>(`${W}/environment/${id}/archive`, body),

  plans: (query: PlanListQuery, signal?: AbortSignal) => http.get<PlanSummaryDto[]>(`${W}/plans`, { ...query }, signal),
  plan: (id: string, signal?: AbortSignal) => http.get<PlanDetailDto>(`${W}/plans/${id}`, undefined, signal),
  createPlan: (body: PlanCreate) => http.post<PlanDetailDto>(`${W}/plans`, body),
  updatePlan: (id: string, body: PlanUpdate) => http.put<PlanDetailDto>(`${W}/plans/${id}`, body),
  planStatus: (id: string, body: PlanStatusBody) => http.post<PlanDetailDto>(`${W}/plans/${id}/status`, body),
  createGoal: (planId: string, body: GoalBody) => http.post<GoalDto>(`${W}/plans/${planId}/goals`, body),
  updateGoal: (id: string, body: GoalUpdate) => http.put<GoalDto>(`${W}/goals/${id}`, body),
  createKpi: (goalId: string, body: KpiBody) => http.post<KpiDto>(`${W}/goals/${goalId}/kpis`, body),
  updateKpi: (id: string, body: KpiUpdate) => http.put<KpiDto>(`${W}/kpis/${id}`, body),
  kpiActual: (id: string, body: KpiActualBody) => http.post<KpiDto>(`${W}/kpis/${id}/actual`, body),
  computeKpi: (id: string) => http.post<KpiDto>(`${W}/kpis/${id}/compute`),

  tasks: (query: TaskListQuery, signal?: AbortSignal) => http.get<PageOf<TaskDto>>(`${W}/tasks`, { ...query }, signal),
  createTask: (planId: string, body: TaskBody) => http.post<TaskDto>(`${W}/plans/${planId}/tasks`, body),
  updateTask: (id: string, body: TaskUpdate) => http.put<TaskDto>(`${W}/tasks/${id}`, body),
  taskStatus: (id: string, body: TaskStatusBody) => http.post<TaskDto>(`${W}/tasks/${id}/status`, body),
  uploadEvidence: (id: string, file: File) =>
    uploadFile<TaskEvidenceDto>(`${W}/tasks/${id}/evidence`, file, file.type || 'application/octet-stream', {
      fileName: file.name,
    }),
  linkEvidence: (id: string, body: TaskLinkBody) => http.post<TaskEvidenceDto>(`${W}/tasks/${id}/links`, body),
  evidenceUrl: (taskId: string, evidenceId: string) => `${API_BASE}${W}/tasks/${taskId}/evidence/${evidenceId}`,

  createReview: (planId: string, body: ReviewCreate) => http.post<ReviewDto>(`${W}/plans/${planId}/reviews`, body),
  updateReview: (id: string, body: ReviewUpdate) => http.put<ReviewDto>(`${W}/reviews/${id}`, body),
  closeReview: (id: string, body: VersionBody) => http.post<ReviewDto>(`${W}/reviews/${id}/close`, body),

  competence: (organisationId: string | undefined, signal?: AbortSignal) =>
    http.get<CompetenceDto[]>(`${W}/competence`, { organisationId }, signal),
  createCompetence: (body: CompetenceCreate) => http.post<CompetenceDto>(`${W}/competence`, body),
};

/** Query keys: everything starts with 'plan', so one invalidation refreshes it all. */
export const planKeys = {
  all: ['plan'] as const,
  options: (organisationId: string | undefined) => ['plan', 'options', organisationId ?? ''] as const,
  environment: (query: EnvironmentListQuery) => ['plan', 'environment', query] as const,
  plans: (query: PlanListQuery) => ['plan', 'plans', query] as const,
  plan: (id: string) => ['plan', 'detail', id] as const,
  tasks: (query: TaskListQuery) => ['plan', 'tasks', query] as const,
  competence: (organisationId: string | undefined) => ['plan', 'competence', organisationId ?? ''] as const,
};
