import { createHash, randomUUID } from 'node:crypto';
import {
  addDays,
  type FieldIssue,
  fieldMessage,
  type ImportProblemDto,
  type Locale,
  type NotificationKind,
  type ReinspectionCreate,
  type ReinspectionDecision,
  type ReinspectionDto,
  type ReinspectionListQuery,
  SPOT_CHECK_LIMITS,
  type SpotCheckCommitBody,
  type SpotCheckMappingBody,
  type SpotCheckNoticeDto,
  type SpotCheckNoticeFacts,
  type SpotCheckNoticeListQuery,
  type SpotCheckPreviewDto,
  type SpotCheckPreviewRowDto,
  type SpotCheckResultDto,
  type SpotCheckResultListQuery,
  type SpotCheckUnmatchedQuery,
} from '@gongzhi/contracts';
import { asSystem, SYSTEM_SCOPE, type Tx } from '../../db/client.js';
import type { ColumnMapping } from '../../db/schema/index.js';
import { type Actor, scopeOf } from '../../kernel/actor.js';
import { AppError, type FieldProblem, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { lookAheadResult, pageOf } from '../../kernel/pagination.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../kernel/pg-errors.js';
import { type BulkCreditItem, recordCreditInformationMany } from '../credit/credit.intake.js';
import type { CreditService } from '../credit/credit.service.js';
import type { Mail, Mailer } from '../notification/mailer.js';
import { notifyRoles } from '../notification/notification.service.js';
import * as orgRepo from '../organisation/organisation.repository.js';
import {
  type Cell,
  layoutSignature,
  mappingProblems,
  readSpotCheckFile,
  type Sheet,
  type SpotCheckRowInput,
  suggestMapping,
  validateRows,
} from './spotcheck.parse.js';
import {
  importingRegulators,
  ownEnterprises,
  readingAssociations,
  reinspectingEnterprises,
  resultScope,
} from './spotcheck.policy.js';
import * as repo from './spotcheck.repository.js';

const REGULATOR_ROLES = ['regulator_admin', 'regulator_staff'] as const;
const ENTERPRISE_ROLES = ['enterprise_admin', 'chief_quality_officer'] as const;

/** The last day a producer may request re-inspection when it received the result on `receivedOn`. */
export const reinspectionDeadline = (receivedOn: string): string =>
  addDays(receivedOn, SPOT_CHECK_LIMITS.reinspectionDays);

/** unqualified ÷ inspected, refusals apart; null when nothing was inspected. */
export const nonConformityRate = (inspected: number, unqualified: number): number | null =>
  inspected > 0 ? unqualified / inspected : null;

/** The batch facts a notice must satisfy besides its schema. */
export function noticeFactProblems(facts: SpotCheckNoticeFacts, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (facts.batchesUnqualified > facts.batchesInspected) {
    problems.push({ field: 'notice.batchesUnqualified', issue: 'rate_above_100' });
  }
  if (facts.batchesInspected > facts.batchesSampled) {
    problems.push({ field: 'notice.batchesInspected', issue: 'batches_order' });
  }
  if (facts.publishedOn > today) problems.push({ field: 'notice.publishedOn', issue: 'future_date' });
  return problems;
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/**
 * What makes two imports the same notice: the rows' content (not the file's bytes — a file saved
 * again, or with blank rows trimmed, holds the same notice), without row numbers.
 */
export function contentDigest(rows: readonly SpotCheckRowInput[]): string {
  const hash = createHash('sha256');
  for (const { rowNumber: _rowNumber, ...row } of rows) hash.update(`${JSON.stringify(row)}\n`);
  return hash.digest('hex');
}

/** The spot-check title the credit archive shows, e.g. "市抽 2026-03-05：瓷砖（800×800）不合格". */
function creditTitle(noticeNo: string, row: { productName: string; modelSpec: string; result: string }): string {
  const model = row.modelSpec ? `（${row.modelSpec}）` : '';
  return `${noticeNo} ${row.productName}${model}${row.result === 'unqualified' ? '不合格' : '合格'}`.slice(0, 200);
}

export function spotCheckService(ctx: AppContext, credit: CreditService, mailer: Mailer) {
  const { database, config } = ctx;

  /**
   * The last file read, by its SHA-256: a commit usually follows its preview on the same server, and
   * reading a 100,000-row workbook again costs seconds. Another server (or a later one) reads it again;
   * the content is the same, so is the sheet. Freed once the notice is committed.
   */
  let lastRead: { sha256: string; sheet: Sheet } | null = null;
  async function sheetOf(content: Buffer, fileName: string, sha256: string): Promise<Sheet> {
    if (lastRead?.sha256 === sha256) return lastRead.sheet;
    const sheet = await readSpotCheckFile(content, fileName);
    lastRead = { sha256, sheet };
    return sheet;
  }

  function problemDto(locale: Locale, problem: FieldProblem): ImportProblemDto {
    const row = problem.params?.row;
    const column = problem.params?.column;
    return {
      field: problem.field,
      issue: problem.issue,
      message: fieldMessage(locale, problem.issue as FieldIssue, problem.params),
      row: typeof row === 'number' ? row : null,
      column: column === undefined ? null : String(column),
    };
  }

  function ownerOf(actor: Actor): string {
    const [regulatorId] = importingRegulators(actor);
    if (!regulatorId) throw new AppError('forbidden');
    return regulatorId;
  }

  async function ownImport(tx: Tx, actor: Actor, id: string): Promise<repo.ImportRow> {
    const row = await repo.findImport(tx, id);
    // RLS hides other regulators' drafts: unknown and foreign look the same.
    if (!row || !importingRegulators(actor).includes(row.ownerId)) throw notFound();
    return row;
  }

  interface Checked {
    sheet: Sheet;
    mappingIssues: FieldProblem[];
    rows: SpotCheckRowInput[];
    problems: FieldProblem[];
  }

  function check(sheet: Sheet, mapping: ColumnMapping, excluded: ReadonlySet<number>): Checked {
    const mappingIssues = mappingProblems(sheet.headers, mapping);
    if (mappingIssues.length > 0) return { sheet, mappingIssues, rows: [], problems: mappingIssues };
    const { rows, problems } = validateRows(sheet, mapping, excluded);
    return { sheet, mappingIssues, rows, problems };
  }

  async function preview(
    tx: Tx,
    actor: Actor,
    imp: repo.ImportRow,
    checked: Checked,
    excluded: ReadonlySet<number>,
    remembered: boolean,
  ): Promise<SpotCheckPreviewDto> {
    const matches = await asSystem(tx, () => repo.matchRows(tx, checked.rows));
    const problemsByRow = new Map<number, string[]>();
    for (const p of checked.problems) {
      const row = p.params?.row;
      if (typeof row !== 'number') continue;
      const list = problemsByRow.get(row) ?? [];
      list.push(fieldMessage(actor.locale, p.issue, p.params));
      problemsByRow.set(row, list);
    }
    const shown = new Set<number>();
    const rows: SpotCheckPreviewRowDto[] = [];
    const show = (rowNumber: number, cells: Cell[]) => {
      if (shown.has(rowNumber)) return;
      shown.add(rowNumber);
      const match = matches.get(rowNumber);
      rows.push({
        rowNumber,
        cells: cells.map(cellText),
        excluded: excluded.has(rowNumber),
        problems: problemsByRow.get(rowNumber) ?? [],
        match: match?.match ?? null,
        enterpriseName: match?.enterpriseName ?? null,
      });
    };
    const byNumber = new Map(checked.sheet.rows.map((r) => [r.rowNumber, r.cells]));
    for (const r of checked.sheet.rows.slice(0, SPOT_CHECK_LIMITS.previewRows)) show(r.rowNumber, r.cells);
    for (const rowNumber of [...problemsByRow.keys(), ...excluded]) {
      if (rows.length >= SPOT_CHECK_LIMITS.problemsMax) break;
      const cells = byNumber.get(rowNumber);
      if (cells) show(rowNumber, cells);
    }
    rows.sort((a, b) => a.rowNumber - b.rowNumber);
    const counts = { qualified: 0, unqualified: 0, matchedByCode: 0, matchedByName: 0, unmatched: 0 };
    for (const r of checked.rows) {
      counts[r.result] += 1;
      const how = matches.get(r.rowNumber)?.match ?? 'unmatched';
      if (how === 'credit_code') counts.matchedByCode += 1;
      else if (how === 'name') counts.matchedByName += 1;
      else counts.unmatched += 1;
    }
    return {
      id: imp.id,
      fileName: imp.fileName,
      status: imp.status,
      headerRow: imp.headerRow,
      headers: imp.headers,
      mapping: imp.mapping,
      mappingRemembered: remembered,
      rowCount: imp.rowCount,
      excludedRows: [...excluded].sort((a, b) => a - b),
      cleanRows: checked.rows.length,
      counts,
      problems: checked.problems.slice(0, SPOT_CHECK_LIMITS.problemsMax).map((p) => problemDto(actor.locale, p)),
      problemsTruncated: checked.problems.length > SPOT_CHECK_LIMITS.problemsMax,
      rows,
      noticeId: imp.noticeId,
      createdAt: imp.createdAt.toISOString(),
    };
  }

  /** Upload: the file is read (by content), kept as sent, and previewed with the remembered or suggested mapping. */
  async function upload(actor: Actor, fileName: string, content: Buffer, mediaType: string) {
    const ownerId = ownerOf(actor);
    if (content.length === 0) throw AppError.validation('file', 'file_empty');
    const sha256 = createHash('sha256').update(content).digest('hex');
    const sheet = await sheetOf(content, fileName, sha256);
    const signature = layoutSignature(sheet.headers);
    return database.transaction(scopeOf(actor), async (tx) => {
      const remembered = await repo.findLayout(tx, ownerId, signature);
      const mapping = remembered ?? suggestMapping(sheet.headers);
      const id = randomUUID();
      await repo.insertImport(tx, {
        id,
        ownerId,
        fileName: fileName.slice(0, 200),
        mediaType,
        sha256,
        sizeBytes: content.length,
        content,
        headerRow: sheet.headerRow,
        headers: sheet.headers,
        mapping,
        rowCount: sheet.rows.length,
        status: 'draft',
        createdBy: actor.userId,
      });
      await audit(tx, actor, {
        action: 'spot_check_import.uploaded',
        targetType: 'spot_check_import',
        targetId: id,
        organisationId: ownerId,
        after: { fileName, rows: sheet.rows.length, sizeBytes: content.length },
      });
      const imp = (await repo.findImport(tx, id)) as repo.ImportRow;
      return preview(tx, actor, imp, check(sheet, mapping, new Set()), new Set(), remembered !== null);
    });
  }

  async function getImport(actor: Actor, id: string) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const imp = await ownImport(tx, actor, id);
      const sheet = await sheetOf(imp.content, imp.fileName, imp.sha256);
      return preview(tx, actor, imp, check(sheet, imp.mapping, new Set()), new Set(), false);
    });
  }

  async function setMapping(actor: Actor, id: string, body: SpotCheckMappingBody) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const imp = await ownImport(tx, actor, id);
      if (imp.status !== 'draft') throw new AppError('transition_not_allowed');
      const mapping = body.mapping as ColumnMapping;
      await repo.updateImport(tx, id, { mapping });
      const sheet = await sheetOf(imp.content, imp.fileName, imp.sha256);
      const excluded = new Set(body.excludedRows ?? []);
      return preview(tx, actor, { ...imp, mapping }, check(sheet, mapping, excluded), excluded, false);
    });
  }

  /**
   * Commit, all or nothing: the file is read again with the mapping, every non-excluded row must be
   * clean; the notice, its rows (matched in SQL), the credit records of matched rows, their warnings
   * and the remembered layout are written in one transaction. Re-importing the same file as the same
   * notice changes nothing (200 with `alreadyImported`).
   */
  async function commit(
    actor: Actor,
    id: string,
    body: SpotCheckCommitBody,
  ): Promise<{ created: boolean; notice: SpotCheckNoticeDto }> {
    const today = todayInShanghai();
    const factProblems = noticeFactProblems(body.notice, today);
    let mails: Mail[] = [];
    const outcome = await database
      .transaction(scopeOf(actor), async (tx) => {
        const imp = await ownImport(tx, actor, id);
        const mapping = (body.mapping as ColumnMapping | undefined) ?? imp.mapping;
        const sheet = await sheetOf(imp.content, imp.fileName, imp.sha256);
        const checked = check(sheet, mapping, new Set(body.excludedRows ?? []));
        const problems = [...factProblems, ...checked.problems];
        if (problems.length > 0) {
          throw new AppError('validation_failed', problems.slice(0, SPOT_CHECK_LIMITS.problemsMax));
        }
        const digest = contentDigest(checked.rows);
        const existing = await repo.findNoticeByNumberOrContent(tx, imp.ownerId, body.notice.noticeNo.trim(), digest);
        const same = existing.find((n) => n.contentSha256 === digest);
        if (same) return { created: false, notice: presentNotice(same, true) };
        if (existing.length > 0) {
          throw new AppError('duplicate', [
            { field: 'notice.noticeNo', issue: 'notice_conflict', params: { noticeNo: body.notice.noticeNo } },
          ]);
        }
        if (checked.rows.length === 0) throw AppError.validation('file', 'file_empty');
        const noticeId = randomUUID();
        const facts = body.notice;
        await repo.insertNotice(tx, {
          id: noticeId,
          ownerId: imp.ownerId,
          noticeNo: facts.noticeNo.trim(),
          title: facts.title.trim(),
          level: facts.level,
          publishedOn: facts.publishedOn,
          productCategory: facts.productCategory.trim(),
          standards: facts.standards?.trim() ?? '',
          batchesSampled: facts.batchesSampled,
          batchesInspected: facts.batchesInspected,
          batchesUnqualified: facts.batchesUnqualified,
          refusals: facts.refusals ?? 0,
          contentSha256: digest,
          importId: imp.id,
          rowCount: checked.rows.length,
          createdBy: actor.userId,
        });
        const owner = await orgRepo.findOrganisation(tx, imp.ownerId);
        const inserted = await asSystem(tx, () =>
          repo.insertResults(
            tx,
            {
              id: noticeId,
              ownerId: imp.ownerId,
              publishedOn: facts.publishedOn,
              productCategory: facts.productCategory.trim(),
            },
            checked.rows,
          ),
        );
        const fed = await feedCredit(tx, actor, facts.noticeNo.trim(), facts.publishedOn, owner, inserted.matched);
        await repo.rememberLayout(tx, {
          ownerId: imp.ownerId,
          signature: layoutSignature(sheet.headers),
          headers: sheet.headers,
          mapping,
          updatedBy: actor.userId,
        });
        await repo.updateImport(tx, imp.id, { status: 'committed', noticeId, mapping, committedAt: new Date() });
        await audit(tx, actor, {
          action: 'spot_check_notice.imported',
          targetType: 'spot_check_notice',
          targetId: noticeId,
          organisationId: imp.ownerId,
          after: {
            noticeNo: facts.noticeNo,
            importId: imp.id,
            rows: checked.rows.length,
            excludedRows: body.excludedRows ?? [],
            matched: inserted.matched.length,
            unmatched: inserted.unmatched,
            creditRecords: fed.created,
          },
        });
        mails = await credit.announceWarnings(tx, fed.warningIds);
        const notice = (await repo.findNotice(tx, noticeId)) as repo.NoticeRow;
        return { created: true, notice: presentNotice(notice) };
      })
      .catch(async (error: unknown) => {
        // Two officers committing the same notice at once: the second sees the first's.
        if (pgErrorCode(error) !== UNIQUE_VIOLATION) throw error;
        return database.transaction(scopeOf(actor), async (tx) => {
          const imp = await ownImport(tx, actor, id);
          const mapping = (body.mapping as ColumnMapping | undefined) ?? imp.mapping;
          const sheet = await sheetOf(imp.content, imp.fileName, imp.sha256);
          const digest = contentDigest(check(sheet, mapping, new Set(body.excludedRows ?? [])).rows);
          const existing = await repo.findNoticeByNumberOrContent(tx, imp.ownerId, body.notice.noticeNo.trim(), digest);
          const same = existing.find((n) => n.contentSha256 === digest);
          if (same) return { created: false, notice: presentNotice(same, true) };
          throw new AppError('duplicate', [
            { field: 'notice.noticeNo', issue: 'notice_conflict', params: { noticeNo: body.notice.noticeNo } },
          ]);
        });
      });
    if (outcome.created) lastRead = null;
    await mailer.send(mails);
    return outcome;
  }

  /** Matched rows become credit information in every archive their enterprise is a member of. */
  async function feedCredit(
    tx: Tx,
    actor: Actor,
    noticeNo: string,
    publishedOn: string,
    owner: { id: string; name: string } | undefined,
    matched: readonly repo.InsertedResult[],
  ) {
    const items: BulkCreditItem[] = matched.flatMap((r) =>
      r.enterpriseId
        ? [
            {
              enterpriseId: r.enterpriseId,
              recordType: 'spot_check',
              severity: r.result === 'unqualified' ? 'general' : 'minor',
              polarity: r.result === 'unqualified' ? 'negative' : 'positive',
              title: creditTitle(noticeNo, r),
              description: [
                r.batch ? `批号：${r.batch}` : '',
                r.failingItems.length ? `不合格项目：${r.failingItems.join('、')}` : '',
              ]
                .filter(Boolean)
                .join('；'),
              occurredOn: publishedOn,
              sourceRef: `spotcheck:${r.id}`,
            },
          ]
        : [],
    );
    return recordCreditInformationMany(
      tx,
      actor,
      {
        sourceOrganisationId: owner?.id ?? null,
        sourceName: `${owner?.name ?? ''} ${noticeNo}`.trim(),
        status: 'confirmed',
      },
      items,
    );
  }

  function presentNotice(row: repo.NoticeRow, alreadyImported = false): SpotCheckNoticeDto {
    return {
      id: row.id,
      ownerId: row.ownerId,
      ownerName: row.ownerName,
      noticeNo: row.noticeNo,
      title: row.title,
      level: row.level,
      publishedOn: row.publishedOn,
      productCategory: row.productCategory,
      standards: row.standards,
      batchesSampled: row.batchesSampled,
      batchesInspected: row.batchesInspected,
      batchesUnqualified: row.batchesUnqualified,
      refusals: row.refusals,
      nonConformityRate: nonConformityRate(row.batchesInspected, row.batchesUnqualified),
      rowCount: row.rowCount,
      unmatchedCount: row.unmatchedCount,
      createdAt: row.createdAt.toISOString(),
      ...(alreadyImported ? { alreadyImported: true } : {}),
    };
  }

  function presentResult(actor: Actor, row: repo.ResultRow, today: string): SpotCheckResultDto {
    const deadline =
      row.finalResult === 'unqualified' && row.reinspection === null ? reinspectionDeadline(row.checkedOn) : null;
    return {
      id: row.id,
      noticeId: row.noticeId,
      noticeNo: row.noticeNo,
      noticeTitle: row.noticeTitle,
      level: row.level,
      rowNumber: row.rowNumber,
      enterpriseId: row.enterpriseId,
      enterpriseName: row.enterpriseRegisteredName ?? row.enterpriseName,
      creditCode: row.enterpriseCreditCode ?? row.creditCode,
      match: row.match,
      district: row.district,
      productName: row.productName,
      productCategory: row.productCategory,
      trademark: row.trademark,
      modelSpec: row.modelSpec,
      batch: row.batch,
      productionDate: row.productionDate,
      checkCategory: row.checkCategory,
      inspectionBody: row.inspectionBody,
      result: row.result,
      finalResult: row.finalResult,
      failingItems: row.failingItems,
      checkedOn: row.checkedOn,
      reinspection: row.reinspection,
      reinspectionDeadline: deadline,
      abilities: {
        requestReinspection:
          deadline !== null &&
          today <= deadline &&
          row.enterpriseId !== null &&
          reinspectingEnterprises(actor).includes(row.enterpriseId),
        match: row.enterpriseId === null && importingRegulators(actor).includes(row.ownerId),
      },
    };
  }

  async function listNotices(actor: Actor, query: SpotCheckNoticeListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const { rows, hasMore } = await repo.listNotices(tx, query, page);
      return lookAheadResult(
        rows.map((r) => presentNotice(r)),
        page,
        hasMore,
      );
    });
  }

  async function getNotice(actor: Actor, id: string) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = await repo.findNotice(tx, id);
      if (!row) throw notFound();
      return presentNotice(row);
    });
  }

  async function listResults(actor: Actor, query: SpotCheckResultListQuery) {
    const page = pageOf(query);
    const today = todayInShanghai();
    const scope = resultScope(actor);
    const filter: repo.ResultFilter = {
      noticeId: query.noticeId,
      result: query.result,
      category: query.category,
      q: query.q,
      from: query.from,
      to: query.to,
    };
    if (scope.kind === 'members') {
      if (query.associationId && !scope.associationIds.includes(query.associationId)) throw new AppError('forbidden');
      filter.memberOf = query.associationId ? [query.associationId] : scope.associationIds;
      if (query.enterpriseId) filter.enterpriseIds = [query.enterpriseId];
    } else if (scope.kind === 'enterprises') {
      if (query.enterpriseId && !scope.enterpriseIds.includes(query.enterpriseId)) throw new AppError('forbidden');
      if (query.associationId) throw new AppError('forbidden');
      filter.enterpriseIds = query.enterpriseId ? [query.enterpriseId] : scope.enterpriseIds;
    } else {
      if (query.associationId) filter.memberOf = [query.associationId];
      if (query.enterpriseId) filter.enterpriseIds = [query.enterpriseId];
    }
    return database.transaction(scopeOf(actor), async (tx) => {
      const { rows, hasMore } = await repo.listResults(tx, filter, page);
      return lookAheadResult(
        rows.map((r) => presentResult(actor, r, today)),
        page,
        hasMore,
      );
    });
  }

  async function listUnmatched(actor: Actor, query: SpotCheckUnmatchedQuery) {
    const page = pageOf(query);
    const today = todayInShanghai();
    const owners = importingRegulators(actor);
    if (owners.length === 0) throw new AppError('forbidden');
    return database.transaction(scopeOf(actor), async (tx) => {
      const { rows, hasMore } = await repo.listResults(tx, { noticeId: query.noticeId, unmatchedOf: owners }, page);
      return lookAheadResult(
        rows.map((r) => presentResult(actor, r, today)),
        page,
        hasMore,
      );
    });
  }

  /** Manual match from the unmatched queue: the row then creates what it would have on import. */
  async function match(actor: Actor, id: string, enterpriseId: string): Promise<SpotCheckResultDto> {
    const today = todayInShanghai();
    let mails: Mail[] = [];
    const result = await database.transaction(scopeOf(actor), async (tx) => {
      const row = await repo.findResult(tx, id);
      if (!row) throw notFound();
      if (!importingRegulators(actor).includes(row.ownerId)) throw new AppError('forbidden');
      if (row.enterpriseId !== null) throw new AppError('transition_not_allowed');
      const enterprise = await asSystem(tx, () => orgRepo.findOrganisation(tx, enterpriseId));
      if (!enterprise) throw AppError.validation('enterpriseId', 'enterprise_not_found');
      if (enterprise.kind !== 'enterprise') throw AppError.validation('enterpriseId', 'not_an_enterprise');
      if (!(await repo.setResultEnterprise(tx, id, enterpriseId, actor.userId))) throw versionConflict();
      const notice = (await repo.findNotice(tx, row.noticeId)) as repo.NoticeRow;
      const owner = await orgRepo.findOrganisation(tx, row.ownerId);
      const fed = await feedCredit(tx, actor, notice.noticeNo, notice.publishedOn, owner, [
        {
          id: row.id,
          rowNumber: row.rowNumber,
          enterpriseId,
          result: row.result,
          productName: row.productName,
          modelSpec: row.modelSpec,
          batch: row.batch,
          failingItems: row.failingItems,
        },
      ]);
      await audit(tx, actor, {
        action: 'spot_check_result.matched',
        targetType: 'spot_check_result',
        targetId: id,
        organisationId: row.ownerId,
        before: { enterpriseName: row.enterpriseName, creditCode: row.creditCode },
        after: { enterpriseId, enterpriseName: enterprise.name, creditRecords: fed.created },
      });
      mails = await credit.announceWarnings(tx, fed.warningIds);
      return presentResult(actor, (await repo.findResult(tx, id)) as repo.ResultRow, today);
    });
    await mailer.send(mails);
    return result;
  }

  // ------------------------------------------------------------ re-inspection (复检)

  function presentReinspection(actor: Actor, row: repo.ReinspectionRow): ReinspectionDto {
    return {
      id: row.id,
      resultId: row.resultId,
      noticeNo: row.noticeNo,
      enterpriseId: row.enterpriseId,
      enterpriseName: row.enterpriseName,
      productName: row.productName,
      failingItems: row.failingItems,
      receivedOn: row.receivedOn,
      reason: row.reason,
      status: row.status,
      inspectionBody: row.inspectionBody,
      decisionNote: row.decisionNote,
      requestedAt: row.requestedAt.toISOString(),
      decidedAt: row.decidedAt?.toISOString() ?? null,
      version: row.version,
      abilities: { decide: row.status === 'requested' && importingRegulators(actor).includes(row.ownerId) },
    };
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

  async function requestReinspection(actor: Actor, resultId: string, input: ReinspectionCreate) {
    const today = todayInShanghai();
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const row = await repo.findResult(tx, resultId);
      if (!row) throw notFound();
      if (!row.enterpriseId || !reinspectingEnterprises(actor).includes(row.enterpriseId)) {
        throw new AppError('forbidden');
      }
      if (row.finalResult !== 'unqualified') throw AppError.validation('resultId', 'not_unqualified');
      if (input.receivedOn > today) throw AppError.validation('receivedOn', 'future_date');
      const deadline = reinspectionDeadline(input.receivedOn);
      if (today > deadline) throw new AppError('too_late', [], { date: deadline });
      const id = await repo.insertReinspection(tx, {
        id: randomUUID(),
        resultId,
        ownerId: row.ownerId,
        enterpriseId: row.enterpriseId,
        receivedOn: input.receivedOn,
        reason: input.reason.trim(),
        status: 'requested',
        requestedBy: actor.userId,
      });
      if (!id) throw new AppError('duplicate');
      await asSystem(tx, () => repo.setResultReinspection(tx, resultId, 'requested'));
      await audit(tx, actor, {
        action: 'spot_check_reinspection.requested',
        targetType: 'spot_check_reinspection',
        targetId: id,
        organisationId: row.enterpriseId,
        after: { resultId, receivedOn: input.receivedOn },
      });
      mails = await tell(
        tx,
        row.ownerId,
        REGULATOR_ROLES,
        'spotcheck.reinspection_requested',
        {
          enterpriseName: row.enterpriseRegisteredName ?? row.enterpriseName,
          noticeNo: row.noticeNo,
          productName: row.productName,
        },
        '/console/spot-checks/reinspections',
      );
      return presentReinspection(actor, (await repo.findReinspection(tx, id)) as repo.ReinspectionRow);
    });
    await mailer.send(mails);
    return dto;
  }

  async function listReinspections(actor: Actor, query: ReinspectionListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const { rows, hasMore } = await repo.listReinspections(
        tx,
        {
          status: query.status,
          ownerIds: importingRegulators(actor),
          enterpriseIds: ownEnterprises(actor),
          memberOf: readingAssociations(actor),
        },
        page,
      );
      return lookAheadResult(
        rows.map((r) => presentReinspection(actor, r)),
        page,
        hasMore,
      );
    });
  }

  /**
   * The regulator records the outcome. Qualified supersedes the first result: its credit records are
   * revoked (never deleted), their warnings lifted, grades corrected, and the pass is recorded. The
   * credit part acts on the associations' archives, so the transaction runs as the system after the
   * regulator's right to decide is checked.
   */
  async function decideReinspection(actor: Actor, id: string, input: ReinspectionDecision) {
    const mails: Mail[] = [];
    await database.transaction(scopeOf(actor), async (tx) => {
      const row = await repo.findReinspection(tx, id);
      if (!row) throw notFound();
      if (!importingRegulators(actor).includes(row.ownerId)) throw new AppError('forbidden');
    });
    const dto = await database.transaction(SYSTEM_SCOPE, async (tx) => {
      const row = (await repo.findReinspection(tx, id)) as repo.ReinspectionRow;
      if (row.status !== 'requested') throw new AppError('transition_not_allowed');
      const decided = await repo.decideReinspection(tx, id, input.version, {
        status: input.outcome,
        inspectionBody: input.inspectionBody.trim(),
        decisionNote: input.note.trim(),
        decidedBy: actor.userId,
      });
      if (!decided) throw versionConflict();
      const result = (await repo.findResult(tx, row.resultId)) as repo.ResultRow;
      await repo.setResultReinspection(tx, row.resultId, input.outcome, input.outcome);
      if (input.outcome === 'qualified') {
        const reason = `复检合格（${input.inspectionBody.trim()}）：${input.note.trim()}`;
        mails.push(...(await credit.withdrawSource(tx, actor, `spotcheck:${row.resultId}`, reason)));
        const notice = (await repo.findNotice(tx, result.noticeId)) as repo.NoticeRow;
        const owner = await orgRepo.findOrganisation(tx, result.ownerId);
        await recordCreditInformationMany(
          tx,
          actor,
          {
            sourceOrganisationId: owner?.id ?? null,
            sourceName: `${owner?.name ?? ''} ${notice.noticeNo}`.trim(),
            status: 'confirmed',
          },
          [
            {
              enterpriseId: row.enterpriseId,
              recordType: 'spot_check',
              severity: 'minor',
              polarity: 'positive',
              title: `${creditTitle(notice.noticeNo, { ...result, result: 'qualified' })}（复检）`.slice(0, 200),
              description: reason,
              occurredOn: todayInShanghai(),
              sourceRef: `spotcheck:${row.resultId}:reinspection`,
            },
          ],
        );
      }
      await audit(tx, actor, {
        action: 'spot_check_reinspection.decided',
        targetType: 'spot_check_reinspection',
        targetId: id,
        organisationId: row.ownerId,
        before: { status: 'requested' },
        after: { status: input.outcome, inspectionBody: input.inspectionBody, note: input.note },
      });
      mails.push(
        ...(await tell(
          tx,
          row.enterpriseId,
          ENTERPRISE_ROLES,
          'spotcheck.reinspection_decided',
          { noticeNo: row.noticeNo, productName: row.productName, outcome: input.outcome, note: input.note.trim() },
          '/console/spot-checks/mine',
        )),
      );
      return presentReinspection(actor, (await repo.findReinspection(tx, id)) as repo.ReinspectionRow);
    });
    await mailer.send(mails);
    return dto;
  }

  return {
    upload,
    getImport,
    setMapping,
    commit,
    listNotices,
    getNotice,
    listResults,
    listUnmatched,
    match,
    requestReinspection,
    listReinspections,
    decideReinspection,
  };
}

export type SpotCheckService = ReturnType<typeof spotCheckService>;
