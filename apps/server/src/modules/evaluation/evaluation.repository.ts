/** The evaluation tables' SQL (frameworks, assessments and their parts, campaigns, improvement actions). */
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import {
  appUser,
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
import { queryRows } from '../../kernel/raw-sql.js';

export type FrameworkRow = typeof evaluationFramework.$inferSelect;

export async function frameworkById(tx: Tx, id: string): Promise<FrameworkRow | undefined> {
  const [row] = await tx.select().from(evaluationFramework).where(eq(evaluationFramework.id, id)).limit(1);
  return row;
}

export async function frameworkByHash(tx: Tx, code: string, hash: string): Promise<FrameworkRow | undefined> {
  const [row] = await tx
    .select()
    .from(evaluationFramework)
    .where(and(eq(evaluationFramework.code, code), eq(evaluationFramework.contentHash, hash)))
    .limit(1);
  return row;
}

export async function nextFrameworkVersion(tx: Tx, code: string): Promise<number> {
  const rows = await queryRows<{ v: number }>(
    tx,
    sql`SELECT coalesce(max(version), 0)::int + 1 AS v FROM evaluation_framework WHERE code = ${code}`,
  );
  return rows[0]?.v ?? 1;
}

export async function listFrameworks(tx: Tx) {
  return queryRows<FrameworkRow & { current: boolean; assessment_count: number }>(
    tx,
    sql`SELECT f.id, f.code, f.version, f.name, f.source, f.definition, f.content_hash AS "contentHash",
          f.built_in AS "builtIn", f.created_by AS "createdBy", f.created_at AS "createdAt",
          f.version = max(f.version) OVER (PARTITION BY f.code) AS current,
          (SELECT count(*)::int FROM assessment a WHERE a.framework_id = f.id) AS assessment_count
        FROM evaluation_framework f ORDER BY f.built_in DESC, f.code, f.version DESC`,
  );
}

export async function isCurrentVersion(tx: Tx, row: FrameworkRow): Promise<boolean> {
  return (await nextFrameworkVersion(tx, row.code)) === row.version + 1;
}

const assessed = alias(organisation, 'assessed');
const assessor = alias(organisation, 'assessor_org');

export async function findAssessments(tx: Tx, where: SQL | undefined, limit: number, offset: number) {
  const rows = await tx
    .select({
      a: assessment,
      organisationName: assessed.name,
      organisationRegion: assessed.regionCode,
      assessorName: assessor.name,
      frameworkCode: evaluationFramework.code,
      frameworkVersion: evaluationFramework.version,
    })
    .from(assessment)
    .innerJoin(assessed, eq(assessed.id, assessment.organisationId))
    .innerJoin(assessor, eq(assessor.id, assessment.assessorId))
    .innerJoin(evaluationFramework, eq(evaluationFramework.id, assessment.frameworkId))
    .where(where)
    .orderBy(desc(assessment.periodEnd), desc(assessment.createdAt), asc(assessment.id))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({
    ...r.a,
    organisationName: r.organisationName,
    organisationRegion: r.organisationRegion as string | null,
    assessorName: r.assessorName,
    frameworkCode: r.frameworkCode,
    frameworkVersion: r.frameworkVersion,
  }));
}
export type AssessmentRow = Awaited<ReturnType<typeof findAssessments>>[number];

export async function assessorUserIds(tx: Tx, assessmentId: string) {
  return tx
    .select({ id: appUser.id, name: appUser.displayName })
    .from(assessmentAssessor)
    .innerJoin(appUser, eq(appUser.id, assessmentAssessor.userId))
    .where(eq(assessmentAssessor.assessmentId, assessmentId));
}

const updater = alias(appUser, 'updater');
const assignee = alias(appUser, 'assignee');

export async function scoresOf(tx: Tx, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return [];
  return tx
    .select({
      s: assessmentScore,
      updatedByName: updater.displayName,
      assigneeName: assignee.displayName,
    })
    .from(assessmentScore)
    .leftJoin(updater, eq(updater.id, assessmentScore.updatedBy))
    .leftJoin(assignee, eq(assignee.id, assessmentScore.assigneeUserId))
    .where(inArray(assessmentScore.assessmentId, assessmentIds));
}

export async function evidenceOf(tx: Tx, assessmentId: string) {
  return tx
    .select({
      id: assessmentEvidence.id,
      indicatorCode: assessmentEvidence.indicatorCode,
      kind: assessmentEvidence.kind,
      fileName: assessmentEvidence.fileName,
      mimeType: assessmentEvidence.mimeType,
      size: assessmentEvidence.size,
      recordType: assessmentEvidence.recordType,
      recordId: assessmentEvidence.recordId,
      label: assessmentEvidence.label,
      createdAt: assessmentEvidence.createdAt,
      createdBy: appUser.displayName,
    })
    .from(assessmentEvidence)
    .innerJoin(appUser, eq(appUser.id, assessmentEvidence.createdBy))
    .where(eq(assessmentEvidence.assessmentId, assessmentId))
    .orderBy(asc(assessmentEvidence.createdAt), asc(assessmentEvidence.id));
}

export async function evidenceFile(tx: Tx, assessmentId: string, evidenceId: string) {
  const [row] = await tx
    .select({
      fileName: assessmentEvidence.fileName,
      mimeType: assessmentEvidence.mimeType,
      content: assessmentEvidence.content,
    })
    .from(assessmentEvidence)
    .where(
      and(
        eq(assessmentEvidence.id, evidenceId),
        eq(assessmentEvidence.assessmentId, assessmentId),
        eq(assessmentEvidence.kind, 'file'),
      ),
    )
    .limit(1);
  return row;
}

export async function commentsOf(tx: Tx, assessmentId: string) {
  return tx
    .select({
      id: assessmentComment.id,
      indicatorCode: assessmentComment.indicatorCode,
      body: assessmentComment.body,
      decision: assessmentComment.decision,
      createdAt: assessmentComment.createdAt,
      authorName: appUser.displayName,
      authorOrganisationName: organisation.name,
    })
    .from(assessmentComment)
    .innerJoin(appUser, eq(appUser.id, assessmentComment.authorId))
    .leftJoin(organisation, eq(organisation.id, assessmentComment.authorOrganisationId))
    .where(eq(assessmentComment.assessmentId, assessmentId))
    .orderBy(asc(assessmentComment.createdAt), asc(assessmentComment.id));
}

/** The organisation's latest final assessment under the same framework code that ended before this one. */
export async function previousFinal(
  tx: Tx,
  a: { id: string; organisationId: string; periodEnd: string; frameworkCode: string },
) {
  const rows = await findAssessments(
    tx,
    and(
      eq(assessment.organisationId, a.organisationId),
      eq(assessment.status, 'final'),
      eq(evaluationFramework.code, a.frameworkCode),
      sql`${assessment.periodEnd} < ${a.periodEnd}::date`,
      sql`${assessment.id} <> ${a.id}::uuid`,
    ),
    1,
    0,
  );
  return rows[0];
}

export async function findCampaigns(tx: Tx, where: SQL | undefined, limit: number, offset: number) {
  const rows = await tx
    .select({
      c: evaluationCampaign,
      regulatorName: organisation.name,
      frameworkCode: evaluationFramework.code,
      frameworkVersion: evaluationFramework.version,
      assessmentCount: sql<number>`(SELECT count(*)::int FROM assessment x WHERE x.campaign_id = ${evaluationCampaign.id})`,
      finalCount: sql<number>`(SELECT count(*)::int FROM assessment x WHERE x.campaign_id = ${evaluationCampaign.id} AND x.status = 'final')`,
    })
    .from(evaluationCampaign)
    .innerJoin(organisation, eq(organisation.id, evaluationCampaign.regulatorId))
    .innerJoin(evaluationFramework, eq(evaluationFramework.id, evaluationCampaign.frameworkId))
    .where(where)
    .orderBy(desc(evaluationCampaign.createdAt), asc(evaluationCampaign.id))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({
    ...r.c,
    regulatorName: r.regulatorName,
    frameworkCode: r.frameworkCode,
    frameworkVersion: r.frameworkVersion,
    assessmentCount: Number(r.assessmentCount),
    finalCount: Number(r.finalCount),
  }));
}
export type CampaignRow = Awaited<ReturnType<typeof findCampaigns>>[number];

const owner = alias(appUser, 'owner');
const actionOrg = alias(organisation, 'action_org');

export async function findActions(tx: Tx, where: SQL | undefined, limit: number, offset: number) {
  const rows = await tx
    .select({
      x: improvementAction,
      organisationName: actionOrg.name,
      organisationRegion: actionOrg.regionCode,
      ownerName: owner.displayName,
      assessmentTitle: assessment.title,
      frameworkId: assessment.frameworkId,
    })
    .from(improvementAction)
    .innerJoin(actionOrg, eq(actionOrg.id, improvementAction.organisationId))
    .leftJoin(owner, eq(owner.id, improvementAction.ownerUserId))
    .leftJoin(assessment, eq(assessment.id, improvementAction.assessmentId))
    .where(where)
    .orderBy(
      sql`${improvementAction.dueDate} ASC NULLS LAST`,
      desc(improvementAction.createdAt),
      asc(improvementAction.id),
    )
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({
    ...r.x,
    organisationName: r.organisationName,
    organisationRegion: r.organisationRegion as string | null,
    ownerName: r.ownerName,
    assessmentTitle: r.assessmentTitle,
    frameworkId: r.frameworkId,
  }));
}
export type ActionRow = Awaited<ReturnType<typeof findActions>>[number];

/** Active experts (role expert) among the given users. */
export async function expertsAmong(tx: Tx, userIds: string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await tx
    .selectDistinct({ id: appUser.id })
    .from(appUser)
    .where(
      and(
        inArray(appUser.id, userIds),
        eq(appUser.status, 'active'),
        sql`EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.user_id = ${appUser.id} AND ra.role = 'expert')`,
      ),
    );
  return rows.map((r) => r.id);
}
