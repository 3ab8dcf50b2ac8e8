import { PublicCreditPageDto } from '@gongzhi/contracts';
import { sql } from 'drizzle-orm';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { todayInShanghai } from '../src/kernel/clock.js';
import { addCalendarDays } from '../src/modules/calendar/working-days.js';
import { DEFAULT_CREDIT_MODEL } from '../src/modules/credit/credit.model.js';
import { addMonths } from '../src/modules/credit/credit.workflow.js';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';
import { type MailInbox, startMailInbox } from './mail-inbox.js';

/** A real (tiny) PNG: evidence is checked by content. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
).toString('base64');

let mail: MailInbox;
let t: TestApp;
let staff: string;
let admin: string;
let liaison: string;
let enterpriseAdmin: string;
let cqo: string;
let otherEnterpriseAdmin: string;
let otherStaff: string;
let regulator: string;
let expert: string;
let jiancaiId: string;
let ranqiId: string;
let enterpriseId: string;
let otherMemberId: string;
let ranqiMemberId: string;
let enterpriseCode: string;

const today = todayInShanghai();
const ago = (days: number) => addCalendarDays(today, -days);

async function me(cookie: string) {
  return (await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie })).json();
}

beforeAll(async () => {
  mail = await startMailInbox();
  t = await buildTestApp({ config: { smtpUrl: mail.url } });
  staff = await t.login('jiancai.staff');
  admin = await t.login('jiancai.admin');
  liaison = await t.login('jiancai.liaison');
  enterpriseAdmin = await t.login('enterprise.admin');
  cqo = await t.login('enterprise.cqo');
  regulator = await t.login('regulator.admin');
  expert = await t.login('expert.zhang');
  jiancaiId = await t.orgId('佛山市建材行业协会');
  ranqiId = await t.orgId('佛山市顺德区燃气具商会');
  const mine = (await me(enterpriseAdmin)).organisations[0];
  enterpriseId = mine.id;
  enterpriseCode = (
    await t.request({ method: 'GET', url: `/api/v1/organisations/${enterpriseId}`, cookie: staff })
  ).json().creditCode;
  otherMemberId = await addOrganisation(t, {
    kind: 'enterprise',
    name: '佛山市禅城区另一建材有限公司',
    published: true,
    memberOf: jiancaiId,
  });
  ranqiMemberId = await addOrganisation(t, {
    kind: 'enterprise',
    name: '佛山市顺德区某燃气具有限公司',
    memberOf: ranqiId,
  });
  await addUser(t, 'other.enterprise.admin', 'enterprise_admin', otherMemberId);
  await addUser(t, 'ranqi.staff.c', 'association_staff', ranqiId);
  otherEnterpriseAdmin = await t.login('other.enterprise.admin');
  otherStaff = await t.login('ranqi.staff.c');
});
afterAll(async () => {
  await t.close();
  await mail.close();
});

const recordBody = (over: Record<string, unknown> = {}) => ({
  associationId: jiancaiId,
  enterpriseId,
  recordType: 'administrative_penalty',
  severity: 'general',
  title: '产品标识不符合规定被罚款',
  description: '佛山市市场监督管理局行政处罚决定书',
  occurredOn: ago(40),
  sourceName: '佛山市市场监督管理局',
  evidence: [{ filename: '决定书.png', contentBase64: PNG }],
  ...over,
});

async function createRecord(over: Record<string, unknown> = {}) {
  const res = await t.request({ method: 'POST', url: '/api/v1/credit/records', body: recordBody(over), cookie: staff });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function act(id: string, action: string, cookie = staff, reason?: string) {
  const current = (await t.request({ method: 'GET', url: `/api/v1/credit/records/${id}`, cookie: staff })).json();
  return t.request({
    method: 'POST',
    url: `/api/v1/credit/records/${id}/actions`,
    body: { action, version: current.version, ...(reason ? { reason } : {}) },
    cookie,
  });
}

async function evaluateAndPublish(cookie = staff) {
  const run = await t.request({
    method: 'POST',
    url: '/api/v1/credit/evaluations',
    body: { associationId: jiancaiId, kind: 'official' },
    cookie,
  });
  expect(run.statusCode, run.body).toBe(201);
  const published = await t.request({
    method: 'POST',
    url: `/api/v1/credit/evaluations/${run.json().id}/publish`,
    cookie,
  });
  expect(published.statusCode, published.body).toBe(200);
  return published.json();
}

async function publicPage(code = enterpriseCode) {
  const res = await t.request({ method: 'GET', url: `/api/v1/public/credit/${code}` });
  expect(res.statusCode, res.body).toBe(200);
  // The page is the database's JSON text, sent as it is: it must still be exactly the contract.
  const body = res.json();
  expect([...Value.Errors(PublicCreditPageDto, body)]).toEqual([]);
  return body;
}

describe('credit records (the archive)', () => {
  const url = '/api/v1/credit/records';

  it('refuses: not logged in 401, no credit.record 403, another association 403, bad input 400 naming fields', async () => {
    expect((await t.request({ method: 'POST', url, body: recordBody() })).statusCode).toBe(401);
    for (const cookie of [liaison, enterpriseAdmin, regulator, expert]) {
      expect((await t.request({ method: 'POST', url, body: recordBody(), cookie })).statusCode).toBe(403);
    }
    expect((await t.request({ method: 'POST', url, body: recordBody(), cookie: otherStaff })).statusCode).toBe(403);
    const bad = await t.request({
      method: 'POST',
      url,
      body: recordBody({ title: '', severity: 'huge', occurredOn: '2026-13-01' }),
      cookie: staff,
      headers: { 'accept-language': 'en-US' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(errorFields(bad)).sort()).toEqual(['occurredOn', 'severity', 'title']);
    const english = bad.json().error.fields.find((f: { field: string }) => f.field === 'severity');
    expect(english.message).toMatch(/minor/);
  });

  it('refuses a record for another association’s member or a non-member, a future date, a fake image', async () => {
    const otherMember = await t.request({
      method: 'POST',
      url,
      body: recordBody({ enterpriseId: ranqiMemberId }),
      cookie: staff,
    });
    expect(errorFields(otherMember)).toEqual({ enterpriseId: 'not_a_member_of_association' });
    const future = await t.request({
      method: 'POST',
      url,
      body: recordBody({ occurredOn: addCalendarDays(today, 3) }),
      cookie: staff,
    });
    expect(errorFields(future)).toEqual({ occurredOn: 'future_date' });
    const fake = await t.request({
      method: 'POST',
      url,
      body: recordBody({
        evidence: [{ filename: 'x.png', contentBase64: Buffer.from('not an image at all').toString('base64') }],
      }),
      cookie: staff,
    });
    expect(errorFields(fake)).toEqual({ 'evidence.0.contentBase64': 'attachment_type' });
  });

  it('creates a draft with evidence and defaults (penalty 3 years, negative), audited; drafts stay private', async () => {
    const record = await createRecord();
    expect(record).toMatchObject({ status: 'draft', polarity: 'negative', publiclyVisible: false });
    expect(record.publishUntil).toBe(addCalendarDays(addMonths(ago(40), 36), -1));
    expect(await t.auditOf('credit_record.created', record.id)).toHaveLength(1);
    // The enterprise, another enterprise, the regulator and the public do not see a draft.
    for (const cookie of [enterpriseAdmin, otherEnterpriseAdmin, regulator]) {
      expect((await t.request({ method: 'GET', url: `${url}/${record.id}`, cookie })).statusCode).toBe(404);
    }
    const list = (
      await t.request({ method: 'GET', url: `${url}?enterpriseId=${enterpriseId}`, cookie: enterpriseAdmin })
    ).json();
    expect(list.items.map((r: { id: string }) => r.id)).not.toContain(record.id);
    expect((await publicPage()).records.map((r: { id: string }) => r.id)).not.toContain(record.id);
    // The evidence can be read by the keeper, and the read is audited.
    const detail = (await t.request({ method: 'GET', url: `${url}/${record.id}`, cookie: staff })).json();
    const file = await t.request({
      method: 'GET',
      url: `${url}/${record.id}/attachments/${detail.attachments[0].id}`,
      cookie: staff,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(await t.auditOf('credit_attachment.read', detail.attachments[0].id)).toHaveLength(1);
  });

  it('steps: confirm (enterprise told by e-mail), publish (public), unpublish; wrong step 409, stale version 409', async () => {
    const record = await createRecord({ title: '抽查不合格（一般）', recordType: 'spot_check', severity: 'general' });
    const early = await act(record.id, 'publish');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('transition_not_allowed');
    const stale = await t.request({
      method: 'POST',
      url: `${url}/${record.id}/actions`,
      body: { action: 'confirm', version: record.version + 5 },
      cookie: staff,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect((await act(record.id, 'confirm', liaison)).statusCode).toBe(403);
    expect((await act(record.id, 'confirm', otherStaff)).statusCode).toBe(404);
    const confirmed = await act(record.id, 'confirm');
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().status).toBe('confirmed');
    expect(await t.auditOf('credit_record.confirmed', record.id)).toHaveLength(1);
    await expect.poll(() => mail.messages.some((m) => m.to.includes('enterprise.admin@example.org'))).toBe(true);
    // Confirmed: the enterprise sees it (with the date objections close); another enterprise does not; the public does not.
    const seen = await t.request({ method: 'GET', url: `${url}/${record.id}`, cookie: enterpriseAdmin });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().objectableUntil).toBe(
      addCalendarDays(today, DEFAULT_CREDIT_MODEL.procedure.objectionWindowDays),
    );
    expect(seen.json().abilities.object).toBe(true);
    expect(
      (await t.request({ method: 'GET', url: `${url}/${record.id}`, cookie: otherEnterpriseAdmin })).statusCode,
    ).toBe(404);
    expect((await publicPage()).records.map((r: { id: string }) => r.id)).not.toContain(record.id);
    // A failed spot check raised a warning for the association to publish.
    const issued = (
      await t.request({ method: 'GET', url: '/api/v1/credit/warnings?status=issued', cookie: staff })
    ).json();
    expect(
      issued.items.some(
        (w: { recordId: string; rule: string }) => w.recordId === record.id && w.rule === 'spot_check_failed',
      ),
    ).toBe(true);

    expect((await act(record.id, 'publish')).json().status).toBe('published');
    expect((await publicPage()).records.map((r: { id: string }) => r.id)).toContain(record.id);
    expect((await act(record.id, 'unpublish')).json().status).toBe('confirmed');
    expect((await publicPage()).records.map((r: { id: string }) => r.id)).not.toContain(record.id);
    expect(await t.auditOf('credit_record.unpublished', record.id)).toHaveLength(1);
  });

  it('the public never sees a published record past its window', async () => {
    const old = await createRecord({ title: '通报批评（已过公示期）', severity: 'minor', occurredOn: '2025-01-10' });
    expect(old.publishUntil).toBe('2025-04-09');
    await act(old.id, 'confirm');
    expect((await act(old.id, 'publish')).json().publiclyVisible).toBe(false);
    expect((await publicPage()).records.map((r: { id: string }) => r.id)).not.toContain(old.id);
  });

  it('revoking needs a reason; a revoked record is kept, never deleted', async () => {
    const record = await createRecord({ title: '误录信息' });
    const noReason = await act(record.id, 'revoke');
    expect(errorFields(noReason)).toEqual({ reason: 'required' });
    const revoked = await act(record.id, 'revoke', staff, '录入错误，撤销');
    expect(revoked.json().status).toBe('revoked');
    expect((await t.request({ method: 'GET', url: `${url}/${record.id}`, cookie: staff })).statusCode).toBe(200);
  });
});

describe('credit models', () => {
  const url = '/api/v1/credit/models';
  const model = (definition: unknown = DEFAULT_CREDIT_MODEL) => ({
    associationId: jiancaiId,
    name: '2027 版',
    rationale: '加重抽查不合格的扣分',
    definition,
  });

  it('refuses: 401, 403 without credit.model (staff), 403 another association, 400 overlapping grades or unknown types', async () => {
    expect((await t.request({ method: 'POST', url, body: model() })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, body: model(), cookie: staff })).statusCode).toBe(403);
    await addUser(t, 'ranqi.admin.c', 'association_admin', ranqiId);
    const ranqiAdmin = await t.login('ranqi.admin.c');
    expect((await t.request({ method: 'POST', url, body: model(), cookie: ranqiAdmin })).statusCode).toBe(403);
    const overlapping = {
      ...DEFAULT_CREDIT_MODEL,
      grades: [
        { code: 'A', label: { 'zh-CN': 'A', 'en-US': 'A' }, minScore: 90 },
        { code: 'B', label: { 'zh-CN': 'B', 'en-US': 'B' }, minScore: 95 },
        { code: 'C', label: { 'zh-CN': 'C', 'en-US': 'C' }, minScore: 10 },
      ],
      vetoes: [{ recordType: 'spot_check', severity: 'serious', maxGrade: 'Z' }],
    };
    const bad = await t.request({ method: 'POST', url, body: model(overlapping), cookie: admin });
    expect(errorFields(bad)).toEqual({
      'definition.grades.1.minScore': 'model_grades_order',
      'definition.grades.2.minScore': 'model_grades_gap',
      'definition.vetoes.0.maxGrade': 'model_unknown_grade',
    });
    const unknownType = await t.request({
      method: 'POST',
      url,
      body: model({
        ...DEFAULT_CREDIT_MODEL,
        rules: [{ recordType: 'gossip', points: 1, windowMonths: 12, decay: 'none' }],
      }),
      cookie: admin,
    });
    expect(errorFields(unknownType)).toEqual({ 'definition.rules.0.recordType': 'one_of' });
  });

  it('a change is a new version; activating retires the old one, which stays readable', async () => {
    const before = (await t.request({ method: 'GET', url: `${url}?associationId=${jiancaiId}`, cookie: staff })).json();
    expect(before[0]).toMatchObject({ version: 1, status: 'active' });
    const created = await t.request({
      method: 'POST',
      url,
      body: model({ ...DEFAULT_CREDIT_MODEL, baseScore: 82 }),
      cookie: admin,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ version: 2, status: 'draft' });
    expect(await t.auditOf('credit_model.created', created.json().id)).toHaveLength(1);
    // A preview of the draft against the population, before anything is published.
    const preview = await t.request({
      method: 'POST',
      url: '/api/v1/credit/evaluations',
      body: { associationId: jiancaiId, kind: 'preview', modelId: created.json().id },
      cookie: staff,
    });
    expect(preview.statusCode, preview.body).toBe(201);
    expect(preview.json().comparison).not.toBeNull();
    const publishPreview = await t.request({
      method: 'POST',
      url: `/api/v1/credit/evaluations/${preview.json().id}/publish`,
      cookie: staff,
    });
    expect(publishPreview.statusCode).toBe(409);
    const activated = await t.request({
      method: 'POST',
      url: `${url}/${created.json().id}/activate`,
      body: { version: 2 },
      cookie: admin,
    });
    expect(activated.json().status).toBe('active');
    const after = (await t.request({ method: 'GET', url: `${url}?associationId=${jiancaiId}`, cookie: staff })).json();
    expect(after.map((m: { version: number; status: string }) => `${m.version}:${m.status}`)).toEqual([
      '2:active',
      '1:retired',
    ]);
    expect(after[1].definition.baseScore).toBe(80);
  });
});

describe('evaluation, publication and explanation', () => {
  it('refuses: 401, 403 (liaison, enterprise), 403 another association, 400 bad input', async () => {
    const url = '/api/v1/credit/evaluations';
    const body = { associationId: jiancaiId, kind: 'official' };
    expect((await t.request({ method: 'POST', url, body })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, body, cookie: liaison })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, body, cookie: enterpriseAdmin })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, body, cookie: otherStaff })).statusCode).toBe(403);
    const bad = await t.request({
      method: 'POST',
      url,
      body: { ...body, kind: 'final', asOf: 'yesterday' },
      cookie: staff,
    });
    expect(Object.keys(errorFields(bad)).sort()).toEqual(['asOf', 'kind']);
  });

  it('evaluates every member, publishes, and explains each grade with contributions that sum to the score', async () => {
    const run = await evaluateAndPublish();
    expect(run.status).toBe('published');
    expect(await t.auditOf('credit_evaluation.published', run.id)).toHaveLength(1);
    const archive = (
      await t.request({ method: 'GET', url: `/api/v1/credit/enterprises/${enterpriseId}`, cookie: cqo })
    ).json();
    const grade = archive.grades.find((g: { associationId: string }) => g.associationId === jiancaiId);
    expect(grade).toBeDefined();
    const sum = grade.contributions.reduce((s: number, c: { points: number }) => s + c.points, 0);
    expect(Math.round(sum * 100) / 100).toBe(grade.score);
    expect(
      grade.contributions.some((c: { kind: string; recordTitle: string }) => c.kind === 'record' && c.recordTitle),
    ).toBe(true);
    // Another enterprise may not read this archive; the regulator of the region may.
    expect(
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/credit/enterprises/${enterpriseId}`,
          cookie: otherEnterpriseAdmin,
        })
      ).statusCode,
    ).toBe(404);
    const stats = (await t.request({ method: 'GET', url: '/api/v1/credit/stats', cookie: regulator })).json();
    const jiancai = stats.associations.find((a: { associationId: string }) => a.associationId === jiancaiId);
    expect(Object.values(jiancai.distribution).reduce((a: number, b) => a + (b as number), 0)).toBe(
      run.enterpriseCount,
    );
    // The public list and page show the published grade.
    const list = (await t.request({ method: 'GET', url: `/api/v1/public/credit?q=${enterpriseCode}` })).json();
    expect(list.items[0]).toMatchObject({ creditCode: enterpriseCode, grade: grade.grade });
    const shown = (await publicPage()).grades[0];
    expect(shown.grade).toBe(grade.grade);
    expect(shown.gradeLabel).toEqual(DEFAULT_CREDIT_MODEL.grades.find((g) => g.code === grade.grade)?.label);
    expect(list.items[0].gradeLabel).toEqual(shown.gradeLabel);
  });

  it('an evaluation that fails halfway leaves the published grades untouched, and the failure is on record', async () => {
    const before = (await publicPage()).grades;
    await t.database.query('REVOKE INSERT ON credit_result FROM gongzhi_app');
    try {
      await createRecord({ title: '严重违法（评价失败时不应生效）', severity: 'serious' }).then((r) =>
        act(r.id, 'confirm'),
      );
      const failed = await t.request({
        method: 'POST',
        url: '/api/v1/credit/evaluations',
        body: { associationId: jiancaiId, kind: 'official' },
        cookie: staff,
      });
      expect(failed.statusCode).toBe(500);
    } finally {
      await t.database.query('GRANT INSERT ON credit_result TO gongzhi_app');
    }
    expect((await publicPage()).grades).toEqual(before);
    const runs = (
      await t.request({ method: 'GET', url: `/api/v1/credit/evaluations?associationId=${jiancaiId}`, cookie: staff })
    ).json();
    expect(runs.items[0].status).toBe('failed');
    expect(await t.auditOf('credit_evaluation.failed', runs.items[0].id)).toHaveLength(1);
  });
});

describe('objections (异议)', () => {
  let record: { id: string; version: number };

  beforeAll(async () => {
    record = await createRecord({ title: '虚假宣传被处罚（待异议）', severity: 'serious' });
    await act(record.id, 'confirm');
    await act(record.id, 'publish');
    await evaluateAndPublish();
  });

  const objection = {
    reason: '该处罚已被复议机关撤销，见附件复议决定书。',
    evidence: [{ filename: '复议决定.png', contentBase64: PNG }],
  };

  it('refuses: 401, 403 for association staff, 404 for another enterprise, 400 a too-short reason', async () => {
    const url = `/api/v1/credit/records/${record.id}/objections`;
    expect((await t.request({ method: 'POST', url, body: objection })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, body: objection, cookie: staff })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, body: objection, cookie: otherEnterpriseAdmin })).statusCode).toBe(
      404,
    );
    expect(errorFields(await t.request({ method: 'POST', url, body: { reason: '不服' }, cookie: cqo }))).toEqual({
      reason: 'too_short',
    });
  });

  it('files with evidence (deadline in working days, association told), refuses a second open one, then upheld → grade corrected', async () => {
    const url = `/api/v1/credit/records/${record.id}/objections`;
    const gradeBefore = (await publicPage()).grades[0].grade;
    const filed = await t.request({ method: 'POST', url, body: objection, cookie: cqo });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ status: 'open', overdue: false });
    expect(filed.json().attachments).toHaveLength(1);
    expect(filed.json().dueOn > today).toBe(true);
    expect(await t.auditOf('credit_objection.filed', filed.json().id)).toHaveLength(1);
    const second = await t.request({ method: 'POST', url, body: objection, cookie: enterpriseAdmin });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('duplicate');

    const decide = (body: Record<string, unknown>, cookie = staff) =>
      t.request({ method: 'POST', url: `/api/v1/credit/objections/${filed.json().id}/decision`, body, cookie });
    expect(
      (await decide({ decision: 'uphold', version: 1, reason: '复议撤销', remedy: 'revoke' }, otherStaff)).statusCode,
    ).toBe(404);
    expect(
      (await decide({ decision: 'uphold', version: 1, reason: '复议撤销', remedy: 'revoke' }, cqo)).statusCode,
    ).toBe(403);
    expect(errorFields(await decide({ decision: 'uphold', version: 1, reason: '复议撤销' }))).toEqual({
      remedy: 'remedy_required',
    });
    const upheld = await decide({ decision: 'uphold', version: 1, reason: '复议决定撤销了原处罚', remedy: 'revoke' });
    expect(upheld.statusCode, upheld.body).toBe(200);
    expect(upheld.json()).toMatchObject({ status: 'upheld', remedy: 'revoke' });
    expect(await t.auditOf('credit_objection.upheld', filed.json().id)).toHaveLength(1);
    const after = (await t.request({ method: 'GET', url: `/api/v1/credit/records/${record.id}`, cookie: cqo })).json();
    expect(after.status).toBe('revoked');
    const page = await publicPage();
    expect(page.records.map((r: { id: string }) => r.id)).not.toContain(record.id);
    // The veto (serious penalty caps at C) is gone: the corrected grade is at least as good.
    expect(page.grades[0].grade <= gradeBefore).toBe(true);
    await expect.poll(() => mail.messages.some((m) => m.to.includes('jiancai.staff@example.org'))).toBe(true);
  });

  it('two objections filed at once: one is open, the other refused with 409', async () => {
    const record = await createRecord({ title: '同时提出两次异议的记录' });
    await act(record.id, 'confirm');
    const url = `/api/v1/credit/records/${record.id}/objections`;
    const both = await Promise.all([
      t.request({ method: 'POST', url, body: objection, cookie: cqo }),
      t.request({ method: 'POST', url, body: objection, cookie: enterpriseAdmin }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const open = (
      await t.request({ method: 'GET', url: `/api/v1/credit/objections?status=open&pageSize=100`, cookie: staff })
    )
      .json()
      .items.filter((o: { recordId: string }) => o.recordId === record.id);
    expect(open).toHaveLength(1);
  });

  it('an objection after the window is refused with the date the window closed', async () => {
    const late = await createRecord({ title: '逾期异议的记录' });
    await act(late.id, 'confirm');
    await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.execute(sql`UPDATE credit_record SET confirmed_at = now() - interval '90 days' WHERE id = ${late.id}::uuid`),
    );
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/credit/records/${late.id}/objections`,
      body: objection,
      cookie: cqo,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('too_late');
    expect(res.json().error.params.date).toBe(
      addCalendarDays(ago(90), DEFAULT_CREDIT_MODEL.procedure.objectionWindowDays),
    );
  });

  it('a rejected objection restores the record with the reason shown', async () => {
    const other = await createRecord({ title: '企业不服的记录' });
    await act(other.id, 'confirm');
    const filed = (
      await t.request({
        method: 'POST',
        url: `/api/v1/credit/records/${other.id}/objections`,
        body: objection,
        cookie: cqo,
      })
    ).json();
    const rejected = await t.request({
      method: 'POST',
      url: `/api/v1/credit/objections/${filed.id}/decision`,
      body: { decision: 'reject', version: filed.version, reason: '处罚决定仍然有效' },
      cookie: staff,
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionReason: '处罚决定仍然有效' });
    const list = (await t.request({ method: 'GET', url: '/api/v1/credit/objections', cookie: cqo })).json();
    expect(list.items.find((o: { id: string }) => o.id === filed.id).decisionReason).toBe('处罚决定仍然有效');
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/credit/records/${other.id}`, cookie: cqo })).json().status,
    ).toBe('confirmed');
  });

  it('an upheld objection with a correction supersedes the record by a corrected copy', async () => {
    const wrong = await createRecord({ title: '严重程度记错的记录', severity: 'serious' });
    await act(wrong.id, 'confirm');
    const filed = (
      await t.request({
        method: 'POST',
        url: `/api/v1/credit/records/${wrong.id}/objections`,
        body: objection,
        cookie: cqo,
      })
    ).json();
    const none = await t.request({
      method: 'POST',
      url: `/api/v1/credit/objections/${filed.id}/decision`,
      body: { decision: 'uphold', version: filed.version, reason: '应为一般', remedy: 'correct', correction: {} },
      cookie: staff,
    });
    expect(errorFields(none)).toEqual({ correction: 'correction_required' });
    const corrected = await t.request({
      method: 'POST',
      url: `/api/v1/credit/objections/${filed.id}/decision`,
      body: {
        decision: 'uphold',
        version: filed.version,
        reason: '应为一般',
        remedy: 'correct',
        correction: { severity: 'general' },
      },
      cookie: staff,
    });
    const copyId = corrected.json().correctedRecordId;
    expect(copyId).toBeTruthy();
    const old = (await t.request({ method: 'GET', url: `/api/v1/credit/records/${wrong.id}`, cookie: staff })).json();
    expect(old).toMatchObject({ status: 'corrected', supersededById: copyId });
    const copy = (await t.request({ method: 'GET', url: `/api/v1/credit/records/${copyId}`, cookie: staff })).json();
    expect(copy).toMatchObject({ status: 'confirmed', severity: 'general', supersedesId: wrong.id });
  });
});

describe('credit repair (信用修复)', () => {
  const documents = [
    { kind: 'application', filename: '申请书.png', contentBase64: PNG },
    { kind: 'pledge', filename: '承诺书.png', contentBase64: PNG },
    { kind: 'proof', filename: '整改报告.png', contentBase64: PNG },
  ];
  const statement = '已完成整改并通过复查，申请修复该条失信信息。';

  it('refuses a repair before the minimum period with the date it becomes possible, and a positive record', async () => {
    const recent = await createRecord({ title: '近期处罚', occurredOn: ago(30) });
    await act(recent.id, 'confirm');
    const early = await t.request({
      method: 'POST',
      url: `/api/v1/credit/records/${recent.id}/repairs`,
      body: { statement, documents },
      cookie: cqo,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'too_early', params: { date: addMonths(ago(30), 6) } });
    const honour = await createRecord({
      recordType: 'honour',
      severity: 'minor',
      title: '省名牌产品',
      occurredOn: ago(400),
    });
    await act(honour.id, 'confirm');
    const positive = await t.request({
      method: 'POST',
      url: `/api/v1/credit/records/${honour.id}/repairs`,
      body: { statement, documents },
      cookie: cqo,
    });
    expect(errorFields(positive)).toEqual({ recordId: 'not_repairable' });
  });

  it('needs all three documents; approved → repaired, off the public page, the grade re-evaluated', async () => {
    const old = await createRecord({ title: '一年前的处罚', occurredOn: ago(400) });
    await act(old.id, 'confirm');
    await act(old.id, 'publish');
    await evaluateAndPublish();
    const url = `/api/v1/credit/records/${old.id}/repairs`;
    expect((await t.request({ method: 'POST', url, body: { statement, documents } })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, body: { statement, documents }, cookie: staff })).statusCode).toBe(
      403,
    );
    const missing = await t.request({
      method: 'POST',
      url,
      body: { statement, documents: documents.slice(0, 2) },
      cookie: cqo,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0]).toMatchObject({ field: 'documents', issue: 'document_missing' });
    const applied = await t.request({ method: 'POST', url, body: { statement, documents }, cookie: cqo });
    expect(applied.statusCode, applied.body).toBe(201);
    expect(
      applied
        .json()
        .attachments.map((a: { purpose: string }) => a.purpose)
        .sort(),
    ).toEqual(['application', 'pledge', 'proof']);
    expect(await t.auditOf('credit_repair.applied', applied.json().id)).toHaveLength(1);
    expect((await t.request({ method: 'POST', url, body: { statement, documents }, cookie: cqo })).statusCode).toBe(
      409,
    );
    const approved = await t.request({
      method: 'POST',
      url: `/api/v1/credit/repairs/${applied.json().id}/decision`,
      body: { decision: 'approve', version: 1, reason: '整改到位，准予修复' },
      cookie: staff,
    });
    expect(approved.json().status).toBe('approved');
    expect(await t.auditOf('credit_repair.approved', applied.json().id)).toHaveLength(1);
    const after = (await t.request({ method: 'GET', url: `/api/v1/credit/records/${old.id}`, cookie: cqo })).json();
    expect(after.status).toBe('repaired');
    expect((await publicPage()).records.map((r: { id: string }) => r.id)).not.toContain(old.id);
    const runs = (
      await t.request({ method: 'GET', url: `/api/v1/credit/evaluations?associationId=${jiancaiId}`, cookie: staff })
    ).json();
    expect(runs.items[0]).toMatchObject({ kind: 'correction', status: 'published', enterpriseCount: 1 });
  });
});

describe('credit early warnings (信用预警)', () => {
  it('a serious negative record raises a red warning; publishing puts it on the public list; lifting needs a reason', async () => {
    const record = await createRecord({
      title: '生产销售不合格产品',
      severity: 'serious',
      enterpriseId: otherMemberId,
    });
    await act(record.id, 'confirm');
    const list = (
      await t.request({ method: 'GET', url: `/api/v1/credit/warnings?enterpriseId=${otherMemberId}`, cookie: staff })
    ).json();
    const warning = list.items.find((w: { recordId: string }) => w.recordId === record.id);
    expect(warning).toMatchObject({ rule: 'serious_negative', level: 'red', status: 'issued' });
    // The enterprise's people are told in-app.
    const notices = (
      await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: otherEnterpriseAdmin })
    ).json();
    expect(notices.some((n: { kind: string }) => n.kind === 'credit.warning')).toBe(true);
    // The enterprise sees its own warning; another enterprise does not.
    const own = (
      await t.request({ method: 'GET', url: '/api/v1/credit/warnings', cookie: otherEnterpriseAdmin })
    ).json();
    expect(own.items.map((w: { id: string }) => w.id)).toContain(warning.id);
    const notMine = (
      await t.request({ method: 'GET', url: '/api/v1/credit/warnings', cookie: enterpriseAdmin })
    ).json();
    expect(notMine.items.map((w: { id: string }) => w.id)).not.toContain(warning.id);
    const url = `/api/v1/credit/warnings/${warning.id}/actions`;
    expect((await t.request({ method: 'POST', url, body: { action: 'publish', version: 1 } })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'POST', url, body: { action: 'publish', version: 1 }, cookie: liaison })).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'POST', url, body: { action: 'publish', version: 1 }, cookie: otherStaff }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'POST', url, body: { action: 'shout', version: 1 }, cookie: staff })).statusCode,
    ).toBe(400);
    const published = await t.request({ method: 'POST', url, body: { action: 'publish', version: 1 }, cookie: staff });
    expect(published.json().status).toBe('published');
    expect(await t.auditOf('credit_warning.published', warning.id)).toHaveLength(1);
    const pub = (await t.request({ method: 'GET', url: '/api/v1/public/credit-warnings' })).json();
    expect(pub.items.map((w: { id: string }) => w.id)).toContain(warning.id);
    const otherCode = (
      await t.request({ method: 'GET', url: `/api/v1/organisations/${otherMemberId}`, cookie: staff })
    ).json().creditCode;
    expect((await publicPage(otherCode)).warnings).toEqual([
      expect.objectContaining({ id: warning.id, rule: 'serious_negative', level: 'red' }),
    ]);
    expect(
      errorFields(await t.request({ method: 'POST', url, body: { action: 'lift', version: 2 }, cookie: staff })),
    ).toEqual({
      reason: 'required',
    });
    const lifted = await t.request({
      method: 'POST',
      url,
      body: { action: 'lift', version: 2, reason: '已整改到位' },
      cookie: staff,
    });
    expect(lifted.json().status).toBe('lifted');
    const gone = (await t.request({ method: 'GET', url: '/api/v1/public/credit-warnings' })).json();
    expect(gone.items.map((w: { id: string }) => w.id)).not.toContain(warning.id);
  });

  it('a grade that falls at publication raises a grade_fell warning (B → D: red)', async () => {
    const fresh = await addOrganisation(t, {
      kind: 'enterprise',
      name: '佛山市南海区新会员建材厂',
      memberOf: jiancaiId,
    });
    await evaluateAndPublish();
    for (const title of ['严重违法一', '严重违法二']) {
      const r = await createRecord({ title, severity: 'serious', enterpriseId: fresh, occurredOn: ago(5) });
      await act(r.id, 'confirm');
    }
    const run = await evaluateAndPublish();
    const list = (
      await t.request({ method: 'GET', url: `/api/v1/credit/warnings?enterpriseId=${fresh}`, cookie: staff })
    ).json();
    const fell = list.items.find((w: { rule: string; runId: string }) => w.rule === 'grade_fell' && w.runId === run.id);
    expect(fell).toMatchObject({ level: 'red', params: { from: 'B', to: 'D' } });
    // Measures follow the published grade of that run: a D member may be constrained, not rewarded.
    const measure = (kind: string) =>
      t.request({
        method: 'POST',
        url: '/api/v1/credit/measures',
        body: { associationId: jiancaiId, enterpriseId: fresh, kind, reason: '依据公布的信用等级', validFrom: today },
        cookie: staff,
      });
    const award = await measure('award_recommendation');
    expect(award.json().error.fields[0]).toMatchObject({ field: 'kind', issue: 'grade_not_eligible' });
    const checks = await measure('more_frequent_checks');
    expect(checks.statusCode, checks.body).toBe(201);
    expect(checks.json()).toMatchObject({ list: 'black', grade: 'D', runId: run.id });
  });
});

describe('access to lists', () => {
  it('an enterprise lists only its own non-draft records; the regulator its region; a liaison reads, never writes', async () => {
    await createRecord({ title: '草稿：另一企业', enterpriseId: otherMemberId });
    const mine = (
      await t.request({ method: 'GET', url: '/api/v1/credit/records?pageSize=100', cookie: enterpriseAdmin })
    ).json();
    expect(
      mine.items.every(
        (r: { enterpriseId: string; status: string }) => r.enterpriseId === enterpriseId && r.status !== 'draft',
      ),
    ).toBe(true);
    const regulatorList = (
      await t.request({ method: 'GET', url: '/api/v1/credit/records?pageSize=100', cookie: regulator })
    ).json();
    expect(regulatorList.items.length).toBeGreaterThan(0);
    expect(regulatorList.items.every((r: { status: string }) => r.status !== 'draft')).toBe(true);
    const liaisonList = await t.request({ method: 'GET', url: '/api/v1/credit/records', cookie: liaison });
    expect(liaisonList.statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/v1/credit/records' })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/v1/credit/records', cookie: expert })).statusCode).toBe(403);
  });

  it('exports the archive and the grade list as real xlsx files', async () => {
    const archive = await t.request({
      method: 'GET',
      url: `/api/v1/credit/enterprises/${enterpriseId}/export`,
      cookie: cqo,
    });
    expect(archive.statusCode).toBe(200);
    expect(archive.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const runs = (
      await t.request({ method: 'GET', url: `/api/v1/credit/evaluations?associationId=${jiancaiId}`, cookie: staff })
    ).json();
    const official = runs.items.find(
      (r: { kind: string; status: string }) => r.kind === 'official' && r.status === 'published',
    );
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/credit/evaluations/${official.id}/export`,
      cookie: staff,
    });
    expect(list.statusCode).toBe(200);
    expect(list.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/credit/evaluations/${official.id}/export`, cookie: otherStaff }))
        .statusCode,
    ).toBe(403);
  });
});

describe('refusals on the remaining read routes', () => {
  it('401 signed out, 403 without credit.read, 403/404 for another organisation, 400 for bad input', async () => {
    const runs = (
      await t.request({ method: 'GET', url: `/api/v1/credit/evaluations?associationId=${jiancaiId}`, cookie: staff })
    ).json();
    const runId = runs.items[0].id;
    const reads = [
      `/api/v1/credit/models?associationId=${jiancaiId}`,
      '/api/v1/credit/objections',
      '/api/v1/credit/repairs',
      '/api/v1/credit/warnings',
      '/api/v1/credit/stats',
      `/api/v1/credit/evaluations/${runId}`,
      `/api/v1/credit/evaluations/${runId}/results`,
      `/api/v1/credit/enterprises/${enterpriseId}`,
      `/api/v1/credit/enterprises/${enterpriseId}/export`,
    ];
    for (const url of reads) {
      expect((await t.request({ method: 'GET', url })).statusCode, url).toBe(401);
      expect((await t.request({ method: 'GET', url, cookie: expert })).statusCode, url).toBe(403);
      expect((await t.request({ method: 'GET', url, cookie: staff })).statusCode, url).toBe(200);
    }
    // Another association: its models and runs are not this one's to read; a member's archive is hidden.
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/credit/models?associationId=${jiancaiId}`, cookie: otherStaff }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/credit/evaluations/${runId}/results`, cookie: otherStaff }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/credit/enterprises/${enterpriseId}`, cookie: otherStaff }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/credit/warnings?associationId=${jiancaiId}`,
          cookie: otherStaff,
        })
      ).statusCode,
    ).toBe(404);
    // Bad input names the field.
    expect(
      errorFields(await t.request({ method: 'GET', url: '/api/v1/credit/models?associationId=nope', cookie: staff })),
    ).toEqual({
      associationId: 'format',
    });
    expect(
      errorFields(
        await t.request({
          method: 'GET',
          url: `/api/v1/credit/evaluations/${runId}/results?movement=sideways`,
          cookie: staff,
        }),
      ),
    ).toEqual({
      movement: 'one_of',
    });
    // Deciding a repair: not for the enterprise, not for another association.
    const decide = { decision: 'approve', version: 1, reason: '整改到位' };
    const repairs = (await t.request({ method: 'GET', url: '/api/v1/credit/repairs', cookie: staff })).json();
    const url = `/api/v1/credit/repairs/${repairs.items[0].id}/decision`;
    expect((await t.request({ method: 'POST', url, body: decide })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, body: decide, cookie: cqo })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, body: decide, cookie: otherStaff })).statusCode).toBe(404);
    expect(
      errorFields(await t.request({ method: 'POST', url, body: { ...decide, decision: 'maybe' }, cookie: staff })),
    ).toEqual({
      decision: 'one_of',
    });
  });
});
