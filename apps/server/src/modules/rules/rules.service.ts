/**
 * Rules and documents of an association, and consultations (issue #7; R-RULES-1, R-DISC-1, R-PRIN-2):
 * versioned documents (draft → in consultation → published → superseded, never edited once out of
 * draft), clause-by-clause diffs, consultations with comments anchored to clauses, an answer to every
 * comment, the report, and publication of the consulted version.
 */
import type {
  CommentAnswerBody,
  ConsultationCloseBody,
  ConsultationCommentCreate,
  ConsultationCommentDto,
  ConsultationCreate,
  ConsultationDto,
  ConsultationListQuery,
  ConsultationReportDto,
  ConsultationSummaryDto,
  PublicRuleDocumentQuery,
  RuleDiffDto,
  RuleDocumentCreate,
  RuleDocumentDto,
  RuleDocumentListQuery,
  RuleDocumentSummaryDto,
  RuleDocumentVersionDto,
  RuleVersionUpdate,
  RuleVisibilityBody,
} from '@gongzhi/contracts';
import { asSystem, PUBLIC_SCOPE, type Tx } from '../../db/client.js';
import { type Actor, orgIdsOfKind, scopeOf } from '../../kernel/actor.js';
import { AppError, type FieldProblem, forbidden, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit, diff } from '../../kernel/audit.js';
import type { AppContext } from '../../kernel/context.js';
import { offsetOf, type PageResult, pageOf, pageResult } from '../../kernel/pagination.js';
import { userNames } from '../account/account.repository.js';
import { shanghaiTime } from '../credit/credit.export.js';
import type { Mail, Mailer } from '../notification/mailer.js';
import { usersWithRolesIn } from '../notification/notification.repository.js';
import { notify } from '../notification/notification.service.js';
import { organisationNames } from '../organisation/organisation.repository.js';
import {
  canComment,
  canManage,
  canReadConsultation,
  canReadDocument,
  isInsider,
  type OrgRef,
  visibleVersion,
} from './rules.policy.js';
import * as repo from './rules.repository.js';
import {
  answerCounts,
  assignClauseKeys,
  diffClauses,
  diffText,
  emptyClauses,
  groupByClause,
  isAccepting,
  isEditableVersion,
  isPublishable,
  reasonRequired,
} from './rules.workflow.js';

/** Who among a member enterprise's people is told of documents and consultations. */
const MEMBER_ROLES = ['enterprise_admin', 'chief_quality_officer'] as const;

export const documentHref = (id: string) => `/console/workspace/documents/${id}`;
export const consultationHref = (id: string) => `/console/workspace/consultations/${id}`;

interface Viewer {
  actor: Actor;
  /** association id → the actor's enterprise that is an active member of it */
  memberships: Map<string, string>;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function rulesService(ctx: AppContext, mailer: Mailer) {
  const { database, config } = ctx;
  const mailOptions = { publicUrl: config.publicUrl };

  async function viewerOf(tx: Tx, actor: Actor): Promise<Viewer> {
    const enterprises = orgIdsOfKind(actor, 'enterprise');
    if (enterprises.length === 0) return { actor, memberships: new Map() };
    const rows = await asSystem(tx, () => repo.activeMembershipsOf(tx, enterprises));
    return { actor, memberships: new Map(rows.map((r) => [r.associationId, r.enterpriseId])) };
  }

  async function orgRef(tx: Tx, id: string): Promise<OrgRef & { name: string }> {
    const org = await asSystem(tx, () => repo.organisationOf(tx, id));
    if (!org) throw notFound();
    return { id: org.id, name: org.name, regionCode: org.regionCode };
  }

  async function names(tx: Tx, orgIds: readonly string[], userIds: readonly (string | null)[]) {
    const users = userIds.filter((u): u is string => u !== null);
    return asSystem(tx, async () => ({
      orgs: await organisationNames(tx, orgIds),
      users: await userNames(tx, users),
    }));
  }

  // ------------------------------------------------------------ DTOs

  function versionDto(v: repo.VersionRow, users: Map<string, string>): RuleDocumentVersionDto {
    const person = (id: string | null) => (id ? { id, name: users.get(id) ?? '' } : null);
    return {
      id: v.id,
      number: v.number,
      status: v.status,
      title: v.title,
      preamble: v.preamble,
      clauses: v.clauses,
      changeNote: v.changeNote,
      consultationId: v.consultationId,
      publishedAt: iso(v.publishedAt),
      publishedBy: person(v.publishedBy),
      createdAt: v.createdAt.toISOString(),
      createdBy: person(v.createdBy),
      updatedAt: v.updatedAt.toISOString(),
      version: v.version,
    };
  }

  async function summaries(tx: Tx, rows: repo.DocumentRow[]): Promise<RuleDocumentSummaryDto[]> {
    const ids = rows.map((r) => r.id);
    const heads = await repo.versionHeads(tx, ids);
    const numbers = await repo.versionNumbers(
      tx,
      rows.flatMap((r) => (r.publishedVersionId ? [r.publishedVersionId] : [])),
    );
    const { orgs } = await names(
      tx,
      rows.map((r) => r.organisationId),
      [],
    );
    return rows.map((r) => {
      const head = heads.get(r.id);
      return {
        id: r.id,
        organisationId: r.organisationId,
        organisationName: orgs.get(r.organisationId) ?? '',
        kind: r.kind,
        title: r.title,
        visibility: r.visibility,
        publishedVersionId: r.publishedVersionId,
        publishedNumber: r.publishedVersionId ? (numbers.get(r.publishedVersionId) ?? null) : null,
        publishedAt: iso(r.publishedAt),
        latestNumber: head?.latestNumber ?? 1,
        latestStatus: head?.latestStatus ?? 'draft',
        updatedAt: r.updatedAt.toISOString(),
        version: r.version,
      };
    });
  }

  async function consultationSummaries(tx: Tx, rows: repo.ConsultationRow[]): Promise<ConsultationSummaryDto[]> {
    const docs = await repo.documentsByIds(
      tx,
      rows.map((r) => r.documentId),
    );
    const numbers = await repo.versionNumbers(
      tx,
      rows.map((r) => r.versionId),
    );
    const counts = await repo.commentCounts(
      tx,
      rows.map((r) => r.id),
    );
    const { orgs } = await names(
      tx,
      rows.map((r) => r.organisationId),
      [],
    );
    const now = new Date();
    return rows.map((r) => {
      const doc = docs.get(r.documentId);
      const c = counts.get(r.id) ?? { comments: 0, unanswered: 0 };
      return {
        id: r.id,
        organisationId: r.organisationId,
        organisationName: orgs.get(r.organisationId) ?? '',
        documentId: r.documentId,
        documentTitle: doc?.title ?? r.title,
        documentKind: doc?.kind ?? 'other',
        versionId: r.versionId,
        versionNumber: numbers.get(r.versionId) ?? 0,
        title: r.title,
        audience: r.audience,
        status: r.status,
        opensAt: r.opensAt.toISOString(),
        deadline: r.deadline.toISOString(),
        closedAt: iso(r.closedAt),
        comments: c.comments,
        unanswered: c.unanswered,
        accepting: isAccepting(r, now),
      };
    });
  }

  async function documentDto(tx: Tx, viewer: Viewer, row: repo.DocumentRow, org: OrgRef): Promise<RuleDocumentDto> {
    const insider = isInsider(viewer.actor, org);
    const versions = (await repo.versionsOf(tx, row.id)).filter((v) => visibleVersion(insider, v.status));
    const consultations = (await repo.consultationsOfDocument(tx, row.id)).filter((c) =>
      canReadConsultation(viewer.actor, c, org, viewer.memberships.has(org.id)),
    );
    const { users } = await names(
      tx,
      [],
      versions.flatMap((v) => [v.createdBy, v.publishedBy]),
    );
    const [summary] = await summaries(tx, [row]);
    const dtos = versions.map((v) => versionDto(v, users));
    return {
      ...(summary as RuleDocumentSummaryDto),
      current: dtos.find((v) => v.id === row.publishedVersionId) ?? null,
      versions: dtos,
      consultations: await consultationSummaries(tx, consultations),
      canManage: canManage(viewer.actor, row.organisationId),
    };
  }

  /** The document as the caller may see it, or 404 (another association's, a draft, internal). */
  async function readableDocument(tx: Tx, viewer: Viewer, id: string) {
    const row = await repo.documentById(tx, id);
    if (!row) throw notFound();
    const org = await orgRef(tx, row.organisationId);
    const doc = { visibility: row.visibility, published: row.publishedVersionId !== null };
    if (!canReadDocument(viewer.actor, doc, org, viewer.memberships.has(org.id))) throw notFound();
    return { row, org };
  }

  /** The document for a write by its association's staff; 404 for anyone who may not see it. */
  async function managedDocument(tx: Tx, actor: Actor, id: string) {
    const row = await repo.documentById(tx, id);
    if (!row || !canManage(actor, row.organisationId)) throw row && isInsiderOf(actor, row) ? forbidden() : notFound();
    const org = await orgRef(tx, row.organisationId);
    return { row, org };
  }
  const isInsiderOf = (actor: Actor, row: { organisationId: string }) => actor.orgIds.includes(row.organisationId);

  async function managedVersion(tx: Tx, actor: Actor, versionId: string) {
    const version = await repo.versionById(tx, versionId);
    if (!version) throw notFound();
    const { row, org } = await managedDocument(tx, actor, version.documentId);
    return { version, doc: row, org };
  }

  function clauseProblems(clauses: RuleDocumentCreate['clauses']): FieldProblem[] {
    return emptyClauses(clauses).map((i) => ({ field: `clauses.${i}.text`, issue: 'required' as const }));
  }

  /** The enterprise admins and chief quality officers of the association's active members. */
  async function tellMembers(tx: Tx, associationId: string, notice: Parameters<typeof notify>[2]): Promise<Mail[]> {
    return asSystem(tx, async () => {
      const members = await repo.activeMemberIds(tx, associationId);
      const people = await usersWithRolesIn(tx, members, MEMBER_ROLES);
      const unique = [...new Map(people.map((p) => [p.id, { id: p.id, email: p.email }])).values()];
      return unique.length > 0 ? notify(tx, unique, notice, mailOptions) : [];
    });
  }

  // ------------------------------------------------------------ documents

  async function listDocuments(
    actor: Actor,
    query: RuleDocumentListQuery,
  ): Promise<PageResult<RuleDocumentSummaryDto>> {
    if (!actor.permissions.has('workspace.read') && !actor.permissions.has('member.read')) throw forbidden();
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const viewer = await viewerOf(tx, actor);
      const insiderOrgs = actor.permissions.has('workspace.read')
        ? [...actor.orgIds, ...(actor.regionPrefix ? await repo.associationIdsInRegion(tx, actor.regionPrefix) : [])]
        : [];
      const memberOrgs = actor.permissions.has('member.read') ? [...viewer.memberships.keys()] : [];
      const { rows, total } = await repo.listDocuments(
        tx,
        {
          insiderOrgs,
          memberOrgs,
          anyPublic: true,
          kind: query.kind,
          visibility: query.visibility,
          associationId: query.associationId,
        },
        page.pageSize,
        offsetOf(page),
      );
      return pageResult(await summaries(tx, rows), page, total);
    });
  }

  async function listPublicDocuments(query: PublicRuleDocumentQuery): Promise<PageResult<RuleDocumentSummaryDto>> {
    const page = pageOf(query);
    return database.transaction(PUBLIC_SCOPE, async (tx) => {
      const { rows, total } = await repo.listDocuments(
        tx,
        { insiderOrgs: [], memberOrgs: [], anyPublic: true, kind: query.kind, associationId: query.associationId },
        page.pageSize,
        offsetOf(page),
      );
      return pageResult(await summaries(tx, rows), page, total);
    });
  }

  async function getDocument(actor: Actor, id: string): Promise<RuleDocumentDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const viewer = await viewerOf(tx, actor);
      const { row, org } = await readableDocument(tx, viewer, id);
      return documentDto(tx, viewer, row, org);
    });
  }

  async function createDocument(actor: Actor, body: RuleDocumentCreate): Promise<RuleDocumentDto> {
    const associations = orgIdsOfKind(actor, 'industry_organisation');
    const organisationId = body.organisationId ?? associations[0];
    if (!organisationId) throw AppError.validation('organisationId', 'association_required');
    if (!canManage(actor, organisationId)) throw forbidden();
    const problems = clauseProblems(body.clauses);
    if (problems.length > 0) throw new AppError('validation_failed', problems);
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await orgRef(tx, organisationId);
      const doc = await repo.insertDocument(tx, {
        organisationId,
        kind: body.kind,
        title: body.title.trim(),
        visibility: body.visibility,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      });
      const version = await repo.insertVersion(tx, {
        organisationId,
        documentId: doc.id,
        number: 1,
        status: 'draft',
        title: doc.title,
        preamble: body.preamble?.trim() ?? '',
        clauses: assignClauseKeys(body.clauses, []),
        createdBy: actor.userId,
        updatedBy: actor.userId,
      });
      await audit(tx, actor, {
        action: 'rule_document.create',
        targetType: 'rule_document',
        targetId: doc.id,
        organisationId,
        after: { kind: doc.kind, title: doc.title, visibility: doc.visibility, versionId: version.id },
      });
      return documentDto(tx, { actor, memberships: new Map() }, doc, org);
    });
  }

  async function changeVisibility(actor: Actor, id: string, body: RuleVisibilityBody): Promise<RuleDocumentDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row, org } = await managedDocument(tx, actor, id);
      if (row.version !== body.version) throw versionConflict();
      const updated = await repo.updateDocument(tx, id, body.version, {
        visibility: body.visibility,
        updatedBy: actor.userId,
      });
      if (!updated) throw versionConflict();
      await audit(tx, actor, {
        action: 'rule_document.visibility',
        targetType: 'rule_document',
        targetId: id,
        organisationId: row.organisationId,
        before: { visibility: row.visibility },
        after: { visibility: updated.visibility },
      });
      return documentDto(tx, { actor, memberships: new Map() }, updated, org);
    });
  }

  async function newVersion(actor: Actor, id: string): Promise<RuleDocumentDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row, org } = await managedDocument(tx, actor, id);
      const [latest] = await repo.versionsOf(tx, id);
      if (!latest) throw notFound();
      // After a consultation closes, the consulted text is revised in a new draft that carries the
      // consultation (its report) to publication; the consulted version is kept as it was, superseded.
      let consultationId: string | null = null;
      if (latest.status === 'in_consultation') {
        const c = await repo.consultationOfVersion(tx, latest.id);
        if (c && c.status !== 'closed') {
          throw new AppError('transition_not_allowed', [], { status: c.status, allowed: 'close' });
        }
        consultationId = c?.id ?? null;
        const kept = await repo.updateVersion(tx, latest.id, latest.version, {
          status: 'superseded',
          updatedBy: actor.userId,
        });
        if (!kept) throw versionConflict();
      } else if (!(latest.status === 'published' || latest.status === 'superseded')) {
        throw new AppError('transition_not_allowed', [], { status: latest.status, allowed: 'publish' });
      }
      const version = await repo.insertVersion(tx, {
        organisationId: row.organisationId,
        documentId: id,
        number: latest.number + 1,
        status: 'draft',
        title: latest.title,
        preamble: latest.preamble,
        clauses: latest.clauses,
        consultationId,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      });
      await audit(tx, actor, {
        action: 'rule_document_version.create',
        targetType: 'rule_document_version',
        targetId: version.id,
        organisationId: row.organisationId,
        after: { documentId: id, number: version.number, from: latest.id, consultationId },
      });
      return documentDto(tx, { actor, memberships: new Map() }, row, org);
    });
  }

  async function updateVersion(actor: Actor, versionId: string, body: RuleVersionUpdate): Promise<RuleDocumentDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { version, doc, org } = await managedVersion(tx, actor, versionId);
      const problems = clauseProblems(body.clauses);
      if (problems.length > 0) throw new AppError('validation_failed', problems);
      if (!isEditableVersion(version.status)) {
        throw AppError.validation('status', 'version_published', { status: version.status });
      }
      if (version.version !== body.version) throw versionConflict();
      const known = (await repo.versionsOf(tx, doc.id)).flatMap((v) => v.clauses.map((c) => c.key));
      const next = {
        title: body.title.trim(),
        preamble: body.preamble.trim(),
        clauses: assignClauseKeys(body.clauses, known),
        changeNote: body.changeNote.trim(),
      };
      const updated = await repo.updateVersion(tx, versionId, body.version, { ...next, updatedBy: actor.userId });
      if (!updated) throw versionConflict();
      const change = diff(
        { title: version.title, preamble: version.preamble, clauses: version.clauses, changeNote: version.changeNote },
        next,
      );
      await audit(tx, actor, {
        action: 'rule_document_version.update',
        targetType: 'rule_document_version',
        targetId: versionId,
        organisationId: doc.organisationId,
        ...change,
      });
      return documentDto(tx, { actor, memberships: new Map() }, doc, org);
    });
  }

  async function publish(actor: Actor, versionId: string, expected: number): Promise<RuleDocumentDto> {
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const { version, doc, org } = await managedVersion(tx, actor, versionId);
      if (!isPublishable(version.status)) {
        throw new AppError('transition_not_allowed', [], { status: version.status, allowed: 'draft, in_consultation' });
      }
      if (version.version !== expected) throw versionConflict();
      // The consulted version itself, or a revision of it made after the consultation closed.
      let consultationId: string | null = null;
      const c =
        version.status === 'in_consultation'
          ? await repo.consultationOfVersion(tx, versionId)
          : version.consultationId
            ? await repo.consultationById(tx, version.consultationId)
            : undefined;
      if (c) {
        if (c.status !== 'closed')
          throw new AppError('transition_not_allowed', [], { status: c.status, allowed: 'close' });
        const unanswered = (await repo.commentsOf(tx, c.id)).filter((x) => x.answer === null).length;
        if (unanswered > 0) throw AppError.validation('comments', 'comments_unanswered', { count: unanswered });
        consultationId = c.id;
      }
      const now = new Date();
      const superseded = await repo.supersedePublished(tx, doc.id, actor.userId);
      const published = await repo.updateVersion(tx, versionId, expected, {
        status: 'published',
        publishedAt: now,
        publishedBy: actor.userId,
        consultationId,
        updatedBy: actor.userId,
      });
      if (!published) throw versionConflict();
      const updated = await repo.updateDocument(tx, doc.id, doc.version, {
        publishedVersionId: versionId,
        publishedAt: now,
        title: published.title,
        updatedBy: actor.userId,
      });
      if (!updated) throw versionConflict();
      await audit(tx, actor, {
        action: 'rule_document_version.publish',
        targetType: 'rule_document_version',
        targetId: versionId,
        organisationId: doc.organisationId,
        before: { status: version.status, publishedVersionId: doc.publishedVersionId },
        after: { status: 'published', number: published.number, consultationId, superseded },
      });
      if (updated.visibility !== 'internal') {
        mails = await tellMembers(tx, doc.organisationId, {
          kind: 'workspace.document_published',
          params: { organisationName: org.name, title: published.title, number: published.number },
          link: documentHref(doc.id),
        });
      }
      return documentDto(tx, { actor, memberships: new Map() }, updated, org);
    });
    await mailer.send(mails);
    return dto;
  }

  async function diffVersions(actor: Actor, documentId: string, from: string, to: string): Promise<RuleDiffDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const viewer = await viewerOf(tx, actor);
      const { row, org } = await readableDocument(tx, viewer, documentId);
      const insider = isInsider(actor, org);
      const versions = (await repo.versionsOf(tx, row.id)).filter((v) => visibleVersion(insider, v.status));
      const a = versions.find((v) => v.id === from);
      const b = versions.find((v) => v.id === to);
      if (!a) throw AppError.validation('from', 'record_not_found');
      if (!b) throw AppError.validation('to', 'record_not_found');
      const clauses = diffClauses(a.clauses, b.clauses);
      const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
      for (const c of clauses) counts[c.change]++;
      return {
        from: { id: a.id, number: a.number, status: a.status },
        to: { id: b.id, number: b.number, status: b.status },
        title: diffText(a.title, b.title),
        preamble: diffText(a.preamble, b.preamble),
        clauses,
        counts,
      };
    });
  }

  // ------------------------------------------------------------ consultations

  async function commentDtos(
    tx: Tx,
    actor: Actor,
    org: OrgRef,
    rows: repo.CommentRow[],
  ): Promise<ConsultationCommentDto[]> {
    const insider = isInsider(actor, org);
    const { orgs, users } = await names(
      tx,
      rows.flatMap((r) => (r.authorOrganisationId ? [r.authorOrganisationId] : [])),
      insider ? rows.map((r) => r.authorUserId) : [actor.userId],
    );
    return rows.map((r) => {
      const mine = actor.userId !== null && r.authorUserId === actor.userId;
      return {
        id: r.id,
        clauseKey: r.clauseKey,
        body: r.body,
        authorOrganisation: r.authorOrganisationId ? (orgs.get(r.authorOrganisationId) ?? null) : null,
        authorName: insider || mine ? (users.get(r.authorUserId) ?? null) : null,
        mine,
        createdAt: r.createdAt.toISOString(),
        answer: r.answer,
        answerReason: r.answerReason,
        answeredAt: iso(r.answeredAt),
        version: r.version,
      };
    });
  }

  async function readableConsultation(tx: Tx, viewer: Viewer, id: string) {
    const row = await repo.consultationById(tx, id);
    if (!row) throw notFound();
    const org = await orgRef(tx, row.organisationId);
    if (!canReadConsultation(viewer.actor, row, org, viewer.memberships.has(org.id))) throw notFound();
    return { row, org };
  }

  /** The version published after a consultation: the consulted one, or its revision. */
  async function publishedOutcome(tx: Tx, row: repo.ConsultationRow) {
    return (await repo.versionsOf(tx, row.documentId)).find(
      (v) => v.publishedAt !== null && (v.id === row.versionId || v.consultationId === row.id),
    );
  }

  async function consultationDto(tx: Tx, viewer: Viewer, row: repo.ConsultationRow, org: OrgRef) {
    const [summary] = await consultationSummaries(tx, [row]);
    const version = await repo.versionById(tx, row.versionId);
    const doc = await repo.documentById(tx, row.documentId);
    if (!version || !doc) throw notFound();
    const comments = await commentDtos(tx, viewer.actor, org, await repo.commentsOf(tx, row.id));
    const isMember = viewer.memberships.has(org.id);
    const published = await publishedOutcome(tx, row);
    const dto: ConsultationDto = {
      ...(summary as ConsultationSummaryDto),
      description: row.description,
      reportSummary: row.reportSummary,
      documentVisibility: doc.visibility,
      versionTitle: version.title,
      preamble: version.preamble,
      clauses: version.clauses,
      comments,
      publishedVersionId: published?.id ?? null,
      canManage: canManage(viewer.actor, row.organisationId),
      canComment: isAccepting(row, new Date()) && canComment(viewer.actor, row, org, isMember),
      version: row.version,
    };
    return dto;
  }

  async function openConsultation(actor: Actor, versionId: string, body: ConsultationCreate): Promise<ConsultationDto> {
    const deadline = new Date(body.deadline);
    const now = new Date();
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const { version, doc, org } = await managedVersion(tx, actor, versionId);
      if (deadline.getTime() <= now.getTime()) {
        throw AppError.validation('deadline', 'too_small', { limit: shanghaiTime(now.toISOString()) ?? '' });
      }
      if (version.status !== 'draft') {
        throw new AppError('transition_not_allowed', [], { status: version.status, allowed: 'draft' });
      }
      if (version.version !== body.version) throw versionConflict();
      const moved = await repo.updateVersion(tx, versionId, body.version, {
        status: 'in_consultation',
        updatedBy: actor.userId,
      });
      if (!moved) throw versionConflict();
      const row = await repo.insertConsultation(tx, {
        organisationId: doc.organisationId,
        documentId: doc.id,
        versionId,
        title: body.title?.trim() || version.title,
        description: body.description?.trim() ?? '',
        audience: body.audience,
        opensAt: now,
        deadline,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      });
      await audit(tx, actor, {
        action: 'consultation.open',
        targetType: 'consultation',
        targetId: row.id,
        organisationId: doc.organisationId,
        after: { documentId: doc.id, versionId, audience: row.audience, deadline: row.deadline.toISOString() },
      });
      mails = await tellMembers(tx, doc.organisationId, {
        kind: 'workspace.consultation_opened',
        params: { organisationName: org.name, title: row.title, deadline: shanghaiTime(body.deadline) ?? '' },
        link: consultationHref(row.id),
      });
      return consultationDto(tx, { actor, memberships: new Map() }, row, org);
    });
    await mailer.send(mails);
    return dto;
  }

  async function listConsultations(
    actor: Actor,
    query: ConsultationListQuery,
  ): Promise<PageResult<ConsultationSummaryDto>> {
    const p = actor.permissions;
    if (!p.has('workspace.read') && !p.has('member.read') && !p.has('consultation.comment')) throw forbidden();
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const viewer = await viewerOf(tx, actor);
      const insiderOrgs = p.has('workspace.read')
        ? [...actor.orgIds, ...(actor.regionPrefix ? await repo.associationIdsInRegion(tx, actor.regionPrefix) : [])]
        : [];
      const memberOrgs = p.has('member.read') || p.has('consultation.comment') ? [...viewer.memberships.keys()] : [];
      const { rows, total } = await repo.listConsultations(
        tx,
        { insiderOrgs, memberOrgs, anyPublic: true, status: query.status, associationId: query.associationId },
        page.pageSize,
        offsetOf(page),
      );
      return pageResult(await consultationSummaries(tx, rows), page, total);
    });
  }

  async function listPublicConsultations(query: ConsultationListQuery) {
    const page = pageOf(query);
    return database.transaction(PUBLIC_SCOPE, async (tx) => {
      const { rows, total } = await repo.listConsultations(
        tx,
        { insiderOrgs: [], memberOrgs: [], anyPublic: true, status: query.status, associationId: query.associationId },
        page.pageSize,
        offsetOf(page),
      );
      return pageResult(await consultationSummaries(tx, rows), page, total);
    });
  }

  async function getConsultation(actor: Actor, id: string): Promise<ConsultationDto> {
    const scope = actor.kind === 'user' ? scopeOf(actor) : PUBLIC_SCOPE;
    return database.transaction(scope, async (tx) => {
      const viewer = await viewerOf(tx, actor);
      const { row, org } = await readableConsultation(tx, viewer, id);
      return consultationDto(tx, viewer, row, org);
    });
  }

  async function comment(actor: Actor, id: string, body: ConsultationCommentCreate): Promise<ConsultationCommentDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const viewer = await viewerOf(tx, actor);
      const { row, org } = await readableConsultation(tx, viewer, id);
      const isMember = viewer.memberships.has(org.id);
      if (!canComment(actor, row, org, isMember)) throw forbidden();
      if (!isAccepting(row, new Date())) {
        throw AppError.validation('deadline', 'deadline_passed', {
          deadline: shanghaiTime(row.deadline.toISOString()) ?? '',
        });
      }
      const version = await repo.versionById(tx, row.versionId);
      if (!version) throw notFound();
      if (body.clauseKey !== null && !version.clauses.some((c) => c.key === body.clauseKey)) {
        throw AppError.validation('clauseKey', 'unknown_clause', { clause: body.clauseKey });
      }
      const authorOrganisationId = viewer.memberships.get(org.id) ?? actor.orgIds[0] ?? null;
      const created = await repo.insertComment(tx, {
        organisationId: row.organisationId,
        consultationId: row.id,
        clauseKey: body.clauseKey,
        body: body.body.trim(),
        authorUserId: actor.userId as string,
        authorOrganisationId,
      });
      await audit(tx, actor, {
        action: 'consultation_comment.create',
        targetType: 'consultation_comment',
        targetId: created.id,
        organisationId: row.organisationId,
        after: { consultationId: row.id, clauseKey: created.clauseKey, authorOrganisationId },
      });
      const [dto] = await commentDtos(tx, actor, org, [created]);
      return dto as ConsultationCommentDto;
    });
  }

  async function managedConsultation(tx: Tx, actor: Actor, id: string) {
    const row = await repo.consultationById(tx, id);
    if (!row || !canManage(actor, row.organisationId)) {
      throw row && isInsiderOf(actor, row) ? forbidden() : notFound();
    }
    const org = await orgRef(tx, row.organisationId);
    return { row, org };
  }

  async function answer(
    actor: Actor,
    id: string,
    commentId: string,
    body: CommentAnswerBody,
  ): Promise<ConsultationCommentDto> {
    const reason = body.reason.trim();
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const { row, org } = await managedConsultation(tx, actor, id);
      if (reasonRequired(body.answer) && reason === '') throw AppError.validation('reason', 'required');
      // Answers are the consultation's record: they are settled once its outcome is published.
      const published = await publishedOutcome(tx, row);
      if (published) {
        throw new AppError('transition_not_allowed', [], { status: published.status, allowed: 'in_consultation' });
      }
      const before = await repo.commentById(tx, id, commentId);
      if (!before) throw notFound();
      if (before.version !== body.version) throw versionConflict();
      const updated = await repo.updateComment(tx, commentId, body.version, {
        answer: body.answer,
        answerReason: reason,
        answeredBy: actor.userId,
        answeredAt: new Date(),
      });
      if (!updated) throw versionConflict();
      await audit(tx, actor, {
        action: 'consultation_comment.answer',
        targetType: 'consultation_comment',
        targetId: commentId,
        organisationId: row.organisationId,
        before: { answer: before.answer, answerReason: before.answerReason },
        after: { answer: updated.answer, answerReason: updated.answerReason },
      });
      const author = await asSystem(tx, () => repo.activeUser(tx, before.authorUserId));
      if (author) {
        mails = await asSystem(tx, () =>
          notify(
            tx,
            [author],
            {
              kind: 'workspace.comment_answered',
              params: { title: row.title, commentAnswer: body.answer },
              link: consultationHref(row.id),
            },
            mailOptions,
          ),
        );
      }
      const [out] = await commentDtos(tx, actor, org, [updated]);
      return out as ConsultationCommentDto;
    });
    await mailer.send(mails);
    return dto;
  }

  async function close(actor: Actor, id: string, body: ConsultationCloseBody): Promise<ConsultationDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row, org } = await managedConsultation(tx, actor, id);
      if (row.status !== 'open')
        throw new AppError('transition_not_allowed', [], { status: row.status, allowed: 'open' });
      if (row.version !== body.version) throw versionConflict();
      const now = new Date();
      const updated = await repo.updateConsultation(tx, id, body.version, {
        status: 'closed',
        closedAt: now,
        reportSummary: body.summary.trim(),
        updatedBy: actor.userId,
      });
      if (!updated) throw versionConflict();
      await audit(tx, actor, {
        action: 'consultation.close',
        targetType: 'consultation',
        targetId: id,
        organisationId: row.organisationId,
        before: { status: row.status },
        after: { status: 'closed', beforeDeadline: now.getTime() < row.deadline.getTime() },
      });
      return consultationDto(tx, { actor, memberships: new Map() }, updated, org);
    });
  }

  async function report(actor: Actor, id: string): Promise<ConsultationReportDto> {
    const scope = actor.kind === 'user' ? scopeOf(actor) : PUBLIC_SCOPE;
    return database.transaction(scope, async (tx) => {
      const viewer = await viewerOf(tx, actor);
      const { row, org } = await readableConsultation(tx, viewer, id);
      const dto = await consultationDto(tx, viewer, row, org);
      const groups = groupByClause(dto.clauses, dto.comments);
      const participants = new Set(
        (await repo.commentsOf(tx, row.id)).map((c) => c.authorOrganisationId ?? `user:${c.authorUserId}`),
      ).size;
      const [summary] = await consultationSummaries(tx, [row]);
      return {
        consultation: summary as ConsultationSummaryDto,
        summary: row.reportSummary,
        counts: answerCounts(dto.comments),
        participants,
        clauses: groups,
      };
    });
  }

  return {
    listDocuments,
    listPublicDocuments,
    getDocument,
    createDocument,
    changeVisibility,
    newVersion,
    updateVersion,
    publish,
    diffVersions,
    openConsultation,
    listConsultations,
    listPublicConsultations,
    getConsultation,
    comment,
    answer,
    close,
    report,
  };
}

export type RulesService = ReturnType<typeof rulesService>;
