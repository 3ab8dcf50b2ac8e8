import { addDays } from '@gongzhi/contracts';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { creditRecord, creditWarning, organisation, spotCheckNotice, spotCheckResult } from '../src/db/schema/index.js';
import { todayInShanghai } from '../src/kernel/clock.js';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';
import { type NoticeRow, noticeCsv, noticeXlsx } from './spotcheck-files.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ENTERPRISE = '佛山市顺德区顺安建材有限公司';
const today = todayInShanghai();

let t: TestApp;
let regulator: string;
let regulatorStaff: string;
let otherRegulator: string;
let associationStaff: string;
let otherAssociationStaff: string;
let enterpriseAdmin: string;
let expert: string;
let jiancaiId: string;
let enterpriseId: string;
let enterpriseCode: string;
/** A member of 建材协会 matched by its exact name (no code in the file). */
let namedMemberId: string;
let namedMember: string;

async function upload(cookie: string | undefined, content: Buffer, fileName = '抽查结果.xlsx', type = XLSX) {
  return t.request({
    method: 'POST',
    url: `/api/v1/spot-checks/imports?fileName=${encodeURIComponent(fileName)}`,
    ...(cookie ? { cookie } : {}),
    headers: { 'content-type': type },
    body: content,
  });
}

function facts(overrides: Record<string, unknown> = {}) {
  return {
    noticeNo: '佛市监抽〔2026〕12号',
    title: '2026年佛山市建材产品质量监督抽查结果',
    level: 'municipal',
    publishedOn: addDays(today, -3),
    productCategory: '陶瓷砖',
    standards: 'GB/T 4100-2015',
    batchesSampled: 4,
    batchesInspected: 4,
    batchesUnqualified: 2,
    refusals: 0,
    ...overrides,
  };
}

function rows(): NoticeRow[] {
  return [
    {
      enterpriseName: ENTERPRISE,
      creditCode: enterpriseCode,
      productName: '陶瓷砖',
      trademark: '顺安',
      modelSpec: '800mm×800mm',
      productionDate: '2026/3/5',
      batch: 'A2603',
      inspectionBody: '广东省建筑材料研究院',
      result: '不合格',
      failingItems: '吸水率；破坏强度',
    },
    {
      enterpriseName: namedMember,
      productName: '陶瓷砖',
      modelSpec: '600mm×600mm',
      productionDate: new Date(Date.UTC(2026, 2, 8)),
      batch: 'B0308',
      inspectionBody: '广东省建筑材料研究院',
      result: '合格',
    },
    {
      enterpriseName: '佛山市南海区未登记陶瓷厂',
      productName: '陶瓷砖',
      modelSpec: '300mm×600mm',
      productionDate: 46090,
      batch: 'C1',
      inspectionBody: '广东省建筑材料研究院',
      result: '不合格',
      failingItems: '尺寸偏差',
    },
    {
      enterpriseName: '佛山市坏数据建材有限公司',
      creditCode: '91440606MA4UXXXXX1',
      productName: '陶瓷砖',
      productionDate: '2026-02-30',
      inspectionBody: '广东省建筑材料研究院',
      result: '待定',
    },
  ];
}

beforeAll(async () => {
  t = await buildTestApp();
  jiancaiId = await t.orgId('佛山市建材行业协会');
  enterpriseId = await t.orgId(ENTERPRISE);
  const orgs = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
    tx.select({ id: organisation.id, name: organisation.name, creditCode: organisation.creditCode }).from(organisation),
  );
  enterpriseCode = orgs.find((o) => o.id === enterpriseId)?.creditCode as string;
  namedMember = '佛山市三水区按名匹配建材有限公司';
  namedMemberId = await addOrganisation(t, { kind: 'enterprise', name: namedMember, memberOf: jiancaiId });
  const guangzhou = await addOrganisation(t, { kind: 'regulator', name: '广州市市场监督管理局', regionCode: '440100' });
  await addUser(t, 'gz.regulator', 'regulator_staff', guangzhou);
  await addUser(t, 'ranqi.staff.sc', 'association_staff', await t.orgId('佛山市顺德区燃气具商会'));
  regulator = await t.login('regulator.admin');
  regulatorStaff = await t.login('regulator.staff');
  otherRegulator = await t.login('gz.regulator');
  associationStaff = await t.login('jiancai.staff');
  otherAssociationStaff = await t.login('ranqi.staff.sc');
  enterpriseAdmin = await t.login('enterprise.admin');
  expert = await t.login('expert.zhang');
}, 120_000);

afterAll(async () => {
  await t.close();
});

async function countNotices(): Promise<number> {
  const rows = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
    tx.select({ n: sql<number>`count(*)::int` }).from(spotCheckNotice),
  );
  return Number(rows[0]?.n ?? 0);
}

async function recordsOf(sourceRef: string) {
  return t.database.transaction(SYSTEM_SCOPE, (tx) =>
    tx.select().from(creditRecord).where(eq(creditRecord.sourceRef, sourceRef)),
  );
}

describe('importing a spot-check notice', () => {
  let importId: string;
  let noticeId: string;

  it('refuses the upload when signed out, for a non-regulator, and for a file that is not xlsx or csv', async () => {
    const file = await noticeXlsx(rows());
    expect((await upload(undefined, file)).statusCode).toBe(401);
    for (const cookie of [associationStaff, enterpriseAdmin, expert]) {
      expect((await upload(cookie, file)).statusCode).toBe(403);
    }
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const res = await upload(regulator, pdf, 'notice.xlsx');
    expect(res.statusCode).toBe(400);
    expect(errorFields(res)).toEqual({ file: 'file_type' });
    const empty = await upload(regulator, Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    const noName = await t.request({
      method: 'POST',
      url: '/api/v1/spot-checks/imports',
      cookie: regulator,
      headers: { 'content-type': XLSX },
      body: file,
    });
    expect(noName.statusCode).toBe(400);
    expect(Object.keys(errorFields(noName))).toContain('fileName');
  });

  it('previews every row: the header under the merged title, each problem by row and column, how rows match', async () => {
    const res = await upload(
      regulator,
      await noticeXlsx(rows(), { trailingBlankRows: 3, footnote: '注：以上结果仅对所检样品负责。' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const preview = res.json();
    importId = preview.id;
    expect(preview.headerRow).toBe(2);
    expect(preview.rowCount).toBe(4);
    expect(preview.mappingRemembered).toBe(false);
    expect(preview.cleanRows).toBe(3);
    expect(preview.counts).toEqual({ qualified: 1, unqualified: 2, matchedByCode: 1, matchedByName: 1, unmatched: 1 });
    const problems = preview.problems.filter((p: { row: number | null }) => p.row === 6);
    expect(problems.map((p: { field: string }) => p.field).sort()).toEqual(
      ['rows.6.creditCode', 'rows.6.productionDate', 'rows.6.result'].sort(),
    );
    expect(problems.find((p: { field: string }) => p.field === 'rows.6.result').message).toContain('待定');
    expect(preview.rows.find((r: { rowNumber: number }) => r.rowNumber === 3).match).toBe('credit_code');
    expect((await t.auditOf('spot_check_import.uploaded', importId)).length).toBe(1);
  });

  it('keeps one regulator out of another regulator’s upload', async () => {
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/spot-checks/imports/${importId}`, cookie: otherRegulator }))
        .statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/v1/spot-checks/imports/${importId}` })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/spot-checks/imports/${importId}`, cookie: associationStaff }))
        .statusCode,
    ).toBe(403);
  });

  it('commits nothing while a row has a problem, and names the rows and the notice facts that are wrong', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/spot-checks/imports/${importId}/commit`,
      cookie: regulator,
      body: { notice: facts({ batchesUnqualified: 5 }) },
    });
    expect(res.statusCode).toBe(400);
    const fields = errorFields(res);
    expect(fields['notice.batchesUnqualified']).toBe('rate_above_100');
    expect(fields['rows.6.result']).toBe('result_unknown');
    expect(await countNotices()).toBe(0);
  });

  it('commits the clean rows once the bad row is excluded: results, credit records, a warning, the audit event', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/spot-checks/imports/${importId}/commit`,
      cookie: regulatorStaff,
      body: { notice: facts(), excludedRows: [6] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const notice = res.json();
    noticeId = notice.id;
    expect(notice.rowCount).toBe(3);
    expect(notice.unmatchedCount).toBe(1);
    expect(notice.nonConformityRate).toBe(0.5);

    const results = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.select().from(spotCheckResult).where(eq(spotCheckResult.noticeId, noticeId)),
    );
    const failed = results.find((r) => r.enterpriseId === enterpriseId);
    const passed = results.find((r) => r.enterpriseId === namedMemberId);
    expect(failed?.match).toBe('credit_code');
    expect(passed?.match).toBe('name');
    expect(results.find((r) => r.enterpriseId === null)?.enterpriseName).toBe('佛山市南海区未登记陶瓷厂');

    const [negative] = await recordsOf(`spotcheck:${failed?.id}`);
    expect(negative).toMatchObject({
      associationId: jiancaiId,
      recordType: 'spot_check',
      polarity: 'negative',
      severity: 'general',
      status: 'confirmed',
    });
    expect(negative?.description).toContain('吸水率');
    const [positive] = await recordsOf(`spotcheck:${passed?.id}`);
    expect(positive).toMatchObject({ polarity: 'positive', severity: 'minor', status: 'confirmed' });
    const warnings = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx
        .select()
        .from(creditWarning)
        .where(eq(creditWarning.recordId, negative?.id as string)),
    );
    expect(warnings.map((w) => [w.rule, w.level])).toEqual([['spot_check_failed', 'orange']]);
    const [event] = await t.auditOf('spot_check_notice.imported', noticeId);
    expect(event?.after).toMatchObject({ rows: 3, matched: 2, unmatched: 1, creditRecords: 2, excludedRows: [6] });
    expect((await t.auditOf('credit_record.created', negative?.id)).length).toBe(1);
  });

  it('changes nothing when the same file is imported again as the same notice, and refuses the number for other content', async () => {
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/spot-checks/imports/${importId}/commit`,
      cookie: regulator,
      body: { notice: facts(), excludedRows: [6] },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: noticeId, alreadyImported: true });

    // Saved again (new timestamps inside the file, blank rows gone): the same rows are the same notice.
    const reupload = await upload(regulator, await noticeXlsx(rows()));
    expect(reupload.json().mappingRemembered).toBe(true);
    const same = await t.request({
      method: 'POST',
      url: `/api/v1/spot-checks/imports/${reupload.json().id}/commit`,
      cookie: regulator,
      body: { notice: facts(), excludedRows: [6] },
    });
    expect(same.statusCode).toBe(200);
    expect(await countNotices()).toBe(1);

    const other = await upload(regulator, await noticeXlsx(rows().slice(0, 2)));
    const conflict = await t.request({
      method: 'POST',
      url: `/api/v1/spot-checks/imports/${other.json().id}/commit`,
      cookie: regulator,
      body: { notice: facts() },
    });
    expect(conflict.statusCode).toBe(409);
    expect(errorFields(conflict)).toEqual({ 'notice.noticeNo': 'notice_conflict' });
  });

  it('imports a GB18030 csv with the mapping chosen by hand, and refuses an unmapped required column', async () => {
    const csv = noticeCsv(rows().slice(0, 2), {
      encoding: 'gb18030',
      headers: { enterpriseName: '受检单位', result: '判定结论' },
    });
    const res = await upload(regulator, csv, '抽查结果.csv', 'text/csv');
    expect(res.statusCode, res.body).toBe(201);
    const preview = res.json();
    const headers: string[] = preview.headers;
    expect(headers).toContain('受检单位');
    const mapping = { ...preview.mapping };
    delete mapping.result;
    const unmapped = await t.request({
      method: 'PUT',
      url: `/api/v1/spot-checks/imports/${preview.id}/mapping`,
      cookie: regulator,
      body: { mapping },
    });
    expect(unmapped.statusCode).toBe(200);
    expect(unmapped.json().problems.map((p: { field: string }) => p.field)).toContain('mapping.result');
    const mapped = await t.request({
      method: 'PUT',
      url: `/api/v1/spot-checks/imports/${preview.id}/mapping`,
      cookie: regulator,
      body: {
        mapping: { ...mapping, enterpriseName: headers.indexOf('受检单位'), result: headers.indexOf('判定结论') },
      },
    });
    expect(mapped.json().problems).toEqual([]);
    expect(mapped.json().cleanRows).toBe(2);
    const bad = await t.request({
      method: 'PUT',
      url: `/api/v1/spot-checks/imports/${preview.id}/mapping`,
      cookie: regulator,
      body: { mapping: { result: 'x' } },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('leaves nothing half-imported when the database fails in the middle of a commit', async () => {
    const res = await upload(
      regulator,
      await noticeXlsx([{ ...rows()[0], batch: 'Z9' } as NoticeRow, { ...rows()[1], batch: 'Z8' } as NoticeRow]),
    );
    await t.database.query('REVOKE INSERT ON credit_record FROM gongzhi_app');
    try {
      const failed = await t.request({
        method: 'POST',
        url: `/api/v1/spot-checks/imports/${res.json().id}/commit`,
        cookie: regulator,
        body: { notice: facts({ noticeNo: '佛市监抽〔2026〕13号' }) },
      });
      expect(failed.statusCode).toBe(500);
    } finally {
      await t.database.query('GRANT INSERT ON credit_record TO gongzhi_app');
    }
    expect(await countNotices()).toBe(1);
    const results = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.select({ n: sql<number>`count(*)::int` }).from(spotCheckResult),
    );
    expect(Number(results[0]?.n)).toBe(3);
  });

  describe('the unmatched queue', () => {
    let unmatchedId: string;
    it('lists the regulator’s unmatched rows and refuses others', async () => {
      expect((await t.request({ method: 'GET', url: '/api/v1/spot-checks/unmatched' })).statusCode).toBe(401);
      expect(
        (await t.request({ method: 'GET', url: '/api/v1/spot-checks/unmatched', cookie: associationStaff })).statusCode,
      ).toBe(403);
      const others = await t.request({ method: 'GET', url: '/api/v1/spot-checks/unmatched', cookie: otherRegulator });
      expect(others.json().items).toEqual([]);
      const res = await t.request({ method: 'GET', url: '/api/v1/spot-checks/unmatched', cookie: regulator });
      expect(res.json().items.map((r: { enterpriseName: string }) => r.enterpriseName)).toEqual([
        '佛山市南海区未登记陶瓷厂',
      ]);
      unmatchedId = res.json().items[0].id;
      expect(res.json().items[0].abilities.match).toBe(true);
    });

    it('matches a row by hand, which then creates the credit record the import would have', async () => {
      const url = `/api/v1/spot-checks/results/${unmatchedId}/match`;
      const late = await addOrganisation(t, {
        kind: 'enterprise',
        name: '佛山市南海区后登记陶瓷有限公司',
        memberOf: jiancaiId,
        published: true,
      });
      expect((await t.request({ method: 'POST', url, body: { enterpriseId: late } })).statusCode).toBe(401);
      expect(
        (await t.request({ method: 'POST', url, cookie: associationStaff, body: { enterpriseId: late } })).statusCode,
      ).toBe(403);
      expect(
        (await t.request({ method: 'POST', url, cookie: otherRegulator, body: { enterpriseId: late } })).statusCode,
      ).toBe(403);
      const notEnterprise = await t.request({
        method: 'POST',
        url,
        cookie: regulator,
        body: { enterpriseId: jiancaiId },
      });
      expect(errorFields(notEnterprise)).toEqual({ enterpriseId: 'not_an_enterprise' });
      expect(
        errorFields(await t.request({ method: 'POST', url, cookie: regulator, body: { enterpriseId: 'x' } })),
      ).toHaveProperty('enterpriseId');
      const res = await t.request({ method: 'POST', url, cookie: regulator, body: { enterpriseId: late } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ enterpriseId: late, match: 'manual', finalResult: 'unqualified' });
      const [record] = await recordsOf(`spotcheck:${unmatchedId}`);
      expect(record).toMatchObject({ enterpriseId: late, associationId: jiancaiId, polarity: 'negative' });
      expect((await t.auditOf('spot_check_result.matched', unmatchedId)).length).toBe(1);
      expect(
        (await t.request({ method: 'POST', url, cookie: regulator, body: { enterpriseId: late } })).statusCode,
      ).toBe(409);
    });
  });

  describe('re-inspection (复检)', () => {
    let resultId: string;
    let reinspectionId: string;
    it('shows the enterprise its own results only, with the right to ask for re-inspection within 15 days', async () => {
      const res = await t.request({ method: 'GET', url: '/api/v1/spot-checks/results', cookie: enterpriseAdmin });
      expect(res.statusCode).toBe(200);
      const items = res.json().items as {
        enterpriseId: string;
        finalResult: string;
        id: string;
        abilities: { requestReinspection: boolean };
        reinspectionDeadline: string;
      }[];
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((r) => r.enterpriseId === enterpriseId)).toBe(true);
      const failed = items.find((r) => r.finalResult === 'unqualified');
      expect(failed?.abilities.requestReinspection).toBe(true);
      expect(failed?.reinspectionDeadline).toBe(addDays(facts().publishedOn as string, 15));
      resultId = failed?.id as string;
      const foreign = await t.request({
        method: 'GET',
        url: `/api/v1/spot-checks/results?enterpriseId=${namedMemberId}`,
        cookie: enterpriseAdmin,
      });
      expect(foreign.statusCode).toBe(403);
    });

    it('refuses requests from others, with a future date, or after 15 days; accepts one in time', async () => {
      const url = `/api/v1/spot-checks/results/${resultId}/reinspection`;
      const body = { receivedOn: addDays(today, -2), reason: '样品保存条件不符合标准要求，申请复检。' };
      expect((await t.request({ method: 'POST', url, body })).statusCode).toBe(401);
      expect((await t.request({ method: 'POST', url, cookie: associationStaff, body })).statusCode).toBe(403);
      expect((await t.request({ method: 'POST', url, cookie: regulator, body })).statusCode).toBe(403);
      const future = await t.request({
        method: 'POST',
        url,
        cookie: enterpriseAdmin,
        body: { ...body, receivedOn: addDays(today, 1) },
      });
      expect(errorFields(future)).toEqual({ receivedOn: 'future_date' });
      const late = await t.request({
        method: 'POST',
        url,
        cookie: enterpriseAdmin,
        body: { ...body, receivedOn: addDays(today, -16) },
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().error).toMatchObject({ code: 'too_late', params: { date: addDays(today, -1) } });
      const res = await t.request({ method: 'POST', url, cookie: enterpriseAdmin, body });
      expect(res.statusCode, res.body).toBe(201);
      reinspectionId = res.json().id;
      expect((await t.auditOf('spot_check_reinspection.requested', reinspectionId)).length).toBe(1);
      expect((await t.request({ method: 'POST', url, cookie: enterpriseAdmin, body })).statusCode).toBe(409);
    });

    it('lets the regulator who published the notice decide; a pass supersedes the failure in the credit archive', async () => {
      const url = `/api/v1/spot-checks/reinspections/${reinspectionId}/decision`;
      const body = {
        outcome: 'qualified',
        inspectionBody: '国家陶瓷及水暖卫浴产品质量检验检测中心',
        note: '复检样品各项指标符合标准。',
        version: 1,
      };
      expect((await t.request({ method: 'POST', url, body })).statusCode).toBe(401);
      expect((await t.request({ method: 'POST', url, cookie: enterpriseAdmin, body })).statusCode).toBe(403);
      // Another regulator does not even see the request (RLS): 404.
      expect((await t.request({ method: 'POST', url, cookie: otherRegulator, body })).statusCode).toBe(404);
      const bad = await t.request({ method: 'POST', url, cookie: regulator, body: { ...body, outcome: 'maybe' } });
      expect(Object.keys(errorFields(bad))).toContain('outcome');
      expect(
        (await t.request({ method: 'POST', url, cookie: regulator, body: { ...body, version: 9 } })).statusCode,
      ).toBe(409);

      const res = await t.request({ method: 'POST', url, cookie: regulator, body });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe('qualified');
      const [first] = await recordsOf(`spotcheck:${resultId}`);
      expect(first?.status).toBe('revoked');
      expect(first?.statusReason).toContain('复检合格');
      const [pass] = await recordsOf(`spotcheck:${resultId}:reinspection`);
      expect(pass).toMatchObject({ polarity: 'positive', status: 'confirmed' });
      const warnings = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
        tx
          .select()
          .from(creditWarning)
          .where(eq(creditWarning.recordId, first?.id as string)),
      );
      expect(warnings.map((w) => w.status)).toEqual(['lifted']);
      expect((await t.auditOf('spot_check_reinspection.decided', reinspectionId)).length).toBe(1);
      const results = await t.request({
        method: 'GET',
        url: `/api/v1/spot-checks/results?noticeId=${noticeId}`,
        cookie: enterpriseAdmin,
      });
      expect(results.json().items[0]).toMatchObject({
        result: 'unqualified',
        finalResult: 'qualified',
        reinspection: 'qualified',
      });
    });
  });

  describe('analysis', () => {
    it('refuses the signed out and other associations’ members', async () => {
      expect((await t.request({ method: 'GET', url: '/api/v1/spot-checks/analysis?by=category' })).statusCode).toBe(
        401,
      );
      expect(
        (await t.request({ method: 'GET', url: '/api/v1/spot-checks/analysis?by=category', cookie: expert }))
          .statusCode,
      ).toBe(403);
      const other = await t.request({
        method: 'GET',
        url: `/api/v1/spot-checks/analysis?by=category&associationId=${jiancaiId}`,
        cookie: otherAssociationStaff,
      });
      expect(other.statusCode).toBe(403);
      expect(
        (await t.request({ method: 'GET', url: '/api/v1/spot-checks/analysis?by=colour', cookie: associationStaff }))
          .statusCode,
      ).toBe(400);
    });

    it('shows the association its members next to the whole region, by category, failing item and month', async () => {
      const res = await t.request({
        method: 'GET',
        url: '/api/v1/spot-checks/analysis?by=category',
        cookie: associationStaff,
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.associationId).toBe(jiancaiId);
      // Three rows: the failure overturned on re-inspection, the pass, the failure matched by hand (all members now).
      expect(body.rows).toEqual([
        {
          key: '陶瓷砖',
          label: '陶瓷砖',
          members: { inspected: 3, unqualified: 1, rate: 1 / 3 },
          region: { inspected: 3, unqualified: 1, rate: 1 / 3 },
        },
      ]);
      const items = await t.request({ method: 'GET', url: '/api/v1/spot-checks/analysis?by=item', cookie: regulator });
      expect(items.json().rows.map((r: { key: string }) => r.key)).toEqual(['尺寸偏差']);
      const months = await t.request({
        method: 'GET',
        url: '/api/v1/spot-checks/analysis?by=period',
        cookie: regulator,
      });
      expect(months.json().rows[0].key).toBe((facts().publishedOn as string).slice(0, 7));
    });

    it('exports the analysis as a real xlsx', async () => {
      const url = '/api/v1/spot-checks/analysis/export?by=category';
      expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
      expect((await t.request({ method: 'GET', url, cookie: expert })).statusCode).toBe(403);
      expect(
        (await t.request({ method: 'GET', url: `${url}&associationId=${jiancaiId}`, cookie: otherAssociationStaff }))
          .statusCode,
      ).toBe(403);
      const res = await t.request({
        method: 'GET',
        url: '/api/v1/spot-checks/analysis/export?by=category',
        cookie: associationStaff,
      });
      expect(res.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const values = book.worksheets[0]?.getSheetValues().flat().map(String) ?? [];
      expect(values).toContain('陶瓷砖');
      expect(values).toContain('会员不合格率');
    });
  });

  describe('sampling suggestion (双随机)', () => {
    it('refuses non-regulators and bad weights', async () => {
      const body = { title: '2027 年一季度陶瓷砖抽查', associationId: jiancaiId, sampleSize: 3 };
      const url = '/api/v1/spot-checks/sampling-plans';
      expect((await t.request({ method: 'POST', url, body })).statusCode).toBe(401);
      expect((await t.request({ method: 'POST', url, cookie: associationStaff, body })).statusCode).toBe(403);
      for (const cookie of [undefined, associationStaff]) {
        const list = await t.request({ method: 'GET', url, ...(cookie ? { cookie } : {}) });
        expect(list.statusCode).toBe(cookie ? 403 : 401);
      }
      const bad = await t.request({ method: 'POST', url, cookie: regulator, body: { ...body, sampleSize: 0 } });
      expect(Object.keys(errorFields(bad))).toContain('sampleSize');
    });

    it('draws a reproducible, explained sample: same seed, same picks', async () => {
      const body = {
        title: '2027 年一季度陶瓷砖抽查',
        associationId: jiancaiId,
        sampleSize: 3,
        seed: 'foshan-2027-q1',
      };
      const url = '/api/v1/spot-checks/sampling-plans';
      const first = await t.request({ method: 'POST', url, cookie: regulator, body });
      expect(first.statusCode, first.body).toBe(201);
      const second = await t.request({ method: 'POST', url, cookie: regulator, body });
      const plan = first.json();
      expect(plan.picks).toHaveLength(3);
      expect(second.json().picks.map((p: { id: string }) => p.id)).toEqual(plan.picks.map((p: { id: string }) => p.id));
      for (const pick of plan.picks) {
        const sum = pick.factors.reduce((s: number, f: { contribution: number }) => s + f.contribution, 0);
        expect(sum).toBeCloseTo(pick.weight, 9);
      }
      expect((await t.auditOf('sampling_plan.created', plan.id)).length).toBe(1);
      const other = await t.request({ method: 'GET', url: `${url}/${plan.id}`, cookie: otherRegulator });
      expect(other.statusCode).toBe(404);
      const otherExport = await t.request({ method: 'GET', url: `${url}/${plan.id}/export`, cookie: otherRegulator });
      expect(otherExport.statusCode).toBe(404);
      const listed = await t.request({ method: 'GET', url, cookie: otherRegulator });
      expect(listed.json().items).toEqual([]);
      const exported = await t.request({ method: 'GET', url: `${url}/${plan.id}/export`, cookie: regulator });
      expect(exported.headers['content-type']).toContain('spreadsheetml');
    });
  });

  describe('the public', () => {
    it('sees published notices and the failing products of member enterprises, not the overturned failure', async () => {
      const notices = await t.request({ method: 'GET', url: '/api/v1/public/spot-checks' });
      expect(notices.statusCode).toBe(200);
      expect(notices.json().items[0]).toMatchObject({ noticeNo: '佛市监抽〔2026〕12号', memberFailures: 1 });
      const failing = await t.request({ method: 'GET', url: '/api/v1/public/spot-checks/failing' });
      expect(failing.json().items.map((r: { enterpriseName: string }) => r.enterpriseName)).toEqual([
        '佛山市南海区后登记陶瓷有限公司',
      ]);
      expect(failing.json().items[0].associationNames).toEqual(['佛山市建材行业协会']);
    });
  });
});
