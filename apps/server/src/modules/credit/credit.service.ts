/**
 * Quality credit use cases: the archive (records, evidence), objections and repair, models,
 * evaluations and publication, early warnings, an enterprise's archive, the regulator's overview.
 * Each: actor first, access first, one transaction, audit inside, notices mailed after commit.
 */
import { randomUUID } from 'node:crypto';
import type {
  CreditArchiveDto,
  CreditArchiveQuery,
  CreditCaseListQuery,
  CreditEvaluationCreate,
  CreditModelCreate,
  CreditModelListQuery,
  CreditObjectionCreate,
  CreditObjectionDecision,
  CreditProcedure,
  CreditRecordActionBody,
  CreditRecordCreate,
  CreditRecordDetailDto,
  CreditRecordListQuery,
  CreditRepairCreate,
  CreditRepairDecision,
  CreditResultListQuery,
  CreditRunListQuery,
  CreditStatsDto,
  CreditWarningActionBody,
  CreditWarningListQuery,
  NotificationKind,
  VersionBody,
} from '@gongzhi/contracts';
import { CREDIT_REPAIR_DOCUMENTS } from '@gongzhi/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { asSystem, type Tx } from '../../db/client.js';
import { creditModel } from '../../db/schema/index.js';
import { type Actor, can, inRegion, scopeOf } from '../../kernel/actor.js';
import { AppError, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { lookAheadResult, pageOf } from '../../kernel/pagination.js';
import { pgArray, queryRows } from '../../kernel/raw-sql.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { addWorkingDays } from '../calendar/working-days.js';
import { decodeAttachments } from '../complaint/attachments.js';
import type { Mail, Mailer } from '../notification/mailer.js';
import { usersWithRolesIn } from '../notification/notification.repository.js';
import { notifyMany, notifyRoles, type Recipient } from '../notification/notification.service.js';
import * as orgRepo from '../organisation/organisation.repository.js';
import { archiveExtras } from './credit.archive-extras.js';
import {
  comparisonOf,
  currentGrade,
  evaluateInto,
  explain,
  findRun,
  gradesOf,
  historyOf,
  listResults,
  listRuns,
  modelDefinitionOf,
  presentRun,
  publishRun,
  type RunRow,
  recordFailedRun,
} from './credit.evaluation.js';
import { DEFAULT_PROCEDURE } from './credit.model.js';
import * as models from './credit.models.js';
import {
  archiveSide,
  keptAssociations,
  objectingEnterprises,
  ownEnterprises,
  readableAssociations,
  seesDrafts,
} from './credit.policy.js';
import { presentAttachment, presentObjection, presentRecord, presentRepair } from './credit.presenter.js';
import * as repo from './credit.repository.js';
import * as warnings from './credit.warnings.js';
import {
  allowedRecordSteps,
  defaultPolarity,
  defaultPublishUntil,
  objectableUntil,
  recordStepAllowed,
  recordStepTarget,
  repairableFrom,
} from './credit.workflow.js';

const ASSOCIATION_ROLES = ['association_admin', 'association_staff'] as const;
const ENTERPRISE_ROLES = ['enterprise_admin', 'chief_quality_officer'] as const;

const shanghaiDay = (d: Date) => todayInShanghai(d);

export function creditService(ctx: AppContext, calendar: CalendarService, mailer: Mailer) {
  const { database, config } = ctx;

  // ------------------------------------------------------------ helpers

  async function procedureOf(tx: Tx, associationId: string): Promise<CreditProcedure> {
    const rows = await tx
      .select({ d: creditModel.definition })
      .from(creditModel)
      .where(and(eq(creditModel.ownerId, associationId), eq(creditModel.status, 'active')));
    return rows[0]?.d.procedure ?? DEFAULT_PROCEDURE;
  }

  /** The association, when the person keeps its archive; 404 when they may not even see it, else 403. */
  async function keptAssociation(tx: Tx, actor: Actor, associationId: string) {
    const association = await orgRepo.findOrganisation(tx, associationId);
    if (association?.kind !== 'industry_organisation') throw notFound();
    if (!keptAssociations(actor).includes(associationId)) throw new AppError('forbidden');
    return association;
  }

  /** Associations whose archives the person may list (null: any in the person's region). */
  function listableAssociations(actor: Actor): { associationIds?: string[]; enterpriseIds?: string[] } | 'region' {
    const associations = readableAssociations(actor);
    const enterprises = ownEnterprises(actor);
    if (actor.regionPrefix && can(actor, 'credit.read') && !associations.length && !enterprises.length) return 'region';
    return { associationIds: associations, enterpriseIds: enterprises };
  }

  function tell(
    tx: Tx,
    organisationId: string,
    roles: readonly string[],
    kind: NotificationKind,
    params: Record<string, string | number>,
    link: string,
  ): Promise<Mail[]> {
    return notifyRoles(tx, organisationId, roles, { kind, params, link }, { publicUrl: config.publicUrl });
  }

  /**
   * Tells the enterprise's and the association's people of new warnings. A publication or a
   * spot-check notice can issue thousands (every member whose grade fell, every failed product): the
   * warnings are read in chunks (a statement takes at most 65,535 parameters), the people of a
   * chunk's organisations are looked up in one statement per role set (each organisation once), and
   * the chunk's notifications are written together.
   */
  async function tellWarnings(tx: Tx, ids: string[]): Promise<Mail[]> {
    const mails: Mail[] = [];
    const people = new Map<string, Recipient[]>();
    const key = (organisationId: string, roles: readonly string[]) => `${organisationId}:${roles.join(',')}`;
    const lookUp = async (organisationIds: string[], roles: readonly string[]) => {
      const missing = [...new Set(organisationIds)].filter((id) => !people.has(key(id, roles)));
      for (const id of missing) people.set(key(id, roles), []);
      for (const u of await usersWithRolesIn(tx, missing, roles)) {
        if (u.organisationId) people.get(key(u.organisationId, roles))?.push({ id: u.id, email: u.email });
      }
    };
    const peopleOf = (organisationId: string, roles: readonly string[]) => people.get(key(organisationId, roles)) ?? [];
    await asSystem(tx, async () => {
      for (let start = 0; start < ids.length; start += 1000) {
        const chunk = await warnings.findWarnings(tx, ids.slice(start, start + 1000));
        await lookUp(
          chunk.map((w) => w.enterpriseId),
          ENTERPRISE_ROLES,
        );
        await lookUp(
          chunk.map((w) => w.associationId),
          ASSOCIATION_ROLES,
        );
        const notices = chunk.flatMap((w) => {
          const params = {
            ...w.params,
            rule: w.rule,
            level: w.level,
            enterpriseName: w.enterpriseName,
            associationName: w.associationName,
          };
          const notice = (link: string) => ({ kind: 'credit.warning' as const, params, link });
          return [
            { recipients: peopleOf(w.enterpriseId, ENTERPRISE_ROLES), notice: notice('/console/credit/mine') },
            { recipients: peopleOf(w.associationId, ASSOCIATION_ROLES), notice: notice('/console/credit/warnings') },
          ];
        });
        mails.push(...(await notifyMany(tx, notices, { publicUrl: config.publicUrl })));
      }
    });
    return mails;
  }

  /** The record as this person sees it (404 if they may not), with their side. */
  async function visibleRecord(tx: Tx, actor: Actor, id: string) {
    const row = await repo.findRecord(tx, id);
    if (!row) throw notFound();
    const association = await orgRepo.findOrganisation(tx, row.associationId);
    const side = archiveSide(actor, {
      associationId: row.associationId,
      associationRegionCode: association?.regionCode ?? '',
      enterpriseId: row.enterpriseId,
    });
    if (!side || (row.status === 'draft' && !seesDrafts(side))) throw notFound();
    return { row, side };
  }

  async function detailOf(tx: Tx, actor: Actor, row: repo.RecordRow, keeper: boolean): Promise<CreditRecordDetailDto> {
    const today = todayInShanghai();
    const procedure = await procedureOf(tx, row.associationId);
    const attachments = await repo.attachmentsOfRecords(tx, [row.id]);
    const objections = await repo.listObjections(tx, { recordIds: [row.id] });
    const repairs = await repo.listRepairs(tx, { recordIds: [row.id] });
    return {
      ...presentRecord(row, actor, { keeper, procedure, today }),
      attachments: attachments.filter((a) => a.purpose === 'evidence').map(presentAttachment),
      objections: objections.rows.map((o) => presentObjection(o, attachments, today)),
      repairs: repairs.rows.map((r) => presentRepair(r, attachments, today)),
    };
  }

  /** Re-evaluates one member under the model of its published grade and publishes the result at once. */
  async function correctGrade(tx: Tx, actor: Actor, associationId: string, enterpriseId: string): Promise<Mail[]> {
    const published = await currentGrade(tx, associationId, enterpriseId);
    if (!published) return [];
    const run = await findRun(tx, published.runId);
    if (!run) return [];
    const definition = await modelDefinitionOf(tx, run.modelId);
    const runId = await evaluateInto(tx, actor, {
      associationId,
      modelId: run.modelId,
      definition,
      kind: 'correction',
      asOf: todayInShanghai(),
      enterpriseId,
    });
    const correction = (await findRun(tx, runId)) as RunRow;
    const issued = await publishRun(
      tx,
      actor,
      correction,
      definition.grades.map((g) => g.code),
    );
    return tellWarnings(tx, issued);
  }

  // ------------------------------------------------------------ for other modules

  /**
   * A source other modules fed in was overturned (a re-inspection found the product qualified): its
   * records in every archive are revoked with the reason (never deleted), their warnings lifted and
   * each published grade corrected at once. Runs in the caller's transaction, which must have the
   * system scope (the caller is not the association). Returns the mails to send after commit.
   */
  async function withdrawSource(tx: Tx, actor: Actor, sourceRef: string, reason: string): Promise<Mail[]> {
    const mails: Mail[] = [];
    for (const record of await repo.recordsBySource(tx, sourceRef)) {
      if (['revoked', 'corrected', 'repaired'].includes(record.status)) continue;
      await repo.updateRecord(tx, record.id, record.version, { status: 'revoked', statusReason: reason });
      await repo.liftWarningsOfRecord(tx, record.id, reason);
      await audit(tx, actor, {
        action: 'credit_record.revoked',
        targetType: 'credit_record',
        targetId: record.id,
        organisationId: record.associationId,
        before: { status: record.status },
        after: { status: 'revoked', reason, sourceRef },
      });
      if (record.status !== 'draft') {
        mails.push(...(await correctGrade(tx, actor, record.associationId, record.enterpriseId)));
      }
    }
    return mails;
  }

  /** Tells the people concerned of warnings another module's intake raised; returns the mails. */
  function announceWarnings(tx: Tx, warningIds: string[]): Promise<Mail[]> {
    return tellWarnings(tx, warningIds);
  }

  // ------------------------------------------------------------ records

  async function listRecords(actor: Actor, query: CreditRecordListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const today = todayInShanghai();
      const scope = listableAssociations(actor);
      const filter: repo.RecordFilter = {
        status: query.status,
        recordType: query.recordType,
        polarity: query.polarity,
        ...(query.enterpriseId ? { enterpriseIds: [query.enterpriseId] } : {}),
        ...(query.associationId ? { associationIds: [query.associationId] } : {}),
      };
      if (scope !== 'region') {
        const own = scope.associationIds ?? [];
        if (query.associationId && !own.includes(query.associationId)) {
          // An enterprise may filter by one of its associations; anything else is not theirs.
          if (!(scope.enterpriseIds ?? []).length) throw notFound();
        }
        if (!own.length || (query.associationId && !own.includes(query.associationId))) {
          const enterprises = scope.enterpriseIds ?? [];
          if (!enterprises.length) throw new AppError('forbidden');
          if (query.enterpriseId && !enterprises.includes(query.enterpriseId)) throw notFound();
          filter.enterpriseIds = query.enterpriseId ? [query.enterpriseId] : enterprises;
          filter.excludeDrafts = true;
        } else if (!query.associationId) {
          filter.associationIds = own;
        }
      } else {
        filter.excludeDrafts = true;
      }
      const { rows, hasMore } = await repo.listRecords(tx, filter, page);
      const procedures = new Map<string, CreditProcedure>();
      const items = [];
      for (const row of rows) {
        if (!procedures.has(row.associationId))
          procedures.set(row.associationId, await procedureOf(tx, row.associationId));
        items.push(
          presentRecord(row, actor, {
            keeper: keptAssociations(actor).includes(row.associationId),
            procedure: procedures.get(row.associationId) as CreditProcedure,
            today,
          }),
        );
      }
      return lookAheadResult(items, page, hasMore);
    });
  }

  async function createRecord(actor: Actor, input: CreditRecordCreate) {
    return database.transaction(scopeOf(actor), async (tx) => {
      await keptAssociation(tx, actor, input.associationId);
      const enterprise = await asSystem(tx, () => orgRepo.findOrganisation(tx, input.enterpriseId));
      if (enterprise?.kind !== 'enterprise') {
        throw AppError.validation('enterpriseId', 'not_an_enterprise');
      }
      if (!(await repo.isActiveMember(tx, input.associationId, input.enterpriseId))) {
        throw AppError.validation('enterpriseId', 'not_a_member_of_association');
      }
      const today = todayInShanghai();
      const problems = [];
      if (input.occurredOn > today) problems.push({ field: 'occurredOn', issue: 'future_date' as const });
      if (input.publishUntil && input.publishUntil < input.occurredOn) {
        problems.push({ field: 'publishUntil', issue: 'date_order' as const });
      }
      const { files, problems: fileProblems } = await decodeAttachments(input.evidence ?? [], 'evidence');
      problems.push(...fileProblems);
      if (problems.length) throw new AppError('validation_failed', problems);
      const id = randomUUID();
      await repo.insertRecord(tx, {
        id,
        associationId: input.associationId,
        enterpriseId: input.enterpriseId,
        recordType: input.recordType,
        polarity: input.polarity ?? defaultPolarity(input.recordType, input.severity),
        severity: input.severity,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        occurredOn: input.occurredOn,
        sourceOrganisationId: input.sourceOrganisationId ?? null,
        sourceName: input.sourceName.trim(),
        publishUntil: input.publishUntil ?? defaultPublishUntil(input.recordType, input.severity, input.occurredOn),
        specialSector: input.specialSector ?? false,
        status: 'draft',
        createdBy: actor.userId,
      });
      await repo.insertAttachments(
        tx,
        files.map((f) => ({
          recordId: id,
          associationId: input.associationId,
          enterpriseId: input.enterpriseId,
          purpose: 'evidence',
          filename: f.filename,
          mediaType: f.mediaType,
          sizeBytes: f.sizeBytes,
          content: f.content,
          uploadedBy: actor.userId,
        })),
      );
      const row = (await repo.findRecord(tx, id)) as repo.RecordRow;
      const dto = presentRecord(row, actor, {
        keeper: true,
        procedure: await procedureOf(tx, row.associationId),
        today,
      });
      await audit(tx, actor, {
        action: 'credit_record.created',
        targetType: 'credit_record',
        targetId: id,
        organisationId: input.associationId,
        after: {
          ...dto,
          abilities: undefined,
          evidence: files.map((f) => ({ filename: f.filename, sha256: f.sha256 })),
        },
      });
      return dto;
    });
  }

  async function getRecord(actor: Actor, id: string) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row, side } = await visibleRecord(tx, actor, id);
      return detailOf(tx, actor, row, side === 'keeper');
    });
  }

  async function actOnRecord(actor: Actor, id: string, body: CreditRecordActionBody) {
    let mails: Mail[] = [];
    const result = await database.transaction(scopeOf(actor), async (tx) => {
      const { row, side } = await visibleRecord(tx, actor, id);
      if (side !== 'keeper') throw new AppError('forbidden');
      if (row.version !== body.version) throw versionConflict();
      if (!recordStepAllowed(row.status, body.action)) {
        throw new AppError('transition_not_allowed', [], {
          status: row.status,
          allowed: allowedRecordSteps(row.status).join(', ') || '—',
        });
      }
      if (body.action === 'revoke' && !body.reason) throw AppError.validation('reason', 'required');
      const status = recordStepTarget(body.action);
      const changes = {
        status,
        ...(body.action === 'confirm' ? { confirmedAt: new Date() } : {}),
        ...(body.action === 'publish' ? { publishedAt: new Date() } : {}),
        ...(body.action === 'unpublish' ? { publishedAt: null } : {}),
        ...(body.action === 'revoke' ? { statusReason: body.reason ?? null } : {}),
      };
      if (!(await repo.updateRecord(tx, id, body.version, changes))) throw versionConflict();
      const after = (await repo.findRecord(tx, id)) as repo.RecordRow;
      await audit(tx, actor, {
        action: `credit_record.${status === 'confirmed' && body.action === 'unpublish' ? 'unpublished' : status}`,
        targetType: 'credit_record',
        targetId: id,
        organisationId: row.associationId,
        before: { status: row.status },
        after: { status, ...(body.reason ? { reason: body.reason } : {}) },
      });
      if (body.action === 'confirm') {
        const procedure = await procedureOf(tx, row.associationId);
        const today = todayInShanghai();
        mails = await tell(
          tx,
          row.enterpriseId,
          ENTERPRISE_ROLES,
          'credit.record_confirmed',
          {
            enterpriseName: row.enterpriseName,
            associationName: row.associationName,
            recordTitle: row.title,
            objectableUntil: objectableUntil(today, procedure.objectionWindowDays) ?? '',
          },
          `/console/credit/records/${id}`,
        );
        const issued = await warnings.warnOnRecord(tx, after, procedure, today);
        mails.push(...(await tellWarnings(tx, issued)));
      }
      if (body.action === 'revoke' && row.status !== 'draft') {
        mails.push(...(await correctGrade(tx, actor, row.associationId, row.enterpriseId)));
      }
      return detailOf(tx, actor, after, true);
    });
    await mailer.send(mails);
    return result;
  }

  async function attachment(actor: Actor, recordId: string, attachmentId: string) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row } = await visibleRecord(tx, actor, recordId);
      const file = await repo.findAttachment(tx, recordId, attachmentId);
      if (!file) throw notFound();
      await audit(tx, actor, {
        action: 'credit_attachment.read',
        targetType: 'credit_attachment',
        targetId: attachmentId,
        organisationId: row.associationId,
      });
      return file;
    });
  }

  // ------------------------------------------------------------ objections

  async function fileObjection(actor: Actor, recordId: string, input: CreditObjectionCreate) {
    let mails: Mail[] = [];
    const workingCalendar = await calendar.current();
    const result = await database.transaction(scopeOf(actor), async (tx) => {
      const { row } = await visibleRecord(tx, actor, recordId);
      if (!objectingEnterprises(actor).includes(row.enterpriseId)) throw new AppError('forbidden');
      const today = todayInShanghai();
      const procedure = await procedureOf(tx, row.associationId);
      if (row.status === 'objected') throw new AppError('duplicate');
      if (row.status !== 'confirmed' && row.status !== 'published') {
        throw new AppError('transition_not_allowed', [], { status: row.status, allowed: '—' });
      }
      const until = objectableUntil(
        row.confirmedAt ? shanghaiDay(row.confirmedAt) : null,
        procedure.objectionWindowDays,
      );
      if (until && today > until) throw new AppError('too_late', [], { date: until });
      const { files, problems } = await decodeAttachments(input.evidence ?? [], 'evidence');
      if (problems.length) throw new AppError('validation_failed', problems);
      // Claim the record first (the enterprise may not write the association's archive: the status
      // change is the system's): of two objections filed at once, the second finds it changed.
      if (!(await asSystem(tx, () => repo.updateRecord(tx, recordId, row.version, { status: 'objected' })))) {
        throw versionConflict();
      }
      const id = randomUUID();
      const dueOn = addWorkingDays(workingCalendar, today, procedure.objectionDecisionWorkingDays).date;
      await repo.insertObjection(tx, {
        id,
        recordId,
        associationId: row.associationId,
        enterpriseId: row.enterpriseId,
        reason: input.reason.trim(),
        status: 'open',
        dueOn,
        createdBy: actor.userId,
      });
      await repo.insertAttachments(
        tx,
        files.map((f) => ({
          recordId,
          objectionId: id,
          associationId: row.associationId,
          enterpriseId: row.enterpriseId,
          purpose: 'objection',
          filename: f.filename,
          mediaType: f.mediaType,
          sizeBytes: f.sizeBytes,
          content: f.content,
          uploadedBy: actor.userId,
        })),
      );
      await audit(tx, actor, {
        action: 'credit_objection.filed',
        targetType: 'credit_objection',
        targetId: id,
        organisationId: row.associationId,
        after: { recordId, reason: input.reason, dueOn, evidence: files.map((f) => f.sha256) },
      });
      mails = await tell(
        tx,
        row.associationId,
        ASSOCIATION_ROLES,
        'credit.objection_filed',
        { enterpriseName: row.enterpriseName, recordTitle: row.title, dueOn },
        `/console/credit/objections`,
      );
      const listed = await repo.listObjections(tx, { ids: [id] });
      const attachments = await repo.attachmentsOfRecords(tx, [recordId]);
      return presentObjection(listed.rows[0] as repo.ObjectionRow, attachments, today);
    });
    await mailer.send(mails);
    return result;
  }

  function caseScope(actor: Actor, query: CreditCaseListQuery): repo.CaseFilter | 'region' {
    const own = readableAssociations(actor);
    const enterprises = ownEnterprises(actor);
    const filter: repo.CaseFilter = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.overdue ? { overdueBefore: todayInShanghai() } : {}),
    };
    if (query.associationId) {
      if (!own.includes(query.associationId) && !enterprises.length && !actor.regionPrefix) throw notFound();
      filter.associationIds = [query.associationId];
    }
    if (query.enterpriseId) filter.enterpriseIds = [query.enterpriseId];
    if (own.length) filter.associationIds = filter.associationIds?.filter((a) => own.includes(a)) ?? own;
    else if (enterprises.length)
      filter.enterpriseIds = filter.enterpriseIds?.filter((e) => enterprises.includes(e)) ?? enterprises;
    else if (!actor.regionPrefix) throw new AppError('forbidden');
    return filter;
  }

  async function listObjections(actor: Actor, query: CreditCaseListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const filter = caseScope(actor, query);
      const { rows, hasMore } = await repo.listObjections(tx, filter === 'region' ? {} : filter, page);
      const attachments = await repo.attachmentsOfRecords(
        tx,
        rows.map((r) => r.recordId),
      );
      const today = todayInShanghai();
      return lookAheadResult(
        rows.map((r) => presentObjection(r, attachments, today)),
        page,
        hasMore,
      );
    });
  }

  async function decideObjection(actor: Actor, id: string, body: CreditObjectionDecision) {
    let mails: Mail[] = [];
    const result = await database.transaction(scopeOf(actor), async (tx) => {
      const found = (await repo.listObjections(tx, { ids: [id] })).rows[0];
      if (!found) throw notFound();
      if (!keptAssociations(actor).includes(found.associationId)) throw new AppError('forbidden');
      if (found.version !== body.version) throw versionConflict();
      if (found.status !== 'open') {
        throw new AppError('transition_not_allowed', [], { status: found.status, allowed: '—' });
      }
      const record = (await repo.findRecordForUpdate(tx, found.recordId)) as NonNullable<
        Awaited<ReturnType<typeof repo.findRecordForUpdate>>
      >;
      const restored = record.publishedAt ? 'published' : 'confirmed';
      let correctedRecordId: string | null = null;
      if (body.decision === 'uphold') {
        if (!body.remedy) throw AppError.validation('remedy', 'remedy_required');
        if (body.remedy === 'correct') {
          const c = body.correction ?? {};
          if (!Object.values(c).some((v) => v !== undefined)) {
            throw AppError.validation('correction', 'correction_required');
          }
          correctedRecordId = randomUUID();
          const severity = c.severity ?? record.severity;
          const occurredOn = c.occurredOn ?? record.occurredOn;
          await repo.insertRecord(tx, {
            ...record,
            id: correctedRecordId,
            severity,
            polarity: c.polarity ?? record.polarity,
            title: c.title ?? record.title,
            description: c.description ?? record.description,
            occurredOn,
            publishUntil: c.publishUntil ?? record.publishUntil,
            sourceRef: null,
            status: restored,
            statusReason: null,
            supersedesId: record.id,
            supersededById: null,
            createdBy: actor.userId,
            createdAt: new Date(),
            updatedAt: new Date(),
            version: 1,
          });
          await repo.updateRecord(tx, record.id, record.version, {
            status: 'corrected',
            statusReason: body.reason,
            supersededById: correctedRecordId,
          });
        } else {
          await repo.updateRecord(tx, record.id, record.version, { status: 'revoked', statusReason: body.reason });
        }
      } else {
        await repo.updateRecord(tx, record.id, record.version, { status: restored });
      }
      if (
        !(await repo.updateObjection(tx, id, body.version, {
          status: body.decision === 'uphold' ? 'upheld' : 'rejected',
          remedy: body.decision === 'uphold' ? (body.remedy ?? null) : null,
          decisionReason: body.reason,
          correctedRecordId,
          decidedBy: actor.userId,
          decidedAt: new Date(),
        }))
      ) {
        throw versionConflict();
      }
      await audit(tx, actor, {
        action: `credit_objection.${body.decision === 'uphold' ? 'upheld' : 'rejected'}`,
        targetType: 'credit_objection',
        targetId: id,
        organisationId: found.associationId,
        before: { status: 'open', recordStatus: 'objected' },
        after: {
          decision: body.decision,
          remedy: body.remedy ?? null,
          reason: body.reason,
          correctedRecordId,
          correction: body.correction ?? null,
        },
      });
      const association = await orgRepo.findOrganisation(tx, found.associationId);
      mails = await tell(
        tx,
        found.enterpriseId,
        ENTERPRISE_ROLES,
        'credit.objection_decided',
        { recordTitle: found.recordTitle, associationName: association?.name ?? '', decision: body.decision },
        `/console/credit/records/${correctedRecordId ?? found.recordId}`,
      );
      if (body.decision === 'uphold') {
        mails.push(...(await correctGrade(tx, actor, found.associationId, found.enterpriseId)));
      }
      const listed = (await repo.listObjections(tx, { ids: [id] })).rows[0] as repo.ObjectionRow;
      const attachments = await repo.attachmentsOfRecords(tx, [found.recordId]);
      return presentObjection(listed, attachments, todayInShanghai());
    });
    await mailer.send(mails);
    return result;
  }

  // ------------------------------------------------------------ repair

  async function applyRepair(actor: Actor, recordId: string, input: CreditRepairCreate) {
    let mails: Mail[] = [];
    const workingCalendar = await calendar.current();
    const result = await database.transaction(scopeOf(actor), async (tx) => {
      const { row } = await visibleRecord(tx, actor, recordId);
      if (!objectingEnterprises(actor).includes(row.enterpriseId)) throw new AppError('forbidden');
      if (row.polarity !== 'negative') throw AppError.validation('recordId', 'not_repairable');
      if (row.status !== 'confirmed' && row.status !== 'published') {
        throw new AppError('transition_not_allowed', [], { status: row.status, allowed: '—' });
      }
      const from = repairableFrom(row) as string;
      const today = todayInShanghai();
      if (today < from) throw new AppError('too_early', [], { date: from });
      // One application at a time: the record's row lock serialises two filed at once.
      await asSystem(tx, () => repo.findRecordForUpdate(tx, recordId));
      const open = await repo.listRepairs(tx, { recordIds: [recordId], status: 'open' });
      if (open.rows.length) throw new AppError('duplicate');
      const missing = CREDIT_REPAIR_DOCUMENTS.filter((kind) => !input.documents.some((d) => d.kind === kind));
      const { files, problems } = await decodeAttachments(input.documents, 'documents');
      const all = [
        ...missing.map((document) => ({
          field: 'documents',
          issue: 'document_missing' as const,
          params: { document },
        })),
        ...problems,
      ];
      if (all.length) throw new AppError('validation_failed', all);
      const procedure = await procedureOf(tx, row.associationId);
      const id = randomUUID();
      const dueOn = addWorkingDays(workingCalendar, today, procedure.repairDecisionWorkingDays).date;
      await repo.insertRepair(tx, {
        id,
        recordId,
        associationId: row.associationId,
        enterpriseId: row.enterpriseId,
        statement: input.statement.trim(),
        status: 'open',
        dueOn,
        createdBy: actor.userId,
      });
      await repo.insertAttachments(
        tx,
        files.map((f, i) => ({
          recordId,
          repairId: id,
          associationId: row.associationId,
          enterpriseId: row.enterpriseId,
          purpose: input.documents[i]?.kind ?? 'proof',
          filename: f.filename,
          mediaType: f.mediaType,
          sizeBytes: f.sizeBytes,
          content: f.content,
          uploadedBy: actor.userId,
        })),
      );
      await audit(tx, actor, {
        action: 'credit_repair.applied',
        targetType: 'credit_repair',
        targetId: id,
        organisationId: row.associationId,
        after: { recordId, dueOn, documents: input.documents.map((d) => d.kind) },
      });
      mails = await tell(
        tx,
        row.associationId,
        ASSOCIATION_ROLES,
        'credit.repair_filed',
        { enterpriseName: row.enterpriseName, recordTitle: row.title, dueOn },
        `/console/credit/repairs`,
      );
      const listed = (await repo.listRepairs(tx, { ids: [id] })).rows[0] as repo.RepairRow;
      return presentRepair(listed, await repo.attachmentsOfRecords(tx, [recordId]), today);
    });
    await mailer.send(mails);
    return result;
  }

  async function listRepairs(actor: Actor, query: CreditCaseListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const filter = caseScope(actor, query);
      const { rows, hasMore } = await repo.listRepairs(tx, filter === 'region' ? {} : filter, page);
      const attachments = await repo.attachmentsOfRecords(
        tx,
        rows.map((r) => r.recordId),
      );
      const today = todayInShanghai();
      return lookAheadResult(
        rows.map((r) => presentRepair(r, attachments, today)),
        page,
        hasMore,
      );
    });
  }

  async function decideRepair(actor: Actor, id: string, body: CreditRepairDecision) {
    let mails: Mail[] = [];
    const result = await database.transaction(scopeOf(actor), async (tx) => {
      const found = (await repo.listRepairs(tx, { ids: [id] })).rows[0];
      if (!found) throw notFound();
      if (!keptAssociations(actor).includes(found.associationId)) throw new AppError('forbidden');
      if (found.version !== body.version) throw versionConflict();
      if (found.status !== 'open') {
        throw new AppError('transition_not_allowed', [], { status: found.status, allowed: '—' });
      }
      const record = await repo.findRecordForUpdate(tx, found.recordId);
      if (!record) throw notFound();
      if (body.decision === 'approve') {
        if (record.status !== 'confirmed' && record.status !== 'published') {
          throw new AppError('transition_not_allowed', [], { status: record.status, allowed: '—' });
        }
        await repo.updateRecord(tx, record.id, record.version, { status: 'repaired', statusReason: body.reason });
      }
      if (
        !(await repo.updateRepair(tx, id, body.version, {
          status: body.decision === 'approve' ? 'approved' : 'rejected',
          decisionReason: body.reason,
          decidedBy: actor.userId,
          decidedAt: new Date(),
        }))
      ) {
        throw versionConflict();
      }
      await audit(tx, actor, {
        action: `credit_repair.${body.decision === 'approve' ? 'approved' : 'rejected'}`,
        targetType: 'credit_repair',
        targetId: id,
        organisationId: found.associationId,
        before: { status: 'open', recordStatus: record.status },
        after: { decision: body.decision, reason: body.reason },
      });
      const association = await orgRepo.findOrganisation(tx, found.associationId);
      mails = await tell(
        tx,
        found.enterpriseId,
        ENTERPRISE_ROLES,
        'credit.repair_decided',
        {
          recordTitle: found.recordTitle,
          associationName: association?.name ?? '',
          decision: body.decision === 'approve' ? 'approve' : 'reject_repair',
        },
        `/console/credit/records/${found.recordId}`,
      );
      if (body.decision === 'approve') {
        mails.push(...(await correctGrade(tx, actor, found.associationId, found.enterpriseId)));
      }
      const listed = (await repo.listRepairs(tx, { ids: [id] })).rows[0] as repo.RepairRow;
      return presentRepair(listed, await repo.attachmentsOfRecords(tx, [found.recordId]), todayInShanghai());
    });
    await mailer.send(mails);
    return result;
  }

  // ------------------------------------------------------------ models

  async function readableAssociation(tx: Tx, actor: Actor, associationId: string) {
    const association = await orgRepo.findOrganisation(tx, associationId);
    if (association?.kind !== 'industry_organisation') throw notFound();
    const mine = readableAssociations(actor).includes(associationId);
    const regulator = can(actor, 'credit.read') && actor.regionPrefix && inRegion(actor, association.regionCode);
    if (!mine && !regulator) throw new AppError('forbidden');
    return association;
  }

  async function listModels(actor: Actor, query: CreditModelListQuery) {
    return database.transaction(scopeOf(actor), async (tx) => {
      await readableAssociation(tx, actor, query.associationId);
      if (keptAssociations(actor).includes(query.associationId)) await models.activeModel(tx, query.associationId);
      return (await models.listModels(tx, query.associationId)).map(models.presentModel);
    });
  }

  async function createModel(actor: Actor, input: CreditModelCreate) {
    return database.transaction(scopeOf(actor), async (tx) => {
      await keptAssociation(tx, actor, input.associationId);
      const id = await models.createModel(tx, actor, input);
      return models.presentModel(
        (await models.findModel(tx, id)) as NonNullable<Awaited<ReturnType<typeof models.findModel>>>,
      );
    });
  }

  async function activateModel(actor: Actor, id: string, body: VersionBody) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = await models.findModel(tx, id);
      if (!row) throw notFound();
      await keptAssociation(tx, actor, row.ownerId);
      if (row.version !== body.version) throw versionConflict();
      if (row.status === 'retired' || row.status === 'draft' || row.status === 'active') {
        await models.activateModel(tx, actor, row);
      }
      return models.presentModel((await models.findModel(tx, id)) as typeof row);
    });
  }

  // ------------------------------------------------------------ evaluations

  async function startEvaluation(actor: Actor, input: CreditEvaluationCreate) {
    const asOf = input.asOf ?? todayInShanghai();
    const prepared = await database.transaction(scopeOf(actor), async (tx) => {
      await keptAssociation(tx, actor, input.associationId);
      const model = input.modelId
        ? await models.findModel(tx, input.modelId)
        : await models.activeModel(tx, input.associationId);
      if (!model || model.ownerId !== input.associationId) throw AppError.validation('modelId', 'one_of');
      if (input.kind === 'official' && model.status !== 'active') throw AppError.validation('modelId', 'one_of');
      return { modelId: model.id, definition: model.definition };
    });
    try {
      return await database.transaction(scopeOf(actor), async (tx) => {
        const runId = await evaluateInto(tx, actor, {
          associationId: input.associationId,
          modelId: prepared.modelId,
          definition: prepared.definition,
          kind: input.kind,
          asOf,
        });
        const run = (await findRun(tx, runId)) as RunRow;
        return presentRun(
          run,
          await comparisonOf(
            tx,
            run,
            prepared.definition.grades.map((g) => g.code),
          ),
        );
      });
    } catch (error) {
      // The run rolled back (published grades untouched); keep a record that it failed.
      await database.transaction(scopeOf(actor), (tx) =>
        recordFailedRun(tx, actor, {
          associationId: input.associationId,
          modelId: prepared.modelId,
          kind: input.kind,
          asOf,
          error: error instanceof Error ? error.message.slice(0, 500) : 'unknown',
        }),
      );
      throw error;
    }
  }

  async function listEvaluations(actor: Actor, query: CreditRunListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      let ids: string[] | null;
      if (query.associationId) {
        await readableAssociation(tx, actor, query.associationId);
        ids = [query.associationId];
      } else if (readableAssociations(actor).length) {
        ids = readableAssociations(actor);
      } else if (actor.regionPrefix && can(actor, 'credit.read')) {
        ids = null; // RLS limits the regulator to its region.
      } else {
        throw new AppError('forbidden');
      }
      const { rows, hasMore } = await listRuns(tx, ids, page);
      return lookAheadResult(
        rows.map((r) => presentRun(r, null)),
        page,
        hasMore,
      );
    });
  }

  async function visibleRun(tx: Tx, actor: Actor, id: string) {
    const run = await findRun(tx, id);
    if (!run) throw notFound();
    await readableAssociation(tx, actor, run.associationId);
    const definition = await modelDefinitionOf(tx, run.modelId);
    return { run, definition, codes: definition.grades.map((g) => g.code) };
  }

  async function getEvaluation(actor: Actor, id: string) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { run, codes } = await visibleRun(tx, actor, id);
      return presentRun(run, run.status === 'completed' ? await comparisonOf(tx, run, codes) : null);
    });
  }

  async function evaluationResults(actor: Actor, id: string, query: CreditResultListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const { run, codes } = await visibleRun(tx, actor, id);
      const { items, hasMore } = await listResults(tx, run, codes, query, page);
      return lookAheadResult(items, page, hasMore);
    });
  }

  /** Every result of a run (for the grade-list export). */
  async function allResults(actor: Actor, id: string) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { run, codes } = await visibleRun(tx, actor, id);
      const { items } = await listResults(tx, run, codes, {}, { page: 1, pageSize: 1_000_000 });
      await audit(tx, actor, {
        action: 'credit_evaluation.exported',
        targetType: 'credit_run',
        targetId: id,
        organisationId: run.associationId,
      });
      return { run: presentRun(run, null), items };
    });
  }

  async function publishEvaluation(actor: Actor, id: string) {
    let mails: Mail[] = [];
    const result = await database.transaction(scopeOf(actor), async (tx) => {
      const run = await findRun(tx, id);
      if (!run) throw notFound();
      await keptAssociation(tx, actor, run.associationId);
      if (run.kind !== 'official' || run.status !== 'completed') {
        throw new AppError('transition_not_allowed', [], { status: `${run.kind}/${run.status}`, allowed: '—' });
      }
      // Only the newest official run may be published: an older one would roll grades back.
      const newer = await queryRows<{ id: string }>(
        tx,
        sql`SELECT id FROM credit_run WHERE association_id = ${run.associationId}::uuid AND kind = 'official'
            AND status IN ('published', 'superseded') AND created_at > ${run.createdAt.toISOString()}::timestamptz LIMIT 1`,
      );
      if (newer.length) throw new AppError('transition_not_allowed', [], { status: 'outdated', allowed: '—' });
      const definition = await modelDefinitionOf(tx, run.modelId);
      const issued = await publishRun(
        tx,
        actor,
        run,
        definition.grades.map((g) => g.code),
      );
      mails = await tellWarnings(tx, issued);
      return presentRun((await findRun(tx, id)) as RunRow, null);
    });
    await mailer.send(mails);
    return result;
  }

  // ------------------------------------------------------------ an enterprise's archive

  async function archive(actor: Actor, enterpriseId: string, query: CreditArchiveQuery): Promise<CreditArchiveDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const enterprise = await orgRepo.findOrganisation(tx, enterpriseId);
      if (enterprise?.kind !== 'enterprise') throw notFound();
      const own = ownEnterprises(actor).includes(enterpriseId);
      const associations = readableAssociations(actor);
      let associationIds: string[] | null = null;
      if (!own) {
        if (associations.length) {
          const memberOf = await asSystem(tx, () => repo.activeAssociationsOf(tx, enterpriseId));
          associationIds = associations.filter((a) => memberOf.includes(a));
          if (!associationIds.length) throw notFound();
        } else if (!(can(actor, 'credit.read') && actor.regionPrefix && inRegion(actor, enterprise.regionCode))) {
          throw notFound();
        }
      }
      if (query.associationId) {
        if (associationIds && !associationIds.includes(query.associationId)) throw notFound();
        associationIds = [query.associationId];
      }
      const keep = (a: string) => !associationIds || associationIds.includes(a);
      const today = todayInShanghai();
      const records = (await repo.allRecordsOf(tx, enterpriseId, associationIds)).filter(
        (r) =>
          r.status !== 'draft' ||
          keptAssociations(actor).includes(r.associationId) ||
          associations.includes(r.associationId),
      );
      const procedures = new Map<string, CreditProcedure>();
      for (const r of records) {
        if (!procedures.has(r.associationId)) procedures.set(r.associationId, await procedureOf(tx, r.associationId));
      }
      const grades = [];
      // Runs are the association's; the access check above decides what this person may see of them.
      for (const g of (await asSystem(tx, () => gradesOf(tx, enterpriseId))).filter((g) =>
        keep(g.grade.associationId),
      )) {
        const definition = await modelDefinitionOf(tx, g.run.modelId);
        const band = definition.grades.find((b) => b.code === g.grade.grade);
        const modelVersion = (await models.findModel(tx, g.run.modelId))?.version ?? 0;
        grades.push({
          associationId: g.grade.associationId,
          associationName: g.associationName,
          runId: g.grade.runId,
          modelVersion,
          asOf: g.grade.asOf,
          score: g.grade.score,
          grade: g.grade.grade,
          gradeLabel: band?.label ?? { 'zh-CN': g.grade.grade, 'en-US': g.grade.grade },
          gradeBeforeVeto: g.result.gradeBeforeVeto,
          publishedAt: g.grade.publishedAt.toISOString(),
          contributions: await explain(tx, definition, g.result),
        });
      }
      const history = (await asSystem(tx, () => historyOf(tx, enterpriseId)))
        .filter((h) => keep(h.associationId))
        .map((h) => ({ ...h, publishedAt: (h.publishedAt as Date).toISOString() }));
      const caseFilter = { enterpriseIds: [enterpriseId], ...(associationIds ? { associationIds } : {}) };
      const objections = await repo.listObjections(tx, caseFilter);
      const repairs = await repo.listRepairs(tx, caseFilter);
      const attachments = await repo.attachmentsOfRecords(
        tx,
        records.map((r) => r.id),
      );
      const warned = await warnings.listWarnings(
        tx,
        { enterpriseIds: [enterpriseId], ...(associationIds ? { associationIds } : {}) },
        { page: 1, pageSize: 100 },
      );
      const measures = await archiveExtras.measures(tx, enterpriseId, associationIds);
      const commitments = await archiveExtras.commitments(tx, enterpriseId, associationIds);
      await audit(tx, actor, {
        action: 'credit_archive.read',
        targetType: 'organisation',
        targetId: enterpriseId,
        organisationId: enterpriseId,
      });
      return {
        enterprise: { id: enterprise.id, name: enterprise.name, creditCode: enterprise.creditCode },
        grades,
        history,
        records: records.map((r) =>
          presentRecord(r, actor, {
            keeper: keptAssociations(actor).includes(r.associationId),
            procedure: procedures.get(r.associationId) as CreditProcedure,
            today,
          }),
        ),
        objections: objections.rows.map((o) => presentObjection(o, attachments, today)),
        repairs: repairs.rows.map((r) => presentRepair(r, attachments, today)),
        warnings: warned.rows
          .filter((w) => w.enterpriseId === enterpriseId && keep(w.associationId))
          .map(warnings.presentWarning),
        measures,
        commitments,
      };
    });
  }

  // ------------------------------------------------------------ regulator overview

  async function stats(actor: Actor): Promise<CreditStatsDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const associations = readableAssociations(actor);
      if (!associations.length && !(actor.regionPrefix && can(actor, 'credit.read'))) throw new AppError('forbidden');
      const filter = associations.length
        ? sql`o.id = ANY(${pgArray(associations, 'uuid')})`
        : sql`o.region_code LIKE ${`${actor.regionPrefix}%`}`;
      const rows = await queryRows<{
        id: string;
        name: string;
        as_of: string | null;
        published_at: Date | string | null;
        distribution: Record<string, number> | null;
        open_warnings: number;
      }>(
        tx,
        sql`
        SELECT o.id, o.name, r.as_of, r.published_at, r.distribution,
               (SELECT count(*)::int FROM credit_warning w WHERE w.association_id = o.id AND w.status <> 'lifted') AS open_warnings
        FROM organisation o
        LEFT JOIN LATERAL (
          SELECT cr.as_of::text AS as_of, cr.published_at, cr.distribution FROM credit_run cr
          WHERE cr.association_id = o.id AND cr.kind = 'official' AND cr.status = 'published'
          ORDER BY cr.published_at DESC LIMIT 1) r ON true
        WHERE o.kind = 'industry_organisation' AND ${filter}
        ORDER BY o.name`,
      );
      return {
        associations: rows.map((r) => ({
          associationId: r.id,
          associationName: r.name,
          asOf: r.as_of,
          publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
          distribution: r.distribution ?? {},
          openWarnings: Number(r.open_warnings),
        })),
      };
    });
  }

  // ------------------------------------------------------------ warnings

  async function listWarnings(actor: Actor, query: CreditWarningListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const associations = readableAssociations(actor);
      const enterprises = ownEnterprises(actor);
      const filter: warnings.WarningFilter = { ...(query.status ? { status: query.status } : {}) };
      if (associations.length) filter.associationIds = associations;
      else if (enterprises.length) filter.enterpriseIds = enterprises;
      else if (actor.regionPrefix && can(actor, 'credit.read')) filter.regionPrefix = actor.regionPrefix;
      else throw new AppError('forbidden');
      if (query.associationId) {
        if (filter.associationIds && !filter.associationIds.includes(query.associationId)) throw notFound();
        filter.associationIds = [query.associationId];
      }
      if (query.enterpriseId) {
        if (filter.enterpriseIds && !filter.enterpriseIds.includes(query.enterpriseId)) throw notFound();
        filter.enterpriseIds = [query.enterpriseId];
      }
      const { rows, hasMore } = await warnings.listWarnings(tx, filter, page);
      return lookAheadResult(rows.map(warnings.presentWarning), page, hasMore);
    });
  }

  async function actOnWarning(actor: Actor, id: string, body: CreditWarningActionBody) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = (await warnings.findWarnings(tx, [id]))[0];
      if (!row) throw notFound();
      if (!keptAssociations(actor).includes(row.associationId)) throw new AppError('forbidden');
      if (row.version !== body.version) throw versionConflict();
      const allowed = row.status === 'issued' ? ['publish', 'lift'] : row.status === 'published' ? ['lift'] : [];
      if (!allowed.includes(body.action)) {
        throw new AppError('transition_not_allowed', [], { status: row.status, allowed: allowed.join(', ') || '—' });
      }
      if (body.action === 'lift' && !body.reason) throw AppError.validation('reason', 'required');
      const changes =
        body.action === 'publish'
          ? { status: 'published' as const, publishedAt: new Date() }
          : { status: 'lifted' as const, liftedAt: new Date(), liftReason: body.reason ?? null };
      if (!(await warnings.updateWarning(tx, id, body.version, changes))) throw versionConflict();
      await audit(tx, actor, {
        action: `credit_warning.${changes.status}`,
        targetType: 'credit_warning',
        targetId: id,
        organisationId: row.associationId,
        before: { status: row.status },
        after: { status: changes.status, ...(body.reason ? { reason: body.reason } : {}) },
      });
      return warnings.presentWarning((await warnings.findWarnings(tx, [id]))[0] as warnings.WarningRow);
    });
  }

  return {
    listRecords,
    createRecord,
    getRecord,
    actOnRecord,
    attachment,
    fileObjection,
    listObjections,
    decideObjection,
    applyRepair,
    listRepairs,
    decideRepair,
    listModels,
    createModel,
    activateModel,
    startEvaluation,
    listEvaluations,
    getEvaluation,
    evaluationResults,
    allResults,
    publishEvaluation,
    archive,
    stats,
    listWarnings,
    actOnWarning,
    withdrawSource,
    announceWarnings,
  };
}

export type CreditService = ReturnType<typeof creditService>;
