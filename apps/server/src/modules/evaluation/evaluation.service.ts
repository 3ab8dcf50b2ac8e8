/**
 * Appendix A evaluation (issue #5; R-EVAL-1…3, R-SELF-1, R-PDCA-3/4): indicator frameworks as data,
 * assessments with facts and evidence, review to a locked final version, weighted roll-up and
 * comparison, the regulator's campaigns and ranking, improvement actions tracked to closure.
 */
import { createHash, randomUUID } from 'node:crypto';
import type {
  AssessmentCreate,
  AssessmentDto,
  AssessmentListQuery,
  AssessmentReviewBody,
  AssessmentSummaryDto,
  AssigneeBody,
  CampaignCreate,
  CampaignDto,
  CommentDto,
  EvidenceDto,
  EvidenceLinkBody,
  EvidenceRecordType,
  FrameworkCheckDto,
  FrameworkDto,
  FrameworkFile,
  FrameworkSummaryDto,
  FrameworkWeightsBody,
  ImprovementActionDto,
  ImprovementActionImplemented,
  ImprovementActionListQuery,
  ImprovementActionUpdate,
  ImprovementActionVerification,
  IndicatorDto,
  IndicatorScoreBody,
  IndicatorScoreDto,
  Locale,
  PreviousAssessmentDto,
  RankingDto,
  RollupDto,
} from '@gongzhi/contracts';
import { EVALUATION_LIMITS, ROLES } from '@gongzhi/contracts';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { asSystem, SYSTEM_SCOPE, type Tx } from '../../db/client.js';
import {
  assessment,
  assessmentAssessor,
  assessmentComment,
  assessmentEvidence,
  assessmentScore,
  evaluationCampaign,
  evaluationFramework,
  improvementAction,
  organisation,
} from '../../db/schema/index.js';
import { type Actor, inRegion, orgIdsOfKind, scopeOf } from '../../kernel/actor.js';
import { AppError, type FieldProblem, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { checkFile } from '../../kernel/files.js';
import { offsetOf, pageOf, pageResult } from '../../kernel/pagination.js';
import { queryRows } from '../../kernel/raw-sql.js';
import type { Mail, Mailer } from '../notification/mailer.js';
import { usersWithRoles } from '../notification/notification.repository.js';
import { notify, notifyRoles } from '../notification/notification.service.js';
import * as orgRepo from '../organisation/organisation.repository.js';
import { computeFacts } from './evaluation.facts.js';
import {
  type AssessmentAccess,
  canFinalise,
  canReview,
  canScore,
  canWorkOnAction,
  isAssessor,
  isReviewer,
} from './evaluation.policy.js';
import * as repo from './evaluation.repository.js';
import {
  checkLevel,
  indicatorsNeedingAction,
  isEditable,
  levelScore,
  nextStatus,
  rank,
  rollUp,
} from './evaluation.workflow.js';
import { registerAllFacts } from './facts/index.js';
import {
  builtInFrameworkText,
  flattenFramework,
  frameworkToYaml,
  parseFrameworkText,
  withWeights,
} from './framework.format.js';

/** The daily job reminding owners of overdue improvement actions. */
export const EVALUATION_ACTIONS_DUE = 'evaluation-actions-due';
const ASSOCIATION_ROLES = ['association_admin', 'association_staff'] as const;
const REGULATOR_ROLES = ['regulator_admin', 'regulator_staff'] as const;
/** Who scores on the assessing side (and so may be assigned an indicator). */
const ASSESSOR_ROLES = [...ASSOCIATION_ROLES, ...REGULATOR_ROLES] as const;

/** The active accounts holding one of the roles in the organisation, by name (read as the system). */
async function peopleOf(tx: Tx, organisationId: string, roles: readonly string[]) {
  const users = await asSystem(tx, () => usersWithRoles(tx, organisationId, roles));
  return users
    .map((u) => ({ id: u.id, name: u.displayName, email: u.email }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
/** Evidence files: documents and pictures, checked by content. */
export const EVIDENCE_BYTES_MAX = EVALUATION_LIMITS.evidenceBytesMax;

interface StoredFramework {
  row: repo.FrameworkRow;
  file: FrameworkFile;
  indicators: IndicatorDto[];
  leaves: IndicatorDto[];
}

const round2 = (v: number | null): number | null => (v === null ? null : Math.round(v * 100) / 100);

/** The canonical content of a framework file: what two imports must share to be the same version. */
export function frameworkHash(file: FrameworkFile): string {
  return createHash('sha256').update(frameworkToYaml(file)).digest('hex');
}

/** Where the web opens a linked record. */
export function evidenceHref(type: EvidenceRecordType, id: string): string {
  const paths: Record<EvidenceRecordType, string> = {
    complaint: `/console/complaints/${id}`,
    credit_record: `/console/credit/records/${id}`,
    credit_measure: '/console/credit/measures',
    spot_check_notice: `/console/spot-checks/notices/${id}`,
    risk_report: `/console/risk/reports/${id}`,
    risk_alert: '/console/risk/alerts',
    consumer_warning: '/console/warnings',
    organisation: `/console/organisations/${id}`,
    improvement_action: '/console/evaluation/actions',
    assessment: `/console/evaluation/assessments/${id}`,
    work_plan: `/console/workspace/plans/${id}`,
    plan_task: '/console/workspace/tasks',
    rule_document: `/console/workspace/documents/${id}`,
    consultation: `/console/workspace/consultations/${id}`,
    liaison_thread: `/console/workspace/liaison/${id}`,
    member_notice: `/console/workspace/notices/${id}`,
    team_document: '/console/workspace/team',
    fund_source: '/console/workspace/funds',
    url: id,
  };
  return paths[type];
}

const RECORD_TABLES: Record<Exclude<EvidenceRecordType, 'url'>, string> = {
  complaint: 'complaint',
  credit_record: 'credit_record',
  credit_measure: 'credit_measure',
  spot_check_notice: 'spot_check_notice',
  risk_report: 'risk_report',
  risk_alert: 'risk_alert',
  consumer_warning: 'consumer_warning',
  organisation: 'organisation',
  improvement_action: 'improvement_action',
  assessment: 'assessment',
  work_plan: 'work_plan',
  plan_task: 'plan_task',
  rule_document: 'rule_document',
  consultation: 'consultation',
  liaison_thread: 'liaison_thread',
  member_notice: 'member_notice',
  team_document: 'team_document',
  fund_source: 'fund_source',
};

export function evaluationService(ctx: AppContext, mailer: Mailer) {
  const { database, config } = ctx;
  registerAllFacts();
  const frameworks = new Map<string, StoredFramework>();

  // ------------------------------------------------------------ frameworks

  function stored(row: repo.FrameworkRow): StoredFramework {
    const cached = frameworks.get(row.id);
    if (cached) return cached;
    const indicators = flattenFramework(row.definition);
    const entry = { row, file: row.definition, indicators, leaves: indicators.filter((i) => i.leaf) };
    frameworks.set(row.id, entry);
    return entry;
  }

  async function frameworkIn(tx: Tx, id: string): Promise<StoredFramework> {
    const cached = frameworks.get(id);
    if (cached) return cached;
    const row = await repo.frameworkById(tx, id);
    if (!row) throw notFound();
    return stored(row);
  }

  let builtIn: Promise<void> | null = null;
  /** The built-in framework (table A.1) is stored once, as version 1 of its code (or the next when it changed). */
  function ensureBuiltIn(): Promise<void> {
    builtIn ??= (async () => {
      const { framework } = parseFrameworkText(builtInFrameworkText());
      if (!framework) throw new Error('the built-in framework file is not valid');
      const hash = frameworkHash(framework);
      await database.transaction(SYSTEM_SCOPE, async (tx) => {
        if (await repo.frameworkByHash(tx, framework.code, hash)) return;
        const version = await repo.nextFrameworkVersion(tx, framework.code);
        await tx
          .insert(evaluationFramework)
          .values({
            code: framework.code,
            version,
            name: framework.name,
            source: framework.source ?? null,
            definition: framework,
            contentHash: hash,
            builtIn: true,
          })
          .onConflictDoNothing();
      });
    })().catch((error: unknown) => {
      builtIn = null;
      throw error;
    });
    return builtIn;
  }

  function summary(row: repo.FrameworkRow, current: boolean, assessmentCount: number): FrameworkSummaryDto {
    const s = stored(row);
    return {
      id: row.id,
      code: row.code,
      version: row.version,
      name: row.name,
      source: row.source,
      builtIn: row.builtIn,
      current,
      leafCount: s.leaves.length,
      assessmentCount,
      createdAt: new Date(row.createdAt).toISOString(),
    };
  }

  function frameworkDto(s: StoredFramework, current: boolean, assessmentCount: number): FrameworkDto {
    return {
      ...summary(s.row, current, assessmentCount),
      scale: s.file.scale,
      improvementThreshold: s.file.improvementThreshold,
      indicators: s.indicators,
    };
  }

  async function listFrameworks(actor: Actor): Promise<FrameworkSummaryDto[]> {
    await ensureBuiltIn();
    return database.read(scopeOf(actor), async (tx) =>
      (await repo.listFrameworks(tx)).map((r) => summary(r, r.current, r.assessment_count)),
    );
  }

  async function getFramework(actor: Actor, id: string): Promise<FrameworkDto> {
    await ensureBuiltIn();
    return database.read(scopeOf(actor), async (tx) => {
      const s = await frameworkIn(tx, id);
      const count = await queryRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM assessment WHERE framework_id = ${id}::uuid`,
      );
      return frameworkDto(s, await repo.isCurrentVersion(tx, s.row), count[0]?.n ?? 0);
    });
  }

  async function frameworkFile(actor: Actor, id: string): Promise<{ name: string; text: string }> {
    await ensureBuiltIn();
    return database.read(scopeOf(actor), async (tx) => {
      const s = await frameworkIn(tx, id);
      return { name: `${s.row.code.replace(/[^\w.-]+/g, '-')}-v${s.row.version}.yaml`, text: frameworkToYaml(s.file) };
    });
  }

  function problemsOf(text: string, locale: Locale): { framework: FrameworkFile | null; problems: FieldProblem[] } {
    const check = parseFrameworkText(text, locale);
    return {
      framework: check.framework,
      problems: check.problems.map((p) => ({
        field: p.path,
        issue: p.issue as FieldProblem['issue'],
        ...(p.params ? { params: p.params } : {}),
      })),
    };
  }

  function checkFramework(actor: Actor, content: string): FrameworkCheckDto {
    const check = parseFrameworkText(content, actor.locale);
    return {
      valid: check.framework !== null,
      problems: check.problems,
      code: check.framework?.code ?? null,
      leafCount: check.framework ? flattenFramework(check.framework).filter((i) => i.leaf).length : 0,
    };
  }

  /** Stores a framework version; the same content again returns the stored one (created = false). */
  async function storeFramework(
    actor: Actor | null,
    framework: FrameworkFile,
    action: string,
    extra: Record<string, unknown>,
  ): Promise<{ created: boolean; dto: FrameworkDto }> {
    const hash = frameworkHash(framework);
    return database.transaction(actor ? scopeOf(actor) : SYSTEM_SCOPE, async (tx) => {
      const existing = await repo.frameworkByHash(tx, framework.code, hash);
      if (existing) {
        return { created: false, dto: frameworkDto(stored(existing), await repo.isCurrentVersion(tx, existing), 0) };
      }
      const version = await repo.nextFrameworkVersion(tx, framework.code);
      const [row] = await tx
        .insert(evaluationFramework)
        .values({
          code: framework.code,
          version,
          name: framework.name,
          source: framework.source ?? null,
          definition: framework,
          contentHash: hash,
          builtIn: false,
          createdBy: actor?.userId ?? null,
        })
        .returning();
      const created = row as repo.FrameworkRow;
      await audit(tx, actor, {
        action,
        targetType: 'evaluation_framework',
        targetId: created.id,
        organisationId: null,
        after: { code: framework.code, version, hash, ...extra },
      });
      return { created: true, dto: frameworkDto(stored(created), true, 0) };
    });
  }

  async function importFramework(actor: Actor, content: string) {
    await ensureBuiltIn();
    const { framework, problems } = problemsOf(content, actor.locale);
    if (!framework) throw new AppError('validation_failed', problems);
    return storeFramework(actor, framework, 'evaluation_framework.imported', {});
  }

  /** The command line's import (`gongzhi framework import`): the same checks, audited without a user. */
  async function importFrameworkFromCli(content: string, locale: Locale) {
    await ensureBuiltIn();
    const check = parseFrameworkText(content, locale);
    if (!check.framework) return { created: false, dto: null, problems: check.problems };
    const stored = await storeFramework(null, check.framework, 'evaluation_framework.imported', { source: 'cli' });
    return { ...stored, problems: [] };
  }

  async function newWeights(actor: Actor, id: string, input: FrameworkWeightsBody) {
    await ensureBuiltIn();
    const base = await database.read(scopeOf(actor), (tx) => frameworkIn(tx, id));
    const { framework, unknownCodes } = withWeights(base.file, input.weights, input.improvementThreshold);
    if (unknownCodes.length > 0) {
      throw new AppError(
        'validation_failed',
        unknownCodes.map((code) => ({ field: `weights.${code}`, issue: 'not_an_indicator', params: { code } })),
      );
    }
    const { framework: checked, problems } = problemsOf(frameworkToYaml(framework), actor.locale);
    if (!checked) throw new AppError('validation_failed', problems);
    return storeFramework(actor, checked, 'evaluation_framework.weights_changed', {
      basedOn: { id: base.row.id, version: base.row.version },
      weights: input.weights,
      improvementThreshold: input.improvementThreshold ?? null,
    });
  }

  // ------------------------------------------------------------ assessments: reading

  function access(row: repo.AssessmentRow, experts: readonly string[]): AssessmentAccess {
    return {
      organisationId: row.organisationId,
      organisationRegion: row.organisationRegion,
      assessorId: row.assessorId,
      kind: row.kind,
      status: row.status,
      assessorUserIds: experts,
    };
  }

  function presentSummary(row: repo.AssessmentRow): AssessmentSummaryDto {
    return {
      id: row.id,
      title: row.title,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      assessorOrganisationId: row.assessorId,
      assessorOrganisationName: row.assessorName,
      kind: row.kind,
      status: row.status,
      frameworkId: row.frameworkId,
      frameworkCode: row.frameworkCode,
      frameworkVersion: row.frameworkVersion,
      campaignId: row.campaignId,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      dueDate: row.dueDate,
      total: row.total === null ? null : round2(Number(row.total)),
      scoredLeaves: row.scoredLeaves,
      totalLeaves: row.totalLeaves,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      finalisedAt: row.finalisedAt?.toISOString() ?? null,
    };
  }

  async function loadRow(tx: Tx, id: string): Promise<repo.AssessmentRow> {
    const [row] = await repo.findAssessments(tx, eq(assessment.id, id), 1, 0);
    if (!row) throw notFound();
    return row;
  }

  function leafScoreMap(rows: { indicatorCode: string; score: number | null }[]): Map<string, number | null> {
    return new Map(rows.map((r) => [r.indicatorCode, r.score === null ? null : Number(r.score)]));
  }

  /** Every indicator's percentage (leaves and roll-ups) and the total. */
  function allScores(fw: StoredFramework, leafScores: Map<string, number | null>) {
    const { nodes, total } = rollUp(fw.indicators, leafScores);
    const scores: Record<string, number | null> = {};
    for (const indicator of fw.indicators) {
      scores[indicator.code] = indicator.leaf
        ? round2(leafScores.get(indicator.code) ?? null)
        : round2(nodes.get(indicator.code)?.score ?? null);
    }
    return { nodes, total: round2(total), scores };
  }

  function presentScore(
    code: string,
    r: Awaited<ReturnType<typeof repo.scoresOf>>[number] | undefined,
  ): IndicatorScoreDto {
    return {
      indicatorCode: code,
      level: r?.s.level ?? null,
      score: r?.s.score === null || r?.s.score === undefined ? null : Number(r.s.score),
      rationale: r?.s.rationale ?? '',
      assigneeUserId: r?.s.assigneeUserId ?? null,
      assigneeName: r?.assigneeName ?? null,
      updatedBy: r?.updatedByName ?? null,
      updatedAt: r?.s.updatedAt?.toISOString() ?? null,
      version: r?.s.version ?? 1,
    };
  }

  function presentEvidence(assessmentId: string, e: Awaited<ReturnType<typeof repo.evidenceOf>>[number]): EvidenceDto {
    return {
      id: e.id,
      indicatorCode: e.indicatorCode,
      kind: e.kind,
      fileName: e.fileName,
      mimeType: e.mimeType,
      size: e.size,
      recordType: e.recordType,
      recordId: e.recordId,
      label: e.label,
      href:
        e.kind === 'file'
          ? `/api/v1/evaluation/assessments/${assessmentId}/evidence/${e.id}`
          : evidenceHref(e.recordType ?? 'url', e.recordId ?? ''),
      createdBy: e.createdBy,
      createdAt: e.createdAt.toISOString(),
    };
  }

  /** One score as it is now (after a save), without assembling the whole assessment. */
  async function scoreNow(tx: Tx, id: string, code: string): Promise<IndicatorScoreDto> {
    const rows = await repo.scoresOf(tx, [id]);
    return presentScore(
      code,
      rows.find((r) => r.s.indicatorCode === code),
    );
  }

  async function evidenceNow(tx: Tx, id: string, evidenceId: string): Promise<EvidenceDto> {
    const found = (await repo.evidenceOf(tx, id)).find((e) => e.id === evidenceId);
    if (!found) throw notFound();
    return presentEvidence(id, found);
  }

  async function assemble(tx: Tx, actor: Actor, row: repo.AssessmentRow): Promise<AssessmentDto> {
    const fw = await frameworkIn(tx, row.frameworkId);
    const experts = await repo.assessorUserIds(tx, row.id);
    const scoreRows = await repo.scoresOf(tx, [row.id]);
    const byCode = new Map(scoreRows.map((r) => [r.s.indicatorCode, r]));
    const scores = fw.leaves.map((leaf) => presentScore(leaf.code, byCode.get(leaf.code)));
    const { nodes } = rollUp(fw.indicators, leafScoreMap(scoreRows.map((r) => r.s)));
    const rollup: RollupDto[] = fw.indicators
      .filter((i) => !i.leaf)
      .map((i) => {
        const n = nodes.get(i.code);
        return {
          code: i.code,
          score: round2(n?.score ?? null),
          scoredLeaves: n?.scoredLeaves ?? 0,
          totalLeaves: n?.totalLeaves ?? 0,
        };
      });
    const evidence = (await repo.evidenceOf(tx, row.id)).map((e) => presentEvidence(row.id, e));
    const comments: CommentDto[] = (await repo.commentsOf(tx, row.id)).map((c) => ({
      id: c.id,
      indicatorCode: c.indicatorCode,
      body: c.body,
      authorName: c.authorName,
      authorOrganisationName: c.authorOrganisationName ?? '',
      decision: c.decision,
      createdAt: c.createdAt.toISOString(),
    }));
    let previous: PreviousAssessmentDto | null = null;
    const prior = await repo.previousFinal(tx, row);
    if (prior) {
      const priorFw = await frameworkIn(tx, prior.frameworkId);
      const priorScores = await repo.scoresOf(tx, [prior.id]);
      const all = allScores(priorFw, leafScoreMap(priorScores.map((r) => r.s)));
      previous = {
        id: prior.id,
        periodStart: prior.periodStart,
        periodEnd: prior.periodEnd,
        frameworkVersion: prior.frameworkVersion,
        total: all.total,
        scores: all.scores,
      };
    }
    const a = access(
      row,
      experts.map((e) => e.id),
    );
    const mayScore = canScore(actor, a);
    const assignable = mayScore ? await peopleOf(tx, row.assessorId, ASSESSOR_ROLES) : [];
    return {
      ...presentSummary(row),
      framework: frameworkDto(fw, await repo.isCurrentVersion(tx, fw.row), 0),
      scores,
      rollup,
      facts: row.facts,
      factsComputedAt: row.factsComputedAt?.toISOString() ?? null,
      evidence,
      comments,
      previous,
      can: {
        score: mayScore,
        submit: mayScore,
        review: canReview(actor, a),
        finalise: canFinalise(actor, a),
      },
      assessors: experts,
      assignableUsers: [...assignable, ...experts.filter((e) => !assignable.some((x) => x.id === e.id))],
    };
  }

  async function getAssessment(actor: Actor, id: string): Promise<AssessmentDto> {
    return database.read(scopeOf(actor), async (tx) => assemble(tx, actor, await loadRow(tx, id)));
  }

  async function listAssessments(actor: Actor, query: AssessmentListQuery) {
    const page = pageOf(query);
    const where: SQL[] = [];
    if (query.organisationId) where.push(eq(assessment.organisationId, query.organisationId));
    if (query.campaignId) where.push(eq(assessment.campaignId, query.campaignId));
    if (query.status) where.push(eq(assessment.status, query.status));
    if (query.kind) where.push(eq(assessment.kind, query.kind));
    return database.read(scopeOf(actor), async (tx) => {
      // RLS: own organisation's, the ones it assesses, the region's (regulators), the named experts'.
      const rows = await repo.findAssessments(tx, and(...where), page.pageSize + 1, offsetOf(page));
      const items = rows.slice(0, page.pageSize).map(presentSummary);
      const seen = offsetOf(page) + items.length;
      return pageResult(items, page, rows.length > page.pageSize ? { atLeast: seen + 1 } : seen);
    });
  }

  // ------------------------------------------------------------ assessments: writing

  /** The assessment with what the policy needs to decide (its named experts). */
  async function loadWithAccess(tx: Tx, id: string) {
    const row = await loadRow(tx, id);
    const experts = (await repo.assessorUserIds(tx, id)).map((e) => e.id);
    return { row, a: access(row, experts) };
  }

  /** Loads the assessment for a change by the assessing side, refusing when it is locked or not theirs. */
  async function forAssessor(tx: Tx, actor: Actor, id: string) {
    const { row, a } = await loadWithAccess(tx, id);
    if (!isAssessor(actor, a)) throw new AppError('forbidden');
    if (!isEditable(row.status)) {
      throw new AppError('transition_not_allowed', [], { status: row.status, allowed: '-' });
    }
    return { row, a, fw: await frameworkIn(tx, row.frameworkId) };
  }

  async function snapshotFacts(
    tx: Tx,
    row: { id: string; organisationId: string; periodStart: string; periodEnd: string },
    fw: StoredFramework,
  ) {
    const facts = await asSystem(tx, () =>
      computeFacts(
        tx,
        {
          organisationId: row.organisationId,
          periodStart: row.periodStart,
          periodEnd: row.periodEnd,
          assessmentId: row.id,
          frameworkCode: fw.row.code,
        },
        fw.indicators,
      ),
    );
    await tx.update(assessment).set({ facts, factsComputedAt: new Date() }).where(eq(assessment.id, row.id));
  }

  /** Opens one assessment in the caller's transaction (also used by campaigns). */
  async function open(
    tx: Tx,
    actor: Actor,
    input: {
      organisationId: string;
      assessorId: string;
      kind: AssessmentCreate['kind'];
      fw: StoredFramework;
      periodStart: string;
      periodEnd: string;
      title: string;
      dueDate: string | null;
      campaignId: string | null;
      experts: string[];
    },
  ): Promise<string> {
    const id = randomUUID();
    await tx.insert(assessment).values({
      id,
      organisationId: input.organisationId,
      assessorId: input.assessorId,
      kind: input.kind,
      frameworkId: input.fw.row.id,
      campaignId: input.campaignId,
      title: input.title,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      dueDate: input.dueDate,
      totalLeaves: input.fw.leaves.length,
      createdBy: actor.userId,
    });
    await tx
      .insert(assessmentScore)
      .values(input.fw.leaves.map((leaf) => ({ assessmentId: id, indicatorCode: leaf.code })));
    if (input.experts.length > 0) {
      await tx.insert(assessmentAssessor).values(input.experts.map((userId) => ({ assessmentId: id, userId })));
    }
    await snapshotFacts(tx, { id, ...input }, input.fw);
    await audit(tx, actor, {
      action: 'assessment.opened',
      targetType: 'assessment',
      targetId: id,
      organisationId: input.organisationId,
      after: {
        kind: input.kind,
        assessorId: input.assessorId,
        framework: { code: input.fw.row.code, version: input.fw.row.version },
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        campaignId: input.campaignId,
        experts: input.experts,
      },
    });
    return id;
  }

  function defaultTitle(locale: Locale, organisationName: string, start: string, end: string): string {
    return locale === 'en-US'
      ? `Evaluation of ${organisationName}, ${start} to ${end}`
      : `${organisationName} ${start} 至 ${end} 行业质量共治成果评估`;
  }

  async function createAssessment(actor: Actor, input: AssessmentCreate): Promise<AssessmentDto> {
    await ensureBuiltIn();
    if (input.periodStart > input.periodEnd) throw AppError.validation('periodEnd', 'date_order');
    if (input.periodStart > todayInShanghai()) throw AppError.validation('periodStart', 'future_date');
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const org = await orgRepo.findOrganisation(tx, input.organisationId);
      if (!org) throw notFound();
      if (org.kind !== 'industry_organisation') throw AppError.validation('organisationId', 'not_an_association');
      let assessorId: string;
      if (input.kind === 'self') {
        if (!actor.orgIds.includes(org.id)) throw new AppError('forbidden');
        assessorId = org.id;
      } else {
        const [regulatorId] = orgIdsOfKind(actor, 'regulator');
        if (!regulatorId || !org.regionCode || !inRegion(actor, org.regionCode)) throw new AppError('forbidden');
        assessorId = regulatorId;
      }
      const experts = [...new Set(input.assessorUserIds ?? [])];
      if (experts.length > 0) {
        if (input.kind !== 'third_party') throw AppError.validation('assessorUserIds', 'one_of');
        const found = await asSystem(tx, () => repo.expertsAmong(tx, experts));
        const missing = experts.filter((e) => !found.includes(e));
        if (missing.length > 0) throw AppError.validation('assessorUserIds', 'record_not_found');
      }
      const fw = await frameworkIn(tx, input.frameworkId);
      const id = await open(tx, actor, {
        organisationId: org.id,
        assessorId,
        kind: input.kind,
        fw,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        title: input.title?.trim() || defaultTitle(actor.locale, org.name, input.periodStart, input.periodEnd),
        dueDate: null,
        campaignId: null,
        experts,
      });
      const row = await loadRow(tx, id);
      if (input.kind !== 'self') {
        mails = await notifyRoles(
          tx,
          org.id,
          ASSOCIATION_ROLES,
          {
            kind: 'evaluation.opened',
            params: {
              assessorName: row.assessorName,
              organisationName: org.name,
              title: row.title,
              periodStart: row.periodStart,
              periodEnd: row.periodEnd,
              dueDate: row.dueDate ?? '-',
            },
            link: `/console/evaluation/assessments/${id}`,
          },
          { publicUrl: config.publicUrl },
        );
      }
      return assemble(tx, actor, row);
    });
    await mailer.send(mails);
    return dto;
  }

  /** Recomputes the stored total and progress after a score changed. */
  async function refreshTotal(tx: Tx, id: string, fw: StoredFramework): Promise<void> {
    const rows = await tx
      .select({ indicatorCode: assessmentScore.indicatorCode, score: assessmentScore.score })
      .from(assessmentScore)
      .where(eq(assessmentScore.assessmentId, id));
    const leafScores = leafScoreMap(rows);
    const { total } = rollUp(fw.indicators, leafScores);
    const scored = rows.filter((r) => r.score !== null).length;
    await tx.update(assessment).set({ total, scoredLeaves: scored }).where(eq(assessment.id, id));
  }

  function leafOf(fw: StoredFramework, code: string): IndicatorDto {
    const leaf = fw.leaves.find((l) => l.code === code);
    if (!leaf) throw AppError.validation('code', 'not_an_indicator', { code });
    return leaf;
  }

  async function scoreIndicator(actor: Actor, id: string, code: string, input: IndicatorScoreBody) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row, fw } = await forAssessor(tx, actor, id);
      leafOf(fw, code);
      if (input.level !== null) {
        const problem = checkLevel(fw.file.scale, input.level);
        if (problem) throw AppError.validation('level', 'level_out_of_scale', problem.params);
      }
      const score = input.level === null ? null : levelScore(fw.file.scale, input.level);
      const [before] = await tx
        .select()
        .from(assessmentScore)
        .where(and(eq(assessmentScore.assessmentId, id), eq(assessmentScore.indicatorCode, code)));
      const updated = await tx
        .update(assessmentScore)
        .set({
          level: input.level,
          score,
          rationale: input.rationale.trim(),
          updatedBy: actor.userId,
          updatedAt: new Date(),
          version: sql`${assessmentScore.version} + 1`,
        })
        .where(
          and(
            eq(assessmentScore.assessmentId, id),
            eq(assessmentScore.indicatorCode, code),
            eq(assessmentScore.version, input.version),
          ),
        )
        .returning({ version: assessmentScore.version });
      if (updated.length === 0) throw versionConflict();
      await refreshTotal(tx, id, fw);
      await audit(tx, actor, {
        action: 'assessment.scored',
        targetType: 'assessment',
        targetId: id,
        organisationId: row.organisationId,
        before: { indicator: code, level: before?.level ?? null, rationale: before?.rationale ?? '' },
        after: { indicator: code, level: input.level, score, rationale: input.rationale.trim() },
      });
      return scoreNow(tx, id, code);
    });
  }

  async function assign(actor: Actor, id: string, code: string, input: AssigneeBody) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row, a, fw } = await forAssessor(tx, actor, id);
      leafOf(fw, code);
      if (input.userId) {
        const ok =
          a.assessorUserIds.includes(input.userId) ||
          (await peopleOf(tx, row.assessorId, ASSESSOR_ROLES)).some((p) => p.id === input.userId);
        if (!ok)
          throw AppError.validation('userId', 'user_not_in_organisation', { organisationName: row.assessorName });
      }
      const updated = await tx
        .update(assessmentScore)
        // The score's version is checked, not bumped: a colleague typing a rationale meanwhile keeps a valid version.
        .set({ assigneeUserId: input.userId })
        .where(
          and(
            eq(assessmentScore.assessmentId, id),
            eq(assessmentScore.indicatorCode, code),
            eq(assessmentScore.version, input.version),
          ),
        )
        .returning({ version: assessmentScore.version });
      if (updated.length === 0) throw versionConflict();
      await audit(tx, actor, {
        action: 'assessment.assigned',
        targetType: 'assessment',
        targetId: id,
        organisationId: row.organisationId,
        after: { indicator: code, assigneeUserId: input.userId },
      });
      return scoreNow(tx, id, code);
    });
  }

  async function addEvidenceFile(actor: Actor, id: string, code: string, fileName: string, content: Buffer) {
    const file = await checkFile(fileName, content);
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row, fw } = await forAssessor(tx, actor, id);
      leafOf(fw, code);
      const evidenceId = randomUUID();
      const name = file.fileName;
      await tx.insert(assessmentEvidence).values({
        id: evidenceId,
        assessmentId: id,
        indicatorCode: code,
        kind: 'file',
        fileName: name,
        mimeType: file.mimeType,
        size: content.length,
        content,
        label: name,
        createdBy: actor.userId as string,
      });
      await audit(tx, actor, {
        action: 'assessment.evidence_added',
        targetType: 'assessment',
        targetId: id,
        organisationId: row.organisationId,
        after: { indicator: code, evidenceId, fileName: name, mimeType: file.mimeType, size: content.length },
      });
      return evidenceNow(tx, id, evidenceId);
    });
  }

  async function addEvidenceLink(actor: Actor, id: string, code: string, input: EvidenceLinkBody) {
    const target = input.recordId.trim();
    if (input.recordType === 'url') {
      if (!/^https?:\/\/[^\s]+$/i.test(target)) throw AppError.validation('recordId', 'format');
    } else if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(target)) {
      throw AppError.validation('recordId', 'format');
    }
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row, fw } = await forAssessor(tx, actor, id);
      leafOf(fw, code);
      if (input.recordType !== 'url') {
        // The record must exist and be visible to the one linking it (row-level security decides).
        const table = sql.raw(RECORD_TABLES[input.recordType]);
        const found = await queryRows<{ ok: boolean }>(
          tx,
          sql`SELECT EXISTS (SELECT 1 FROM ${table} WHERE id = ${target}::uuid) AS ok`,
        );
        if (found[0]?.ok !== true) throw AppError.validation('recordId', 'record_not_found');
      }
      const evidenceId = randomUUID();
      await tx.insert(assessmentEvidence).values({
        id: evidenceId,
        assessmentId: id,
        indicatorCode: code,
        kind: 'link',
        recordType: input.recordType,
        recordId: target,
        label: input.label.trim(),
        createdBy: actor.userId as string,
      });
      await audit(tx, actor, {
        action: 'assessment.evidence_added',
        targetType: 'assessment',
        targetId: id,
        organisationId: row.organisationId,
        after: {
          indicator: code,
          evidenceId,
          recordType: input.recordType,
          recordId: target,
          label: input.label.trim(),
        },
      });
      return evidenceNow(tx, id, evidenceId);
    });
  }

  async function evidenceFile(actor: Actor, id: string, evidenceId: string) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const file = await repo.evidenceFile(tx, id, evidenceId);
      if (!file?.content) throw notFound();
      return {
        fileName: file.fileName ?? 'file',
        mimeType: file.mimeType ?? 'application/octet-stream',
        content: file.content,
      };
    });
  }

  async function refreshFacts(actor: Actor, id: string): Promise<AssessmentDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row, fw } = await forAssessor(tx, actor, id);
      await snapshotFacts(tx, row, fw);
      await audit(tx, actor, {
        action: 'assessment.facts_refreshed',
        targetType: 'assessment',
        targetId: id,
        organisationId: row.organisationId,
      });
      return assemble(tx, actor, await loadRow(tx, id));
    });
  }

  /** A workflow step: checked against the version, audited, told to the other side. */
  async function step(
    actor: Actor,
    id: string,
    version: number,
    action: 'submit' | 'approve' | 'request_changes' | 'finalise',
    comment: string | null,
  ): Promise<AssessmentDto> {
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const { row, a } = await loadWithAccess(tx, id);
      const allowed = action === 'submit' ? isAssessor(actor, a) : isReviewer(actor, a);
      if (!allowed) throw new AppError('forbidden');
      const next = nextStatus(row.status, action);
      if (!next) throw new AppError('transition_not_allowed', [], { status: row.status, allowed: '-' });
      const fw = await frameworkIn(tx, row.frameworkId);
      if (action === 'submit') {
        const unscored = (await repo.scoresOf(tx, [id]))
          .filter((r) => r.s.level === null)
          .map((r) => r.s.indicatorCode);
        if (unscored.length > 0) {
          throw AppError.validation('scores', 'indicators_unscored', {
            count: unscored.length,
            codes: unscored.slice(0, 10).join(', '),
          });
        }
        // The facts submitted with the scores are the ones the reviewer sees.
        await snapshotFacts(tx, row, fw);
      }
      const now = new Date();
      const stamps: Partial<typeof assessment.$inferInsert> =
        action === 'submit'
          ? { submittedAt: now, submittedBy: actor.userId }
          : action === 'finalise'
            ? { finalisedAt: now, finalisedBy: actor.userId }
            : { reviewedAt: now, reviewedBy: actor.userId };
      const updated = await tx
        .update(assessment)
        .set({ status: next, ...stamps, version: sql`${assessment.version} + 1` })
        .where(and(eq(assessment.id, id), eq(assessment.version, version)))
        .returning({ id: assessment.id });
      if (updated.length === 0) throw versionConflict();
      if (comment) {
        await tx.insert(assessmentComment).values({
          assessmentId: id,
          body: comment,
          decision: action === 'approve' || action === 'request_changes' ? action : null,
          authorId: actor.userId as string,
          authorOrganisationId: orgIdsOfKind(actor, 'regulator')[0] ?? actor.orgIds[0] ?? null,
        });
      }
      let opened: string[] = [];
      if (action === 'finalise') opened = await openActions(tx, actor, row, fw);
      await audit(tx, actor, {
        action: `assessment.${action === 'approve' || action === 'request_changes' ? 'reviewed' : action === 'submit' ? 'submitted' : 'finalised'}`,
        targetType: 'assessment',
        targetId: id,
        organisationId: row.organisationId,
        before: { status: row.status },
        after: {
          status: next,
          ...(comment ? { comment } : {}),
          ...(opened.length ? { improvementActions: opened } : {}),
        },
      });
      const after = await loadRow(tx, id);
      const params = { title: row.title, organisationName: row.organisationName };
      const link = `/console/evaluation/assessments/${id}`;
      const options = { publicUrl: config.publicUrl };
      if (action === 'submit') {
        const regulatorId = await asSystem(tx, () => orgRepo.mostLocalRegulator(tx, row.organisationId));
        if (regulatorId) {
          mails = await notifyRoles(
            tx,
            regulatorId,
            REGULATOR_ROLES,
            { kind: 'evaluation.submitted', params, link },
            options,
          );
        }
      } else {
        const kind = action === 'finalise' ? 'evaluation.finalised' : 'evaluation.reviewed';
        const decision =
          action === 'approve'
            ? actor.locale === 'en-US'
              ? 'approved'
              : '审核通过'
            : actor.locale === 'en-US'
              ? 'changes requested'
              : '退回修改';
        mails = await notifyRoles(
          tx,
          row.assessorId,
          row.assessorId === row.organisationId ? ASSOCIATION_ROLES : REGULATOR_ROLES,
          {
            kind,
            params: {
              ...params,
              decision,
              comment: comment ?? '',
              total: after.total === null ? '-' : String(round2(Number(after.total))),
              threshold: fw.file.improvementThreshold,
              actions: opened.length,
            },
            link,
          },
          options,
        );
      }
      return assemble(tx, actor, after);
    });
    await mailer.send(mails);
    return dto;
  }

  /** R-PDCA-4: every leaf scored below the framework's threshold opens an improvement action. */
  async function openActions(tx: Tx, actor: Actor, row: repo.AssessmentRow, fw: StoredFramework): Promise<string[]> {
    const scoreRows = await repo.scoresOf(tx, [row.id]);
    const leafScores = leafScoreMap(scoreRows.map((r) => r.s));
    const codes = indicatorsNeedingAction(fw.indicators, leafScores, fw.file.improvementThreshold);
    const ids: string[] = [];
    for (const code of codes) {
      const id = randomUUID();
      const inserted = await tx
        .insert(improvementAction)
        .values({
          id,
          organisationId: row.organisationId,
          assessmentId: row.id,
          indicatorCode: code,
          score: leafScores.get(code) ?? null,
          updatedBy: actor.userId,
        })
        .onConflictDoNothing()
        .returning({ id: improvementAction.id });
      if (inserted.length === 0) continue;
      ids.push(id);
      await audit(tx, actor, {
        action: 'improvement_action.opened',
        targetType: 'improvement_action',
        targetId: id,
        organisationId: row.organisationId,
        after: { assessmentId: row.id, indicator: code, score: leafScores.get(code) ?? null },
      });
    }
    return ids;
  }

  async function comment(actor: Actor, id: string, input: { indicatorCode?: string | undefined; body: string }) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row, a } = await loadWithAccess(tx, id);
      if (!isAssessor(actor, a) && !isReviewer(actor, a) && !actor.orgIds.includes(row.organisationId)) {
        throw new AppError('forbidden');
      }
      if (input.indicatorCode) {
        const fw = await frameworkIn(tx, row.frameworkId);
        if (!fw.indicators.some((i) => i.code === input.indicatorCode)) {
          throw AppError.validation('indicatorCode', 'not_an_indicator', { code: input.indicatorCode });
        }
      }
      const commentId = randomUUID();
      await tx.insert(assessmentComment).values({
        id: commentId,
        assessmentId: id,
        indicatorCode: input.indicatorCode ?? null,
        body: input.body.trim(),
        authorId: actor.userId as string,
        authorOrganisationId: orgIdsOfKind(actor, 'regulator')[0] ?? actor.orgIds[0] ?? null,
      });
      await audit(tx, actor, {
        action: 'assessment.commented',
        targetType: 'assessment',
        targetId: id,
        organisationId: row.organisationId,
        after: { commentId, indicator: input.indicatorCode ?? null, body: input.body.trim() },
      });
      const comments = await repo.commentsOf(tx, id);
      const c = comments.find((x) => x.id === commentId);
      if (!c) throw notFound();
      return {
        id: c.id,
        indicatorCode: c.indicatorCode,
        body: c.body,
        authorName: c.authorName,
        authorOrganisationName: c.authorOrganisationName ?? '',
        decision: c.decision,
        createdAt: c.createdAt.toISOString(),
      } satisfies CommentDto;
    });
  }

  // ------------------------------------------------------------ campaigns and ranking

  function presentCampaign(row: repo.CampaignRow): CampaignDto {
    return {
      id: row.id,
      title: row.title,
      regulatorId: row.regulatorId,
      regulatorName: row.regulatorName,
      kind: row.kind,
      frameworkId: row.frameworkId,
      frameworkCode: row.frameworkCode,
      frameworkVersion: row.frameworkVersion,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      dueDate: row.dueDate,
      assessmentCount: row.assessmentCount,
      finalCount: row.finalCount,
      createdAt: row.createdAt.toISOString(),
    };
  }

  async function createCampaign(actor: Actor, input: CampaignCreate): Promise<CampaignDto> {
    await ensureBuiltIn();
    const [regulatorId] = orgIdsOfKind(actor, 'regulator');
    if (!regulatorId || !actor.regionPrefix) throw new AppError('forbidden');
    if (input.periodStart > input.periodEnd) throw AppError.validation('periodEnd', 'date_order');
    if (input.dueDate < todayInShanghai()) throw AppError.validation('dueDate', 'too_small');
    const mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const fw = await frameworkIn(tx, input.frameworkId);
      const associations = await asSystem(tx, () =>
        tx
          .select({ id: organisation.id, name: organisation.name })
          .from(organisation)
          .where(
            and(
              eq(organisation.kind, 'industry_organisation'),
              eq(organisation.status, 'active'),
              sql`${organisation.regionCode} LIKE ${`${actor.regionPrefix}%`}`,
            ),
          )
          .orderBy(organisation.name),
      );
      const campaignId = randomUUID();
      await tx.insert(evaluationCampaign).values({
        id: campaignId,
        regulatorId,
        frameworkId: fw.row.id,
        kind: input.kind,
        title: input.title.trim(),
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        dueDate: input.dueDate,
        createdBy: actor.userId,
      });
      const regulator = await orgRepo.findOrganisation(tx, regulatorId);
      for (const association of associations) {
        const id = await open(tx, actor, {
          organisationId: association.id,
          assessorId: input.kind === 'self' ? association.id : regulatorId,
          kind: input.kind,
          fw,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          title: `${input.title.trim()} · ${association.name}`,
          dueDate: input.dueDate,
          campaignId,
          experts: [],
        });
        mails.push(
          ...(await notifyRoles(
            tx,
            association.id,
            ASSOCIATION_ROLES,
            {
              kind: 'evaluation.opened',
              params: {
                assessorName: regulator?.name ?? '',
                organisationName: association.name,
                title: input.title.trim(),
                periodStart: input.periodStart,
                periodEnd: input.periodEnd,
                dueDate: input.dueDate,
              },
              link: `/console/evaluation/assessments/${id}`,
            },
            { publicUrl: config.publicUrl },
          )),
        );
      }
      await audit(tx, actor, {
        action: 'evaluation_campaign.created',
        targetType: 'evaluation_campaign',
        targetId: campaignId,
        organisationId: regulatorId,
        after: {
          ...input,
          framework: { code: fw.row.code, version: fw.row.version },
          associations: associations.length,
        },
      });
      const [row] = await repo.findCampaigns(tx, eq(evaluationCampaign.id, campaignId), 1, 0);
      return presentCampaign(row as repo.CampaignRow);
    });
    await mailer.send(mails);
    return dto;
  }

  async function listCampaigns(actor: Actor, query: { page?: number | undefined; pageSize?: number | undefined }) {
    const page = pageOf(query);
    return database.read(scopeOf(actor), async (tx) => {
      const rows = await repo.findCampaigns(tx, undefined, page.pageSize + 1, offsetOf(page));
      const items = rows.slice(0, page.pageSize).map(presentCampaign);
      const seen = offsetOf(page) + items.length;
      return pageResult(items, page, rows.length > page.pageSize ? { atLeast: seen + 1 } : seen);
    });
  }

  async function ranking(actor: Actor, campaignId: string): Promise<RankingDto> {
    return database.read(scopeOf(actor), async (tx) => {
      const [campaign] = await repo.findCampaigns(tx, eq(evaluationCampaign.id, campaignId), 1, 0);
      if (!campaign) throw notFound();
      const fw = await frameworkIn(tx, campaign.frameworkId);
      const rows = await repo.findAssessments(tx, eq(assessment.campaignId, campaignId), 10_000, 0);
      const scoreRows = await repo.scoresOf(
        tx,
        rows.map((r) => r.id),
      );
      const byAssessment = new Map<string, { indicatorCode: string; score: number | null }[]>();
      for (const r of scoreRows) {
        const list = byAssessment.get(r.s.assessmentId) ?? [];
        list.push(r.s);
        byAssessment.set(r.s.assessmentId, list);
      }
      const computed = rows.map((r) => ({ row: r, ...allScores(fw, leafScoreMap(byAssessment.get(r.id) ?? [])) }));
      const ranks = rank(computed.map((c) => ({ id: c.row.id, total: c.total, final: c.row.status === 'final' })));
      const columns = fw.indicators.filter((i) => !i.leaf);
      const out = computed.map((c) => ({
        rank: ranks.get(c.row.id) ?? null,
        assessmentId: c.row.id,
        organisationId: c.row.organisationId,
        organisationName: c.row.organisationName,
        status: c.row.status,
        total: c.total,
        scores: Object.fromEntries(columns.map((i) => [i.code, c.scores[i.code] ?? null])),
      }));
      out.sort(
        (a, b) =>
          (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
          (b.total ?? -1) - (a.total ?? -1) ||
          a.organisationName.localeCompare(b.organisationName, 'zh-CN'),
      );
      return { campaign: presentCampaign(campaign), columns, rows: out };
    });
  }

  // ------------------------------------------------------------ improvement actions

  async function presentAction(tx: Tx, row: repo.ActionRow, today: string): Promise<ImprovementActionDto> {
    let indicatorName: ImprovementActionDto['indicatorName'] = null;
    if (row.frameworkId && row.indicatorCode) {
      const fw = await frameworkIn(tx, row.frameworkId);
      indicatorName = fw.indicators.find((i) => i.code === row.indicatorCode)?.name ?? null;
    }
    return {
      id: row.id,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      assessmentId: row.assessmentId,
      assessmentTitle: row.assessmentTitle,
      indicatorCode: row.indicatorCode,
      indicatorName,
      planReviewId: row.planReviewId,
      planKpiId: row.planKpiId,
      title: row.title,
      score: row.score === null ? null : Number(row.score),
      status: row.status,
      analysis: row.analysis,
      measure: row.measure,
      ownerUserId: row.ownerUserId,
      ownerName: row.ownerName,
      dueDate: row.dueDate,
      overdue: row.status !== 'closed' && row.dueDate !== null && row.dueDate < today,
      implementation: row.implementation,
      verification: row.verification,
      closedAt: row.closedAt?.toISOString() ?? null,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
    };
  }

  async function listActions(actor: Actor, query: ImprovementActionListQuery) {
    const page = pageOf(query);
    const today = todayInShanghai();
    const where: SQL[] = [];
    if (query.organisationId) where.push(eq(improvementAction.organisationId, query.organisationId));
    if (query.assessmentId) where.push(eq(improvementAction.assessmentId, query.assessmentId));
    if (query.status) where.push(eq(improvementAction.status, query.status));
    if (query.overdue) {
      where.push(sql`${improvementAction.status} <> 'closed' AND ${improvementAction.dueDate} < ${today}::date`);
    }
    return database.read(scopeOf(actor), async (tx) => {
      const rows = await repo.findActions(tx, and(...where), page.pageSize + 1, offsetOf(page));
      const items = [];
      for (const r of rows.slice(0, page.pageSize)) items.push(await presentAction(tx, r, today));
      const seen = offsetOf(page) + items.length;
      return pageResult(items, page, rows.length > page.pageSize ? { atLeast: seen + 1 } : seen);
    });
  }

  async function changeAction(
    actor: Actor,
    id: string,
    version: number,
    change: (row: repo.ActionRow, tx: Tx) => Promise<Partial<typeof improvementAction.$inferInsert>>,
    verb: string,
  ): Promise<ImprovementActionDto> {
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const [row] = await repo.findActions(tx, eq(improvementAction.id, id), 1, 0);
      if (!row) throw notFound();
      if (!canWorkOnAction(actor, row)) throw new AppError('forbidden');
      const set = await change(row, tx);
      const updated = await tx
        .update(improvementAction)
        .set({ ...set, updatedBy: actor.userId, version: sql`${improvementAction.version} + 1` })
        .where(and(eq(improvementAction.id, id), eq(improvementAction.version, version)))
        .returning({ id: improvementAction.id });
      if (updated.length === 0) throw versionConflict();
      const before = Object.fromEntries(Object.keys(set).map((k) => [k, (row as Record<string, unknown>)[k] ?? null]));
      await audit(tx, actor, {
        action: `improvement_action.${verb}`,
        targetType: 'improvement_action',
        targetId: id,
        organisationId: row.organisationId,
        before,
        after: set,
      });
      if (set.ownerUserId && set.ownerUserId !== row.ownerUserId && set.ownerUserId !== actor.userId) {
        const owner = (await peopleOf(tx, row.organisationId, ROLES)).find((p) => p.id === set.ownerUserId);
        if (owner) {
          // Another person's notification: written as the system, after the access checks above.
          mails = await asSystem(tx, () =>
            notify(
              tx,
              [{ id: owner.id, email: owner.email }],
              {
                kind: 'evaluation.action_opened',
                params: {
                  indicator: row.indicatorCode ?? '-',
                  title: row.assessmentTitle ?? '-',
                  score: row.score ?? '-',
                },
                link: '/console/evaluation/actions',
              },
              { publicUrl: config.publicUrl },
            ),
          );
        }
      }
      const [after] = await repo.findActions(tx, eq(improvementAction.id, id), 1, 0);
      return presentAction(tx, after as repo.ActionRow, todayInShanghai());
    });
    await mailer.send(mails);
    return dto;
  }

  /** Who may own the action: the active accounts of its organisation (for the owner picker). */
  async function actionOwners(actor: Actor, id: string): Promise<{ id: string; name: string }[]> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const [row] = await repo.findActions(tx, eq(improvementAction.id, id), 1, 0);
      if (!row) throw notFound();
      if (!canWorkOnAction(actor, row)) throw new AppError('forbidden');
      return (await peopleOf(tx, row.organisationId, ROLES)).map(({ id, name }) => ({ id, name }));
    });
  }

  async function updateAction(actor: Actor, id: string, input: ImprovementActionUpdate) {
    return changeAction(
      actor,
      id,
      input.version,
      async (row, tx) => {
        if (row.status === 'closed')
          throw new AppError('transition_not_allowed', [], { status: row.status, allowed: '-' });
        if (input.ownerUserId) {
          const ok = (await peopleOf(tx, row.organisationId, ROLES)).some((p) => p.id === input.ownerUserId);
          if (!ok) {
            throw AppError.validation('ownerUserId', 'user_not_in_organisation', {
              organisationName: row.organisationName,
            });
          }
        }
        return {
          analysis: input.analysis.trim(),
          measure: input.measure.trim(),
          ownerUserId: input.ownerUserId,
          dueDate: input.dueDate,
        };
      },
      'updated',
    );
  }

  async function actionImplemented(actor: Actor, id: string, input: ImprovementActionImplemented) {
    return changeAction(
      actor,
      id,
      input.version,
      async (row) => {
        if (row.status !== 'open')
          throw new AppError('transition_not_allowed', [], { status: row.status, allowed: '-' });
        if (!row.measure.trim()) throw AppError.validation('measure', 'required');
        return { status: 'implemented', implementation: input.implementation.trim() };
      },
      'implemented',
    );
  }

  async function verifyAction(actor: Actor, id: string, input: ImprovementActionVerification) {
    return changeAction(
      actor,
      id,
      input.version,
      async (row) => {
        if (row.status !== 'implemented') {
          throw new AppError('transition_not_allowed', [], { status: row.status, allowed: '-' });
        }
        return input.effective
          ? { status: 'closed', verification: input.verification.trim(), closedAt: new Date() }
          : { status: 'open', verification: input.verification.trim() };
      },
      input.effective ? 'closed' : 'reopened',
    );
  }

  /** Daily job: each owner (or the organisation's staff) hears of an overdue action once a day. */
  async function remindOverdueActions(today = todayInShanghai()): Promise<number> {
    let mails: Mail[] = [];
    const count = await database.transaction(SYSTEM_SCOPE, async (tx) => {
      const due = await repo.findActions(
        tx,
        sql`${improvementAction.status} <> 'closed' AND ${improvementAction.dueDate} < ${today}::date
            AND (${improvementAction.remindedOn} IS NULL OR ${improvementAction.remindedOn} < ${today}::date)`,
        500,
        0,
      );
      for (const row of due) {
        const notice = {
          kind: 'evaluation.action_due' as const,
          params: { indicator: row.indicatorCode ?? '-', dueDate: row.dueDate ?? '-' },
          link: '/console/evaluation/actions?overdue=true',
        };
        const options = { publicUrl: config.publicUrl };
        if (row.ownerUserId) {
          const owner = (await peopleOf(tx, row.organisationId, ROLES)).find((p) => p.id === row.ownerUserId);
          if (owner) mails.push(...(await notify(tx, [{ id: owner.id, email: owner.email }], notice, options)));
        } else {
          mails.push(...(await notifyRoles(tx, row.organisationId, ASSOCIATION_ROLES, notice, options)));
        }
        await tx.update(improvementAction).set({ remindedOn: today }).where(eq(improvementAction.id, row.id));
      }
      return due.length;
    });
    await mailer.send(mails);
    mails = [];
    return count;
  }

  // ------------------------------------------------------------ exports
  async function forExport(actor: Actor, id: string): Promise<AssessmentDto> {
    return getAssessment(actor, id);
  }

  return {
    ensureBuiltIn,
    listFrameworks,
    getFramework,
    frameworkFile,
    checkFramework,
    importFramework,
    importFrameworkFromCli,
    newWeights,
    createAssessment,
    listAssessments,
    getAssessment,
    scoreIndicator,
    assign,
    addEvidenceFile,
    addEvidenceLink,
    evidenceFile,
    refreshFacts,
    submit: (actor: Actor, id: string, version: number) => step(actor, id, version, 'submit', null),
    review: (actor: Actor, id: string, input: AssessmentReviewBody) =>
      step(actor, id, input.version, input.decision, input.comment.trim()),
    finalise: (actor: Actor, id: string, version: number) => step(actor, id, version, 'finalise', null),
    comment,
    createCampaign,
    listCampaigns,
    ranking,
    listActions,
    actionOwners,
    updateAction,
    actionImplemented,
    verifyAction,
    remindOverdueActions,
    forExport,
  };
}

export type EvaluationService = ReturnType<typeof evaluationService>;
