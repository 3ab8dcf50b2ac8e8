import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  type ComplaintActionBody,
  type ComplaintIntake,
  type ComplaintListQuery,
  type ComplaintRateBody,
  type ComplaintStatsQuery,
  type ComplaintTrackBody,
  type IntakeReceiptDto,
  type NotificationKind,
  PHONE_PATTERN,
  type ReferralCreate,
  type ReferralFeedback,
  type ReferralListQuery,
  type TimeLimitCreate,
  validateIdNumber,
} from '@gongzhi/contracts';
import { asSystem, SYSTEM_SCOPE, type Tx } from '../../db/client.js';
import { type Actor, can, inRegion, orgIdsOfKind, scopeOf } from '../../kernel/actor.js';
import { AppError, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit, diff } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { lookAheadResult, pageOf } from '../../kernel/pagination.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { addCalendarDays, addWorkingDays, type WorkingCalendar } from '../calendar/working-days.js';
import { recordCreditInformation } from '../credit/credit.intake.js';
import type { Mail, Mailer } from '../notification/mailer.js';
import { notify } from '../notification/notification.service.js';
import * as orgRepo from '../organisation/organisation.repository.js';
import { decodeAttachments } from './attachments.js';
import { statsWorkbook } from './complaint.export.js';
import { type CaseAccessFacts, canRefer, canRevealContact, canView, sidesOf } from './complaint.policy.js';
import {
  presentDetail,
  presentEvent,
  presentPublic,
  presentReferral,
  presentSummary,
  presentTimeLimit,
} from './complaint.presenter.js';
import * as repo from './complaint.repository.js';
import { complaintStats, memberPublicStats } from './complaint.stats.js';
import {
  allowedActions,
  applyStep,
  type CaseClock,
  type CaseSide,
  deadlineFields,
  dueStateOf,
  openCase,
  STEPS,
  stepProblems,
  TERMINAL_STATUSES,
} from './complaint.workflow.js';

/** The same phone, respondent and facts within this window is one submission, not two. */
const DUPLICATE_WINDOW_MS = 10 * 60_000;
const PHONE = new RegExp(PHONE_PATTERN);
const TIME_LIMIT_CACHE_MS = 60_000;
const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const ENTERPRISE_ROLES = ['enterprise_admin', 'chief_quality_officer'] as const;
const ASSOCIATION_HANDLERS = ['association_admin', 'association_staff'] as const;
const REGULATOR_ROLES = ['regulator_admin', 'regulator_staff'] as const;

export function normalisePhone(phone: string): string {
  return phone.replace(/[\s-]/g, '');
}

function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * TS + receipt date + 8 unambiguous characters (32^8 a day: a collision is not a practical concern):
 * not guessable, and read out over a phone without confusion.
 */
export function newTrackingNo(receivedOn: string): string {
  let suffix = '';
  for (let i = 0; i < 8; i++) suffix += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return `TS${receivedOn.replaceAll('-', '')}${suffix}`;
}

function samePhone(stored: string, given: string): boolean {
  const a = Buffer.from(normalisePhone(stored));
  const b = Buffer.from(normalisePhone(given));
  return a.length === b.length && timingSafeEqual(a, b);
}

function hourWindow(now: Date): { label: string; expiresAt: Date } {
  const start = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  return { label: start.toISOString().slice(0, 13), expiresAt: new Date(start.getTime() + 3_600_000) };
}

function clockOf(row: repo.ComplaintRow): CaseClock {
  return {
    status: row.status,
    receivedOn: row.receivedOn,
    acceptedOn: row.acceptedOn,
    forwardedOn: row.forwardedOn,
    mediationStartedOn: row.mediationStartedOn,
    pausedSince: row.pausedSince,
    pausedWorkingDays: row.pausedWorkingDays,
    closedOn: row.closedOn,
    acceptanceDue: row.acceptanceDue,
    responseDue: row.responseDue,
    mediationDue: row.mediationDue,
    dueOn: row.dueOn,
    dueKind: row.dueKind,
    dueProvisional: row.dueProvisional,
    late: row.late,
    outcome: row.outcome,
  };
}

export function complaintService(ctx: AppContext, calendar: CalendarService, mailer: Mailer) {
  const { database, config } = ctx;
  /** The time limits new cases open under: read at most once a minute per process (a new version is rare). */
  let cachedLimit: { row: repo.TimeLimitRow; at: number } | null = null;

  async function currentLimit(tx: Tx): Promise<repo.TimeLimitRow> {
    if (cachedLimit && Date.now() - cachedLimit.at < TIME_LIMIT_CACHE_MS) return cachedLimit.row;
    const row = await repo.currentTimeLimit(tx);
    cachedLimit = { row, at: Date.now() };
    return row;
  }

  async function tell(
    tx: Tx,
    organisationId: string,
    roles: readonly string[],
    kind: NotificationKind,
    c: { id: string; trackingNo: string; dueOn: string | null; dueKind: string | null },
  ): Promise<Mail[]> {
    // Notices go to other people's inboxes: written as the system, in this transaction.
    return asSystem(tx, async () =>
      notify(
        tx,
        await repo.usersWithRoles(tx, organisationId, roles),
        {
          kind,
          params: { trackingNo: c.trackingNo, dueOn: c.dueOn ?? '', dueKind: c.dueKind ?? '' },
          link: `/console/complaints/${c.id}`,
        },
        { publicUrl: config.publicUrl },
      ),
    );
  }

  /** Counts one hit per key; 429 when any key is over its limit this hour. */
  async function rateLimit(tx: Tx, limits: { key: string; max: number }[]): Promise<void> {
    const window = hourWindow(new Date());
    const keyed = limits.map((l) => ({ ...l, key: `${l.key}:${window.label}` }));
    const hits = await asSystem(tx, () =>
      repo.hitRateLimits(
        tx,
        keyed.map((k) => k.key),
        window.expiresAt,
      ),
    );
    if (keyed.some((k) => (hits.get(k.key) ?? 0) > k.max)) throw new AppError('rate_limited');
  }

  // ---------------------------------------------------------------- public intake

  function intakeProblems(input: ComplaintIntake, today: string) {
    const problems: { field: string; issue: import('@gongzhi/contracts').FieldIssue }[] = [];
    if (!PHONE.test(input.complainantPhone)) problems.push({ field: 'complainantPhone', issue: 'phone' });
    if (input.kind === 'complaint' && !input.request?.trim())
      problems.push({ field: 'request', issue: 'request_required' });
    if (!input.enterpriseId && !input.respondentName?.trim()) {
      problems.push({ field: 'respondentName', issue: 'respondent_required' });
    }
    if (!input.enterpriseId && !input.associationId)
      problems.push({ field: 'associationId', issue: 'association_required' });
    if (input.complainantIdNumber && !validateIdNumber(input.complainantIdNumber).ok) {
      problems.push({ field: 'complainantIdNumber', issue: 'id_number' });
    }
    if (input.harmKnownOn && input.harmKnownOn > today) problems.push({ field: 'harmKnownOn', issue: 'future_date' });
    return problems;
  }

  async function intake(
    actor: Actor,
    input: ComplaintIntake,
  ): Promise<{ receipt: IntakeReceiptDto; created: boolean }> {
    const today = todayInShanghai();
    const problems = intakeProblems(input, today);
    const { files, problems: fileProblems } = await decodeAttachments(input.attachments ?? []);
    if (problems.length || fileProblems.length) throw new AppError('validation_failed', [...problems, ...fileProblems]);
    const phone = normalisePhone(input.complainantPhone);
    const fingerprint = createHash('sha256')
      .update(
        [phone, input.enterpriseId ?? normaliseText(input.respondentName ?? ''), normaliseText(input.facts)].join(
          '\u0000',
        ),
      )
      .digest('hex');
    const workingCalendar = await calendar.current();
    return database.transaction(SYSTEM_SCOPE, async (tx) => {
      const { associationId, associationName, respondentName } = await resolveParties(tx, input);
      await repo.lockFingerprint(tx, fingerprint);
      const earlier = await repo.recentByFingerprint(tx, fingerprint, new Date(Date.now() - DUPLICATE_WINDOW_MS));
      if (earlier) return { receipt: receiptOf(earlier, true), created: false };
      const limits = await currentLimit(tx);
      const clock = openCase(
        { kind: input.kind, receivedOn: today, harmKnownOn: input.harmKnownOn ?? null },
        limits,
        workingCalendar,
      );
      const id = randomUUID();
      const trackingNo = newTrackingNo(today);
      await repo.insertComplaint(tx, {
        id,
        trackingNo,
        kind: input.kind,
        associationId,
        enterpriseId: input.enterpriseId ?? null,
        respondentName,
        respondentAddress: input.respondentAddress?.trim() || null,
        complainantName: input.complainantName.trim(),
        complainantPhone: phone,
        complainantAddress: input.complainantAddress.trim(),
        complainantIdNumber: input.complainantIdNumber ? validateIdNumber(input.complainantIdNumber).value : null,
        category: input.category,
        productName: input.productName?.trim() || null,
        facts: input.facts.trim(),
        request: input.request?.trim() || null,
        harmKnownOn: input.harmKnownOn ?? null,
        consentShareContact: input.consentShareContact,
        timeLimitId: limits.id,
        fingerprint,
        ...clock,
        refusalGround: clock.status === 'refused' ? 'time_barred' : null,
      });
      await repo.insertEvent(tx, {
        complaintId: id,
        actorSide: 'consumer',
        action: 'received',
        toStatus: 'received',
        note: null,
        data: { attachments: files.length },
      });
      if (clock.status === 'refused') {
        await repo.insertEvent(tx, {
          complaintId: id,
          actorSide: 'system',
          action: 'refuse',
          fromStatus: 'received',
          toStatus: 'refused',
          note: null,
          data: { refusalGround: 'time_barred', harmKnownOn: input.harmKnownOn ?? null },
        });
      }
      await repo.insertAttachments(
        tx,
        files.map((f) => ({ ...f, complaintId: id, uploadedBySide: 'consumer' as const })),
      );
      // No personal data in the audit trail: the case holds it, masked wherever it is shown.
      await audit(tx, actor, {
        action: 'complaint.received',
        targetType: 'complaint',
        targetId: id,
        organisationId: associationId,
        after: {
          trackingNo,
          kind: input.kind,
          category: input.category,
          enterpriseId: input.enterpriseId ?? null,
          status: clock.status,
          dueOn: clock.dueOn,
          attachments: files.length,
          associationName,
        },
      });
      // Counted last, so the counter rows are locked only for the end of the transaction (one client
      // IP sending many is not serialised over the whole intake); over the limit, all of it rolls back.
      await rateLimit(tx, [
        { key: `intake-ip:${actor.ip ?? 'unknown'}`, max: config.intakePerIpPerHour },
        { key: `intake-phone:${phone}`, max: config.intakePerPhonePerHour },
      ]);
      return {
        receipt: {
          trackingNo,
          status: clock.status,
          receivedOn: today,
          dueOn: clock.dueOn,
          dueKind: clock.dueKind,
          dueProvisional: clock.dueProvisional,
          duplicate: false,
        },
        created: true,
      };
    });
  }

  function receiptOf(row: repo.ComplaintRow, duplicate: boolean): IntakeReceiptDto {
    return {
      trackingNo: row.trackingNo,
      status: row.status,
      receivedOn: row.receivedOn,
      dueOn: row.dueOn,
      dueKind: row.dueKind,
      dueProvisional: row.dueProvisional,
      duplicate,
    };
  }

  /** The handling association and the respondent's name: from the member's membership, or as given. */
  async function resolveParties(tx: Tx, input: ComplaintIntake) {
    if (input.enterpriseId) {
      const enterprise = await repo.organisationWithAssociations(tx, input.enterpriseId);
      if (enterprise?.kind !== 'enterprise') throw AppError.validation('enterpriseId', 'not_an_enterprise');
      const associations = enterprise.associations;
      const chosen = input.associationId
        ? associations.find((a) => a.id === input.associationId)
        : associations.length === 1
          ? associations[0]
          : undefined;
      if (!chosen) {
        throw AppError.validation(
          input.associationId || associations.length === 0 ? 'enterpriseId' : 'associationId',
          input.associationId || associations.length === 0 ? 'not_a_member' : 'association_required',
        );
      }
      return { associationId: chosen.id, associationName: chosen.name, respondentName: enterprise.name };
    }
    const association = await orgRepo.findOrganisation(tx, input.associationId as string);
    if (association?.kind !== 'industry_organisation' || association.status !== 'active') {
      throw AppError.validation('associationId', 'not_an_association');
    }
    return {
      associationId: association.id,
      associationName: association.name,
      respondentName: (input.respondentName ?? '').trim(),
    };
  }

  // ---------------------------------------------------------------- public tracking and rating

  /** The case for this tracking number and phone; wrong phone and unknown number are the same 404. */
  async function verifiedCase(tx: Tx, actor: Actor, trackingNo: string, phone: string) {
    await rateLimit(tx, [{ key: `track-ip:${actor.ip ?? 'unknown'}`, max: config.trackPerIpPerHour }]);
    const row = await repo.findByTrackingNo(tx, trackingNo.trim().toUpperCase());
    if (!row || !samePhone(row.complainantPhone, phone)) throw notFound();
    return row;
  }

  async function publicView(tx: Tx, row: repo.ComplaintRow) {
    const [events, associationName] = await Promise.all([
      repo.eventsOf(tx, row.id, true),
      repo.organisationName(tx, row.associationId),
    ]);
    return presentPublic(row, {
      associationName: associationName ?? '',
      timeline: events.map((e) => presentEvent(e, false)),
      canRate: TERMINAL_STATUSES.includes(row.status) && row.rating === null,
    });
  }

  async function track(actor: Actor, input: ComplaintTrackBody) {
    return database.transaction(SYSTEM_SCOPE, async (tx) => {
      const row = await verifiedCase(tx, actor, input.trackingNo, input.phone);
      return publicView(tx, row);
    });
  }

  async function rate(actor: Actor, input: ComplaintRateBody) {
    return database.transaction(SYSTEM_SCOPE, async (tx) => {
      const row = await verifiedCase(tx, actor, input.trackingNo, input.phone);
      if (!TERMINAL_STATUSES.includes(row.status) || row.rating !== null) {
        throw new AppError('transition_not_allowed', [], { status: row.status, allowed: '—' });
      }
      const changes = { rating: input.rating, ratingComment: input.comment?.trim() || null, ratedAt: new Date() };
      if (!(await repo.updateComplaint(tx, row.id, row.version, changes))) throw versionConflict();
      await repo.insertEvent(tx, {
        complaintId: row.id,
        actorSide: 'consumer',
        action: 'rated',
        note: null,
        data: { rating: input.rating },
      });
      await audit(tx, actor, {
        action: 'complaint.rated',
        targetType: 'complaint',
        targetId: row.id,
        organisationId: row.associationId,
        after: { rating: input.rating },
      });
      const after = await repo.findComplaint(tx, row.id);
      if (!after) throw notFound();
      return publicView(tx, after);
    });
  }

  // ---------------------------------------------------------------- staff and enterprise

  async function accessFacts(tx: Tx, row: repo.ComplaintRow): Promise<CaseAccessFacts & { associationName: string }> {
    const association = await asSystem(tx, () => orgRepo.findOrganisation(tx, row.associationId));
    return {
      associationId: row.associationId,
      associationName: association?.name ?? '',
      associationRegionCode: association?.regionCode ?? '',
      enterpriseId: row.enterpriseId,
      forwardedOn: row.forwardedOn,
      regulatorId: row.regulatorId,
      consentShareContact: row.consentShareContact,
    };
  }

  /** The case if the actor may see it (404 otherwise: existence is not revealed), with the actor's sides. */
  async function visibleCase(tx: Tx, actor: Actor, id: string) {
    const row = await repo.findComplaint(tx, id);
    if (!row) throw notFound();
    const facts = await accessFacts(tx, row);
    if (!canView(actor, facts)) throw notFound();
    return { row, facts, sides: sidesOf(actor, facts) };
  }

  async function detailOf(
    tx: Tx,
    row: repo.ComplaintRow,
    facts: CaseAccessFacts & { associationName: string },
    sides: CaseSide[],
    actor: Actor,
    workingCalendar: WorkingCalendar,
  ) {
    const [events, attachments, referrals, limits] = await Promise.all([
      repo.eventsOf(tx, row.id, false),
      repo.attachmentsOf(tx, row.id),
      repo.referralsOf(tx, row.id),
      repo.timeLimitsById(tx, [row.timeLimitId]),
    ]);
    const timeLimit = limits.get(row.timeLimitId);
    if (!timeLimit) throw new AppError('internal');
    return presentDetail(row, {
      associationName: facts.associationName,
      timeLimit,
      dueState: dueStateOf(row.dueOn, todayInShanghai(), timeLimit.dueSoonDays, workingCalendar),
      timeline: events.map((e) => presentEvent(e, true)),
      attachments: attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
      referrals: referrals.map(presentReferral),
      allowedActions: allowedActions(row, sides),
      abilities: { revealContact: canRevealContact(actor, facts, sides), refer: canRefer(sides) },
    });
  }

  async function detail(actor: Actor, id: string) {
    const workingCalendar = await calendar.current();
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row, facts, sides } = await visibleCase(tx, actor, id);
      return detailOf(tx, row, facts, sides, actor, workingCalendar);
    });
  }

  async function list(actor: Actor, query: ComplaintListQuery) {
    const page = pageOf(query);
    const today = todayInShanghai();
    const workingCalendar = await calendar.current();
    return database.transaction(scopeOf(actor), async (tx) => {
      const limits = await currentLimit(tx);
      const scope = await queueScope(tx, actor, query);
      const filter: repo.QueueFilter = {
        status: query.status,
        kind: query.kind,
        due: query.due,
        trackingNo: query.trackingNo?.trim().toUpperCase(),
      };
      if (query.due === 'overdue') filter.dueBy = addCalendarDays(today, -1);
      if (query.due === 'due_soon') {
        filter.dueAfter = addCalendarDays(today, -1);
        filter.dueBy = addWorkingDays(workingCalendar, today, limits.dueSoonDays).date;
      }
      const { rows, hasMore } = await repo.listQueue(tx, scope, filter, page);
      const items = rows.map((r) => presentSummary(r, dueStateOf(r.dueOn, today, limits.dueSoonDays, workingCalendar)));
      return lookAheadResult(items, page, hasMore);
    });
  }

  /** What the queue shows this person; a named association or enterprise must be theirs (or in their region). */
  async function queueScope(
    tx: Tx,
    actor: Actor,
    query: Pick<ComplaintListQuery, 'associationId' | 'enterpriseId'>,
  ): Promise<repo.QueueScope> {
    const associationIds = orgIdsOfKind(actor, 'industry_organisation');
    const enterpriseIds = orgIdsOfKind(actor, 'enterprise');
    const regulatorIds = orgIdsOfKind(actor, 'regulator');
    if (query.associationId) {
      if (!associationIds.includes(query.associationId)) {
        const association = await orgRepo.findOrganisation(tx, query.associationId);
        if (association?.kind !== 'industry_organisation' || !inRegion(actor, association.regionCode)) throw notFound();
      }
      return { associationIds: [query.associationId], enterpriseIds: [], regulatorIds: [], region: '' };
    }
    if (query.enterpriseId) {
      if (!enterpriseIds.includes(query.enterpriseId)) throw notFound();
      return { associationIds: [], enterpriseIds: [query.enterpriseId], regulatorIds: [], region: '' };
    }
    return { associationIds, enterpriseIds, regulatorIds, region: actor.regionPrefix };
  }

  async function act(actor: Actor, id: string, body: ComplaintActionBody) {
    const workingCalendar = await calendar.current();
    const today = todayInShanghai();
    let mails: Mail[] = [];
    const result = await database.transaction(scopeOf(actor), async (tx) => {
      const { row, facts, sides } = await visibleCase(tx, actor, id);
      const step = STEPS[body.action];
      if (!step.by.some((s) => sides.includes(s))) throw new AppError('forbidden');
      const allowed = allowedActions(row, sides);
      if (!allowed.includes(body.action)) {
        throw new AppError('transition_not_allowed', [], { status: row.status, allowed: allowed.join(', ') || '—' });
      }
      if (row.version !== body.version) throw versionConflict();
      const problems = stepProblems(row, body);
      if (problems.length) throw new AppError('validation_failed', problems);
      if (body.action === 'transfer') {
        const regulator = await asSystem(tx, () => orgRepo.findOrganisation(tx, body.regulatorId as string));
        if (regulator?.kind !== 'regulator') throw AppError.validation('regulatorId', 'not_a_regulator');
      }
      const limits = (await repo.timeLimitsById(tx, [row.timeLimitId])).get(row.timeLimitId);
      if (!limits) throw new AppError('internal');
      const next = applyStep(clockOf(row), body.action, today, limits, workingCalendar);
      const changes: repo.ComplaintChanges = { ...next };
      switch (body.action) {
        case 'refuse':
          changes.refusalGround = body.refusalGround ?? null;
          changes.resolution = body.resolution?.trim() ?? null;
          break;
        case 'answer':
        case 'record_agreement':
          changes.resolution = body.resolution?.trim() ?? null;
          changes.justified = body.justified ?? null;
          break;
        case 'enterprise_respond':
          changes.enterpriseResponse = body.response?.trim() ?? null;
          break;
        case 'start_mediation':
          changes.consumerConsent = true;
          changes.enterpriseConsent = true;
          break;
        case 'terminate':
          changes.terminationGround = body.terminationGround ?? null;
          changes.justified = body.justified ?? null;
          if (body.resolution) changes.resolution = body.resolution.trim();
          break;
        case 'transfer':
          changes.regulatorId = body.regulatorId ?? null;
          break;
        default:
          break;
      }
      if (!(await repo.updateComplaint(tx, row.id, row.version, changes))) throw versionConflict();
      const side = step.by.find((s) => sides.includes(s)) as CaseSide;
      await repo.insertEvent(tx, {
        complaintId: row.id,
        actorUserId: actor.userId,
        actorSide: side,
        action: body.action,
        fromStatus: step.to ? row.status : null,
        toStatus: step.to,
        note: body.note?.trim() || null,
        data: {
          ...(body.refusalGround ? { refusalGround: body.refusalGround } : {}),
          ...(body.terminationGround ? { terminationGround: body.terminationGround } : {}),
          ...(body.justified !== undefined ? { justified: body.justified } : {}),
          ...(next.dueOn ? { dueOn: next.dueOn, dueKind: next.dueKind } : {}),
        },
        // Internal comments stay internal; every step of the case is shown to the consumer.
        public: body.action !== 'comment',
      });
      const notice = { id: row.id, trackingNo: row.trackingNo, dueOn: next.dueOn, dueKind: next.dueKind };
      if (body.action === 'forward' && row.enterpriseId) {
        mails = await tell(tx, row.enterpriseId, ENTERPRISE_ROLES, 'complaint.forwarded', notice);
      }
      if (body.action === 'enterprise_respond') {
        mails = await tell(tx, row.associationId, ASSOCIATION_HANDLERS, 'complaint.responded', notice);
      }
      if (body.action === 'terminate') {
        // Both parties are told at once (the rule allows 7 working days): the consumer on the
        // tracking page, the enterprise in-app and by e-mail.
        if (row.enterpriseId && row.forwardedOn) {
          mails = await tell(tx, row.enterpriseId, ENTERPRISE_ROLES, 'complaint.terminated', notice);
        }
        await repo.insertEvent(tx, {
          complaintId: row.id,
          actorSide: 'system',
          action: 'parties_notified',
          note: null,
          data: { terminationGround: body.terminationGround ?? null },
        });
      }
      if (body.action === 'transfer' && body.regulatorId) {
        await repo.insertReferral(tx, {
          complaintId: row.id,
          associationId: row.associationId,
          regulatorId: body.regulatorId,
          kind: 'outside_power',
          reason: body.note?.trim() ?? '',
        });
        mails = await tell(tx, body.regulatorId, REGULATOR_ROLES, 'complaint.transferred', notice);
      }
      if (
        (body.action === 'record_agreement' || body.action === 'terminate') &&
        body.justified === true &&
        row.kind === 'complaint' &&
        row.enterpriseId
      ) {
        // A complaint found justified against a member goes to the association's credit archive,
        // as a draft the association reviews before it counts (R-CREDIT-1).
        await recordCreditInformation(tx, actor, {
          associationId: row.associationId,
          enterpriseId: row.enterpriseId,
          recordType: 'justified_complaint',
          severity: 'general',
          title: `经查实的消费投诉 ${row.trackingNo}`,
          description: row.productName ? `${row.productName}` : '',
          occurredOn: today,
          sourceOrganisationId: row.associationId,
          sourceName: facts.associationName,
          sourceRef: `complaint:${row.trackingNo}`,
        });
      }
      const after = await repo.findComplaint(tx, row.id);
      if (!after) throw notFound();
      const summary = (r: repo.ComplaintRow) => ({
        status: r.status,
        outcome: r.outcome,
        dueOn: r.dueOn,
        dueKind: r.dueKind,
        late: r.late,
        refusalGround: r.refusalGround,
        terminationGround: r.terminationGround,
        justified: r.justified,
        regulatorId: r.regulatorId,
      });
      await audit(tx, actor, {
        action: `complaint.${body.action}`,
        targetType: 'complaint',
        targetId: row.id,
        organisationId: row.associationId,
        ...diff(summary(row), summary(after)),
      });
      const afterFacts = { ...facts, forwardedOn: after.forwardedOn, regulatorId: after.regulatorId };
      return detailOf(tx, after, afterFacts, sidesOf(actor, afterFacts), actor, workingCalendar);
    });
    await mailer.send(mails);
    return result;
  }

  async function revealContact(actor: Actor, id: string) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row, facts, sides } = await visibleCase(tx, actor, id);
      if (!canRevealContact(actor, facts, sides)) throw new AppError('forbidden');
      await audit(tx, actor, {
        action: 'complaint.contact_revealed',
        targetType: 'complaint',
        targetId: row.id,
        organisationId: row.associationId,
        after: { trackingNo: row.trackingNo, side: sides[0] ?? null },
      });
      return {
        name: row.complainantName,
        phone: row.complainantPhone,
        address: row.complainantAddress,
        idNumber: row.complainantIdNumber,
      };
    });
  }

  async function attachment(actor: Actor, id: string, attachmentId: string) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { row, sides } = await visibleCase(tx, actor, id);
      // Receipts and photos may carry personal data: the parties to the case, not every reader.
      if (sides.length === 0) throw new AppError('forbidden');
      const file = await repo.findAttachment(tx, row.id, attachmentId);
      if (!file) throw notFound();
      await audit(tx, actor, {
        action: 'complaint.attachment_read',
        targetType: 'complaint',
        targetId: row.id,
        organisationId: row.associationId,
        after: { attachmentId: file.id, filename: file.filename },
      });
      return file;
    });
  }

  // ---------------------------------------------------------------- referrals to the regulator

  async function refer(actor: Actor, id: string, input: ReferralCreate) {
    let mails: Mail[] = [];
    const result = await database.transaction(scopeOf(actor), async (tx) => {
      const { row, sides } = await visibleCase(tx, actor, id);
      if (!canRefer(sides)) throw new AppError('forbidden');
      const regulator = await asSystem(tx, () => orgRepo.findOrganisation(tx, input.regulatorId));
      if (regulator?.kind !== 'regulator') throw AppError.validation('regulatorId', 'not_a_regulator');
      const referralId = randomUUID();
      await repo.insertReferral(tx, {
        id: referralId,
        complaintId: row.id,
        associationId: row.associationId,
        regulatorId: regulator.id,
        kind: input.kind,
        reason: input.reason.trim(),
        evidence: input.evidence?.trim() || null,
      });
      await repo.insertEvent(tx, {
        complaintId: row.id,
        actorUserId: actor.userId,
        actorSide: 'association',
        action: 'referred',
        note: input.reason.trim(),
        data: { referralId, kind: input.kind, regulatorId: regulator.id },
        public: false,
      });
      await audit(tx, actor, {
        action: 'complaint.referred',
        targetType: 'complaint_referral',
        targetId: referralId,
        organisationId: row.associationId,
        after: { complaintId: row.id, kind: input.kind, regulatorId: regulator.id },
      });
      mails = await tell(tx, regulator.id, REGULATOR_ROLES, 'complaint.referred', {
        id: row.id,
        trackingNo: row.trackingNo,
        dueOn: null,
        dueKind: null,
      });
      const created = await repo.findReferral(tx, referralId);
      if (!created) throw notFound();
      return presentReferral(created);
    });
    await mailer.send(mails);
    return result;
  }

  async function referrals(actor: Actor, query: ReferralListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const scope = {
        associationIds: can(actor, 'complaint.read') ? orgIdsOfKind(actor, 'industry_organisation') : [],
        regulatorIds: orgIdsOfKind(actor, 'regulator'),
      };
      const { rows, hasMore } = await repo.listReferrals(tx, scope, query.status, page);
      return lookAheadResult(rows.map(presentReferral), page, hasMore);
    });
  }

  async function answerReferral(actor: Actor, id: string, input: ReferralFeedback) {
    let mails: Mail[] = [];
    const result = await database.transaction(scopeOf(actor), async (tx) => {
      const referral = await repo.findReferral(tx, id);
      if (!referral) throw notFound();
      if (!orgIdsOfKind(actor, 'regulator').includes(referral.regulatorId)) {
        if (orgIdsOfKind(actor, 'industry_organisation').includes(referral.associationId))
          throw new AppError('forbidden');
        throw notFound();
      }
      if (referral.version !== input.version) throw versionConflict();
      const ok = await repo.answerReferral(tx, id, input.version, {
        feedback: input.feedback.trim(),
        feedbackBy: actor.userId,
      });
      if (!ok) throw versionConflict();
      await repo.insertEvent(tx, {
        complaintId: referral.complaintId,
        actorUserId: actor.userId,
        actorSide: 'regulator',
        action: 'referral_answered',
        note: input.feedback.trim(),
        data: { referralId: id },
        public: false,
      });
      await audit(tx, actor, {
        action: 'complaint.referral_answered',
        targetType: 'complaint_referral',
        targetId: id,
        organisationId: referral.regulatorId,
        before: { status: referral.status, feedback: referral.feedback },
        after: { status: 'answered', feedback: input.feedback.trim() },
      });
      mails = await tell(tx, referral.associationId, ASSOCIATION_HANDLERS, 'complaint.referral_answered', {
        id: referral.complaintId,
        trackingNo: referral.trackingNo,
        dueOn: null,
        dueKind: null,
      });
      const after = await repo.findReferral(tx, id);
      if (!after) throw notFound();
      return presentReferral(after);
    });
    await mailer.send(mails);
    return result;
  }

  // ---------------------------------------------------------------- time limits and the calendar

  async function timeLimits(actor: Actor) {
    return database.read(scopeOf(actor), async (tx) => (await repo.listTimeLimits(tx)).map(presentTimeLimit));
  }

  async function createTimeLimit(actor: Actor, input: TimeLimitCreate) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const current = await repo.currentTimeLimit(tx);
      const id = randomUUID();
      const values = {
        id,
        version: current.version + 1,
        ...input,
        ruleName: input.ruleName.trim(),
        createdBy: actor.userId,
      };
      await repo.insertTimeLimit(tx, values);
      await audit(tx, actor, {
        action: 'complaint_time_limit.created',
        targetType: 'complaint_time_limit',
        targetId: id,
        organisationId: null,
        before: presentTimeLimit(current),
        after: { ...input, version: values.version },
      });
      const created = (await repo.listTimeLimits(tx)).find((t) => t.id === id);
      if (!created) throw notFound();
      cachedLimit = null;
      return presentTimeLimit(created);
    });
  }

  async function stats(actor: Actor, query: ComplaintStatsQuery) {
    if (query.to < query.from) throw AppError.validation('to', 'date_order');
    return database.transaction(scopeOf(actor), async (tx) => {
      // An enterprise filter inside an association's figures narrows them; an enterprise's own figures
      // are scoped to the cases forwarded to it.
      const own = query.enterpriseId && orgIdsOfKind(actor, 'enterprise').includes(query.enterpriseId);
      const scope = await queueScope(tx, actor, {
        ...(query.associationId ? { associationId: query.associationId } : {}),
        ...(own ? { enterpriseId: query.enterpriseId } : {}),
      });
      const result = await complaintStats(
        tx,
        scope,
        { from: query.from, to: query.to, enterpriseId: own ? undefined : query.enterpriseId },
        query.groupBy,
      );
      return { groupBy: query.groupBy, from: query.from, to: query.to, ...result };
    });
  }

  async function exportStats(actor: Actor, query: ComplaintStatsQuery): Promise<Buffer> {
    const result = await stats(actor, query);
    return statsWorkbook(result, actor.locale);
  }

  /** A published member's figures over the last 12 months, for its public page. */
  async function memberStats(enterpriseId: string) {
    const to = todayInShanghai();
    const from = addCalendarDays(to, -365);
    return database.read(SYSTEM_SCOPE, async (tx) => {
      const enterprise = await orgRepo.findOrganisation(tx, enterpriseId);
      if (enterprise?.kind !== 'enterprise' || !enterprise.published) throw notFound();
      return memberPublicStats(tx, enterpriseId, from, to);
    });
  }

  /** The public page of the service: process time limits with their rule, hotlines, calendar years held. */
  async function serviceInfo() {
    return database.read(SYSTEM_SCOPE, async (tx) => {
      const [limits, associations, years] = await Promise.all([
        repo.currentTimeLimit(tx),
        repo.publishedAssociations(tx),
        repo.loadedYears(tx),
      ]);
      return {
        timeLimit: {
          version: limits.version,
          ruleName: limits.ruleName,
          acceptanceDays: limits.acceptanceDays,
          enterpriseResponseDays: limits.enterpriseResponseDays,
          mediationDays: limits.mediationDays,
          terminationNoticeDays: limits.terminationNoticeDays,
          limitationYears: limits.limitationYears,
        },
        associations,
        loadedYears: years,
      };
    });
  }

  /** After a calendar year is loaded: provisional deadlines are counted again on the real calendar. */
  async function recomputeProvisional(tx: Tx, workingCalendar: WorkingCalendar): Promise<number> {
    return asSystem(tx, async () => {
      const cases = await repo.provisionalCases(tx);
      const limits = await repo.timeLimitsById(tx, [...new Set(cases.map((c) => c.timeLimitId))]);
      let changed = 0;
      for (const c of cases) {
        const timeLimit = limits.get(c.timeLimitId);
        if (!timeLimit) continue;
        const changes = deadlineFields(c, timeLimit, workingCalendar);
        if (!(await repo.updateComplaint(tx, c.id, c.version, changes))) continue;
        await repo.insertEvent(tx, {
          complaintId: c.id,
          actorSide: 'system',
          action: 'deadline_recomputed',
          note: null,
          data: { from: c.dueOn, to: changes.dueOn, provisional: changes.dueProvisional },
        });
        changed += 1;
      }
      return changed;
    });
  }
  calendar.onYearLoaded(recomputeProvisional);

  return {
    stats,
    exportStats,
    memberStats,
    serviceInfo,
    intake,
    track,
    rate,
    list,
    detail,
    act,
    revealContact,
    attachment,
    refer,
    referrals,
    answerReferral,
    timeLimits,
    createTimeLimit,
    recomputeProvisional,
  };
}

export type ComplaintService = ReturnType<typeof complaintService>;
