import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { complaint, notification } from '../src/db/schema/index.js';
import { todayInShanghai } from '../src/kernel/clock.js';
import { addCalendarDays } from '../src/modules/calendar/working-days.js';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';

let t: TestApp;
let staff: string;
let liaison: string;
let enterpriseAdmin: string;
let regulator: string;
let otherStaff: string;
let expert: string;
let jiancaiId: string;
let ranqiId: string;
let enterpriseId: string;
let regulatorId: string;

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let phoneSerial = 0;
/** A distinct mobile number per case, so per-phone limits and duplicate checks do not interfere. */
function freshPhone(): string {
  phoneSerial += 1;
  return `139${String(10_000_000 + phoneSerial * 7919).slice(-8)}`;
}

const intakeBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  enterpriseId,
  complainantName: '王小明',
  complainantPhone: freshPhone(),
  complainantAddress: '广东省佛山市禅城区季华五路 1 号',
  category: 'quality',
  productName: '陶瓷砖',
  facts: `购买的瓷砖铺贴后两周出现大面积开裂，商家拒绝退换。${Math.random()}`,
  request: '退货并赔偿铺贴费用',
  consentShareContact: true,
  ...overrides,
});

async function file(overrides: Record<string, unknown> = {}) {
  const body = intakeBody(overrides);
  const res = await t.request({ method: 'POST', url: '/api/v1/public/complaints', body });
  expect(res.statusCode, res.body).toBe(201);
  const receipt = res.json() as { trackingNo: string; status: string; dueOn: string };
  const id = await caseId(receipt.trackingNo);
  return { ...receipt, id, phone: body.complainantPhone as string };
}

async function caseId(trackingNo: string): Promise<string> {
  const rows = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
    tx.select({ id: complaint.id }).from(complaint).where(eq(complaint.trackingNo, trackingNo)),
  );
  return rows[0]?.id as string;
}

async function detail(id: string, cookie = staff) {
  const res = await t.request({ method: 'GET', url: `/api/v1/complaints/${id}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function act(id: string, body: Record<string, unknown>, cookie = staff) {
  const version = body.version ?? (await detail(id, staff)).version;
  return t.request({ method: 'POST', url: `/api/v1/complaints/${id}/actions`, cookie, body: { version, ...body } });
}

beforeAll(async () => {
  t = await buildTestApp({ config: { intakePerPhonePerHour: 3, intakePerIpPerHour: 1000, trackPerIpPerHour: 1000 } });
  staff = await t.login('jiancai.staff');
  liaison = await t.login('jiancai.liaison');
  enterpriseAdmin = await t.login('enterprise.admin');
  regulator = await t.login('regulator.admin');
  expert = await t.login('expert.zhang');
  jiancaiId = await t.orgId('佛山市建材行业协会');
  ranqiId = await t.orgId('佛山市顺德区燃气具商会');
  regulatorId = await t.orgId('佛山市市场监督管理局');
  await addUser(t, 'ranqi.staff.c', 'association_staff', ranqiId);
  otherStaff = await t.login('ranqi.staff.c');
  const me = (await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: enterpriseAdmin })).json();
  enterpriseId = me.organisations[0].id;
});
afterAll(() => t.close());

describe('POST /api/v1/public/complaints (public intake)', () => {
  it('400 names every missing item, in Chinese', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/public/complaints', body: {} });
    expect(res.statusCode).toBe(400);
    expect(errorFields(res)).toMatchObject({
      kind: 'required',
      complainantName: 'required',
      complainantPhone: 'required',
      complainantAddress: 'required',
      category: 'required',
      facts: 'required',
      consentShareContact: 'required',
    });
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('400 for a wrong phone, a bad ID number, a future date, a complaint without a request or respondent', async () => {
    const tomorrow = addCalendarDays(todayInShanghai(), 1);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      headers: { 'accept-language': 'en-US' },
      body: intakeBody({
        enterpriseId: undefined,
        complainantPhone: '12345',
        complainantIdNumber: '11010519491231001X',
        harmKnownOn: tomorrow,
        request: ' ',
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(errorFields(res)).toEqual({
      complainantPhone: 'phone',
      complainantIdNumber: 'id_number',
      harmKnownOn: 'future_date',
      request: 'request_required',
      respondentName: 'respondent_required',
      associationId: 'association_required',
    });
    const phone = res.json().error.fields.find((f: { field: string }) => f.field === 'complainantPhone');
    expect(phone.message).toContain('11-digit');
  });

  it('400 when the enterprise is not a member of the chosen association', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: intakeBody({ associationId: ranqiId }),
    });
    expect(res.statusCode).toBe(400);
    expect(errorFields(res)).toEqual({ enterpriseId: 'not_a_member' });
  });

  it('400 for an attachment whose content is not an image or PDF, whatever its name', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: intakeBody({
        attachments: [
          { filename: 'receipt.png', contentBase64: PNG.toString('base64') },
          { filename: 'photo.jpg', contentBase64: Buffer.from('MZ this is an executable').toString('base64') },
          { filename: 'x.pdf', contentBase64: '%%%not base64%%%' },
        ],
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(errorFields(res)).toEqual({
      'attachments.1.contentBase64': 'attachment_type',
      'attachments.2.contentBase64': 'attachment_encoding',
    });
  });

  it('files a complaint against a member: tracking number, acceptance deadline, attachments, audit without personal data', async () => {
    const body = intakeBody({ attachments: [{ filename: '小票.png', contentBase64: PNG.toString('base64') }] });
    const res = await t.request({ method: 'POST', url: '/api/v1/public/complaints', body });
    expect(res.statusCode, res.body).toBe(201);
    const receipt = res.json();
    expect(receipt).toMatchObject({ status: 'received', dueKind: 'acceptance', duplicate: false });
    expect(receipt.trackingNo).toMatch(/^TS\d{8}[2-9A-Z]{8}$/);
    expect(receipt.dueOn > receipt.receivedOn).toBe(true);
    const id = await caseId(receipt.trackingNo);
    const events = await t.auditOf('complaint.received', id);
    expect(events).toHaveLength(1);
    expect(events[0]?.organisationId).toBe(jiancaiId);
    expect(JSON.stringify(events[0])).not.toContain(body.complainantPhone);
    expect(JSON.stringify(events[0])).not.toContain('王小明');
    const d = await detail(id);
    expect(d.attachments).toEqual([expect.objectContaining({ filename: '小票.png', mediaType: 'image/png' })]);
    const download = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${id}/attachments/${d.attachments[0].id}`,
      cookie: staff,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect(await t.auditOf('complaint.attachment_read', id)).toHaveLength(1);
  });

  it('takes a phone photo of several megabytes (above the global body limit); refuses one over 5 MB', async () => {
    const photo = Buffer.concat([PNG, Buffer.alloc(4_500_000, 7)]);
    const ok = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: intakeBody({ attachments: [{ filename: 'IMG_0001.PNG', contentBase64: photo.toString('base64') }] }),
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024, 7)]);
    const tooBig = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: intakeBody({ attachments: [{ filename: 'IMG_0002.PNG', contentBase64: big.toString('base64') }] }),
    });
    expect(tooBig.statusCode).toBe(400);
    expect(errorFields(tooBig)).toEqual({ 'attachments.0.contentBase64': 'too_long' });
  });

  it('recognises the same submission minutes later and does not file it twice', async () => {
    const body = intakeBody();
    const first = await t.request({ method: 'POST', url: '/api/v1/public/complaints', body });
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: { ...body, complainantPhone: ` ${body.complainantPhone} `, facts: ` ${body.facts}` },
    });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ trackingNo: first.json().trackingNo, duplicate: true });
  });

  it('keeps a complaint about harm known more than 3 years ago as a record, refused on that ground', async () => {
    const harmKnownOn = addCalendarDays(todayInShanghai(), -(3 * 366 + 1));
    const filed = await file({ harmKnownOn });
    expect(filed.status).toBe('refused');
    const d = await detail(filed.id);
    expect(d).toMatchObject({ status: 'refused', outcome: 'refused', refusalGround: 'time_barred', dueOn: null });
  });

  it('takes a consultation or a complaint about a non-member named in free text', async () => {
    const filed = await file({
      kind: 'consultation',
      enterpriseId: undefined,
      associationId: jiancaiId,
      respondentName: '某某建材商行',
      request: undefined,
    });
    const d = await detail(filed.id);
    expect(d).toMatchObject({ kind: 'consultation', enterpriseId: null, respondentName: '某某建材商行' });
    expect(d.allowedActions).toEqual(['answer', 'comment']);
  });

  it('429 after too many submissions from one phone in an hour', async () => {
    const complainantPhone = freshPhone();
    for (let i = 0; i < 3; i++) await file({ complainantPhone });
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: intakeBody({ complainantPhone }),
    });
    expect(res.statusCode).toBe(429);
  });
});

describe('public tracking and rating', () => {
  it('the wrong phone and an unknown number get the same 404', async () => {
    const filed = await file();
    const wrongPhone = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints/track',
      body: { trackingNo: filed.trackingNo, phone: '13800000000' },
    });
    const unknown = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints/track',
      body: { trackingNo: 'TS20260101ZZZZZZZZ', phone: filed.phone },
    });
    expect(wrongPhone.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrongPhone.json().error.code).toBe(unknown.json().error.code);
  });

  it('shows status, deadline and the public timeline (no staff names), and takes one rating once closed', async () => {
    const filed = await file();
    const track = () =>
      t.request({
        method: 'POST',
        url: '/api/v1/public/complaints/track',
        body: { trackingNo: filed.trackingNo.toLowerCase(), phone: filed.phone },
      });
    const before = (await track()).json();
    expect(before).toMatchObject({ status: 'received', dueKind: 'acceptance', canRate: false });
    const rateBody = { trackingNo: filed.trackingNo, phone: filed.phone, rating: 5, comment: '处理及时' };
    const early = await t.request({ method: 'POST', url: '/api/v1/public/complaints/rate', body: rateBody });
    expect(early.statusCode).toBe(409);

    expect((await act(filed.id, { action: 'accept' })).statusCode).toBe(200);
    await act(filed.id, { action: 'comment', note: '内部备注：已电话联系企业' });
    expect(
      (await act(filed.id, { action: 'record_agreement', resolution: '企业同意退货并赔偿 500 元' })).statusCode,
    ).toBe(200);

    const closed = (await track()).json();
    expect(closed).toMatchObject({ status: 'closed', outcome: 'settled', canRate: true });
    expect(closed.timeline.map((e: { action: string }) => e.action)).toEqual([
      'received',
      'accept',
      'record_agreement',
    ]);
    expect(closed.timeline.every((e: Record<string, unknown>) => !('actorUsername' in e))).toBe(true);

    const rated = await t.request({ method: 'POST', url: '/api/v1/public/complaints/rate', body: rateBody });
    expect(rated.statusCode).toBe(200);
    expect(rated.json()).toMatchObject({ rating: 5, canRate: false });
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/public/complaints/rate', body: rateBody })).statusCode,
    ).toBe(409);
    expect(await t.auditOf('complaint.rated', filed.id)).toHaveLength(1);
  });
});

describe('GET /api/v1/complaints (queue) and GET /api/v1/complaints/:id', () => {
  it('401 when not logged in; 403 for a role without complaint.read', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/complaints' })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/v1/complaints', cookie: expert })).statusCode).toBe(403);
  });

  it('404 for another association’s queue or case', async () => {
    const filed = await file();
    const url = `/api/v1/complaints?associationId=${jiancaiId}`;
    expect((await t.request({ method: 'GET', url, cookie: otherStaff })).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/complaints/${filed.id}`, cookie: otherStaff })).statusCode,
    ).toBe(404);
  });

  it('400 for a bad filter', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/complaints?status=lost&due=later', cookie: staff });
    expect(res.statusCode).toBe(400);
    expect(errorFields(res)).toEqual({ status: 'one_of', due: 'one_of' });
  });

  it('lists the open queue by deadline with names and phones masked; overdue cases flagged', async () => {
    const filed = await file();
    const overdue = await file();
    await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.update(complaint).set({ dueOn: '2026-01-05' }).where(eq(complaint.id, overdue.id)),
    );
    const page = (
      await t.request({ method: 'GET', url: '/api/v1/complaints?due=open&pageSize=100', cookie: staff })
    ).json();
    const dates = page.items.map((i: { dueOn: string }) => i.dueOn);
    expect(dates).toEqual([...dates].sort());
    const first = page.items[0];
    expect(first).toMatchObject({ id: overdue.id, dueState: 'overdue' });
    const mine = page.items.find((i: { id: string }) => i.id === filed.id);
    expect(mine.complainantName).toBe('王**');
    expect(mine.complainantPhone).toBe(`${filed.phone.slice(0, 3)}****${filed.phone.slice(-4)}`);
    const onlyOverdue = (
      await t.request({ method: 'GET', url: '/api/v1/complaints?due=overdue', cookie: staff })
    ).json();
    expect(onlyOverdue.items.map((i: { id: string }) => i.id)).toContain(overdue.id);
    expect(onlyOverdue.items.every((i: { dueState: string }) => i.dueState === 'overdue')).toBe(true);
    const byNumber = (
      await t.request({ method: 'GET', url: `/api/v1/complaints?trackingNo=${filed.trackingNo}`, cookie: staff })
    ).json();
    expect(byNumber.items.map((i: { id: string }) => i.id)).toEqual([filed.id]);
  });

  it('masks the complainant in the case view for every role; the enterprise sees nothing until it is forwarded', async () => {
    const filed = await file({ complainantIdNumber: '440524188001010014' });
    const d = await detail(filed.id);
    expect(d.complainantName).toBe('王**');
    expect(d.complainantIdNumber).toBe('4405**********0014');
    expect(d.complainantAddress).not.toContain('季华五路');
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/complaints/${filed.id}`, cookie: enterpriseAdmin })).statusCode,
    ).toBe(404);
    const regional = await detail(filed.id, regulator);
    expect(regional.complainantPhone).toContain('****');
    expect(regional.allowedActions).toEqual([]);
  });
});

describe('POST /api/v1/complaints/:id/actions (workflow)', () => {
  it('401 when not logged in; 403 for a side that may not take the step; 404 for another association', async () => {
    const filed = await file();
    const url = `/api/v1/complaints/${filed.id}/actions`;
    expect((await t.request({ method: 'POST', url, body: { action: 'accept', version: 1 } })).statusCode).toBe(401);
    expect((await act(filed.id, { action: 'accept' }, liaison)).statusCode).toBe(403);
    expect((await act(filed.id, { action: 'accept' }, otherStaff)).statusCode).toBe(404);
  });

  it('400 names what the step needs; 409 for a step not allowed now, listing the allowed ones; 409 on a stale version', async () => {
    const filed = await file();
    const refuse = await act(filed.id, { action: 'refuse' });
    expect(refuse.statusCode).toBe(400);
    expect(errorFields(refuse)).toEqual({ refusalGround: 'required', resolution: 'required' });
    const forward = await act(filed.id, { action: 'forward' });
    expect(forward.statusCode).toBe(409);
    expect(forward.json().error.code).toBe('transition_not_allowed');
    expect(forward.json().error.message).toContain('accept, refuse, transfer, comment');
    expect(forward.json().error.params).toEqual({ status: 'received', allowed: 'accept, refuse, transfer, comment' });
    expect((await act(filed.id, { action: 'accept', version: 1 })).statusCode).toBe(200);
    const stale = await act(filed.id, { action: 'forward', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
  });

  it('refuses with a ground and an explanation, shown to the consumer', async () => {
    const filed = await file();
    const res = await act(filed.id, {
      action: 'refuse',
      refusalGround: 'already_handled',
      resolution: '该纠纷已由区消费者委员会受理',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'refused', refusalGround: 'already_handled', dueOn: null });
    const audited = await t.auditOf('complaint.refuse', filed.id);
    expect(audited[0]?.after).toMatchObject({ status: 'refused', refusalGround: 'already_handled' });
  });

  it('runs accept → forward → enterprise response → mediation with a pause → agreement, telling the enterprise', async () => {
    const filed = await file();
    const accepted = (await act(filed.id, { action: 'accept', note: '材料齐全' })).json();
    expect(accepted).toMatchObject({ status: 'accepted', dueKind: 'mediation', acceptedOn: todayInShanghai() });
    const forwarded = (await act(filed.id, { action: 'forward' })).json();
    expect(forwarded).toMatchObject({ status: 'with_enterprise', dueKind: 'response' });

    const notices = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.select().from(notification).where(sql`${notification.params}->>'trackingNo' = ${filed.trackingNo}`),
    );
    expect(notices.map((n) => n.kind)).toContain('complaint.forwarded');
    const inbox = (await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: enterpriseAdmin })).json();
    expect(inbox.some((n: { params: { trackingNo: string } }) => n.params.trackingNo === filed.trackingNo)).toBe(true);

    const seen = await detail(filed.id, enterpriseAdmin);
    expect(seen.allowedActions).toEqual(['enterprise_respond', 'comment']);
    const respondedRes = await act(
      filed.id,
      { action: 'enterprise_respond', response: '同意上门检测' },
      enterpriseAdmin,
    );
    expect(respondedRes.statusCode).toBe(200);
    expect(respondedRes.json().status).toBe('enterprise_responded');

    const noConsent = await act(filed.id, { action: 'start_mediation', consumerConsent: true });
    expect(errorFields(noConsent)).toEqual({ enterpriseConsent: 'consent_required' });
    expect(
      (await act(filed.id, { action: 'start_mediation', consumerConsent: true, enterpriseConsent: true })).json()
        .status,
    ).toBe('mediating');
    const paused = (await act(filed.id, { action: 'pause', note: '送检：佛山市质检院' })).json();
    expect(paused).toMatchObject({ status: 'paused', dueOn: null });
    expect((await act(filed.id, { action: 'resume' })).json()).toMatchObject({
      status: 'mediating',
      dueKind: 'mediation',
    });
    const closed = (
      await act(filed.id, { action: 'record_agreement', resolution: '企业更换全部瓷砖', justified: true })
    ).json();
    expect(closed).toMatchObject({ status: 'closed', outcome: 'settled', justified: true, dueOn: null });
    expect(closed.timeline.map((e: { action: string }) => e.action)).toEqual([
      'received',
      'accept',
      'forward',
      'enterprise_respond',
      'start_mediation',
      'pause',
      'resume',
      'record_agreement',
    ]);
    for (const action of ['accept', 'forward', 'enterprise_respond', 'start_mediation', 'record_agreement']) {
      expect(await t.auditOf(`complaint.${action}`, filed.id)).toHaveLength(1);
    }
    // Found justified: a draft record in the association's credit archive, for the secretary to review.
    const archive = (
      await t.request({
        method: 'GET',
        url: `/api/v1/credit/records?enterpriseId=${enterpriseId}&recordType=justified_complaint&pageSize=100`,
        cookie: staff,
      })
    ).json();
    const fromCase = archive.items.filter(
      (r: { sourceRef: string }) => r.sourceRef === `complaint:${filed.trackingNo}`,
    );
    expect(fromCase).toHaveLength(1);
    expect(fromCase[0]).toMatchObject({ status: 'draft', polarity: 'negative', associationId: jiancaiId });
  });

  it('terminates mediation with a ground and tells both parties', async () => {
    const filed = await file();
    await act(filed.id, { action: 'accept' });
    await act(filed.id, { action: 'forward' });
    const res = await act(filed.id, { action: 'terminate', terminationGround: 'agreement_impossible' });
    expect(res.json()).toMatchObject({
      status: 'closed',
      outcome: 'terminated',
      terminationGround: 'agreement_impossible',
    });
    expect(res.json().timeline.map((e: { action: string }) => e.action)).toContain('parties_notified');
    const inbox = (await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: enterpriseAdmin })).json();
    expect(
      inbox.some(
        (n: { kind: string; params: { trackingNo: string } }) =>
          n.kind === 'complaint.terminated' && n.params.trackingNo === filed.trackingNo,
      ),
    ).toBe(true);
  });

  it('transfers a complaint outside the association’s power to the regulator, who records feedback', async () => {
    const filed = await file();
    const notRegulator = await act(filed.id, { action: 'transfer', regulatorId: jiancaiId, note: '涉嫌违法' });
    expect(errorFields(notRegulator)).toEqual({ regulatorId: 'not_a_regulator' });
    const res = await act(filed.id, { action: 'transfer', regulatorId, note: '涉及产品质量违法，超出行业组织职能' });
    expect(res.json()).toMatchObject({ status: 'transferred', outcome: 'transferred', regulatorId });
    const referral = res.json().referrals[0];
    expect(referral).toMatchObject({ kind: 'outside_power', status: 'sent' });

    const inbox = (await t.request({ method: 'GET', url: '/api/v1/referrals?status=sent', cookie: regulator })).json();
    expect(inbox.items.map((r: { id: string }) => r.id)).toContain(referral.id);
    const feedbackUrl = `/api/v1/referrals/${referral.id}/feedback`;
    const body = { version: referral.version, feedback: '已立案调查' };
    expect((await t.request({ method: 'POST', url: feedbackUrl, body })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url: feedbackUrl, body, cookie: staff })).statusCode).toBe(403);
    const bad = await t.request({ method: 'POST', url: feedbackUrl, body: { version: 1 }, cookie: regulator });
    expect(errorFields(bad)).toEqual({ feedback: 'required' });
    const answered = await t.request({ method: 'POST', url: feedbackUrl, body, cookie: regulator });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', feedback: '已立案调查' });
    expect(await t.auditOf('complaint.referral_answered', referral.id)).toHaveLength(1);
    // The regulator handling the transfer may read the contact details.
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/complaints/${filed.id}/contact`, cookie: regulator }))
        .statusCode,
    ).toBe(200);
  });

  it('passes a lead on a suspected violation to the regulator without closing the case', async () => {
    const filed = await file();
    const url = `/api/v1/complaints/${filed.id}/referrals`;
    const body = {
      kind: 'suspected_violation',
      regulatorId,
      reason: '疑似假冒注册商标',
      evidence: '购买小票、产品照片',
    };
    expect((await t.request({ method: 'POST', url, body, cookie: liaison })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, body: { ...body, reason: '' }, cookie: staff })).statusCode).toBe(
      400,
    );
    const res = await t.request({ method: 'POST', url, body, cookie: staff });
    expect(res.statusCode).toBe(201);
    expect((await detail(filed.id)).status).toBe('received');
    expect(await t.auditOf('complaint.referred', res.json().id)).toHaveLength(1);
  });
});

describe('POST /api/v1/complaints/:id/contact (reveal, audited)', () => {
  it('401, 403 without the permission or consent, 404 for another association; staff see it and it is audited', async () => {
    const filed = await file({ consentShareContact: false, complainantIdNumber: '11010519491231002X' });
    const url = `/api/v1/complaints/${filed.id}/contact`;
    expect((await t.request({ method: 'POST', url })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, cookie: liaison })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, cookie: otherStaff })).statusCode).toBe(404);
    const res = await t.request({ method: 'POST', url, cookie: staff });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      name: '王小明',
      phone: filed.phone,
      address: '广东省佛山市禅城区季华五路 1 号',
      idNumber: '11010519491231002X',
    });
    expect(await t.auditOf('complaint.contact_revealed', filed.id)).toHaveLength(1);
    await act(filed.id, { action: 'accept' });
    await act(filed.id, { action: 'forward' });
    expect((await t.request({ method: 'POST', url, cookie: enterpriseAdmin })).statusCode).toBe(403);
    expect((await detail(filed.id, enterpriseAdmin)).abilities.revealContact).toBe(false);
  });

  it('the enterprise sees the contact details when the consumer consented', async () => {
    const filed = await file({ consentShareContact: true });
    await act(filed.id, { action: 'accept' });
    await act(filed.id, { action: 'forward' });
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${filed.id}/contact`,
      cookie: enterpriseAdmin,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().phone).toBe(filed.phone);
  });
});

describe('working-day calendar and time limits', () => {
  it('401, 403 for non-administrators, 400 for days outside the year, duplicates or weekday make-up days', async () => {
    const url = '/api/v1/calendar/years/2027';
    const body = { days: [{ day: '2027-01-01', kind: 'holiday', name: '元旦' }] };
    expect((await t.request({ method: 'PUT', url, body })).statusCode).toBe(401);
    expect((await t.request({ method: 'PUT', url, body, cookie: staff })).statusCode).toBe(403);
    const bad = await t.request({
      method: 'PUT',
      url,
      cookie: regulator,
      body: {
        days: [
          { day: '2026-12-31', kind: 'holiday', name: '错年' },
          { day: '2027-01-01', kind: 'holiday', name: '元旦' },
          { day: '2027-01-01', kind: 'holiday', name: '元旦' },
          { day: '2027-01-04', kind: 'workday', name: '周一' },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorFields(bad)).toEqual({
      'days.0.day': 'not_in_year',
      'days.2.day': 'duplicate_day',
      'days.3.day': 'weekday_workday',
    });
  });

  it('ships 2004–2026 from chinese-days; loading 2027 recomputes provisional deadlines and is audited', async () => {
    const years = (await t.request({ method: 'GET', url: '/api/v1/calendar/years', cookie: staff })).json();
    expect(years.map((y: { year: number }) => y.year)).toContain(2026);
    expect(years.map((y: { year: number }) => y.year)).not.toContain(2027);
    const filed = await file();
    // As if received on Monday 2026-12-28: 7 working days reach into 2027, not yet loaded.
    await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx
        .update(complaint)
        .set({ receivedOn: '2026-12-28', dueOn: '2027-01-06', dueProvisional: true })
        .where(eq(complaint.id, filed.id)),
    );
    const res = await t.request({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      cookie: regulator,
      body: { note: '国办发明电〔2026〕号', days: [{ day: '2027-01-01', kind: 'holiday', name: '元旦' }] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().recomputedCases).toBeGreaterThanOrEqual(1);
    expect(await detail(filed.id)).toMatchObject({ dueOn: '2027-01-07', dueProvisional: false });
    expect(await t.auditOf('calendar.year_loaded', '2027')).toHaveLength(1);
    const days = (await t.request({ method: 'GET', url: '/api/v1/calendar/years/2027/days', cookie: staff })).json();
    expect(days).toEqual([{ day: '2027-01-01', kind: 'holiday', name: '元旦' }]);
  });

  it('a new time-limit version applies to new cases; a case keeps the version it was opened under', async () => {
    const old = await file();
    const url = '/api/v1/complaint-time-limits';
    const body = {
      ruleName: '《市场监督管理投诉举报处理办法》(总局令第121号)',
      acceptanceDays: 5,
      enterpriseResponseDays: 7,
      mediationDays: 45,
      terminationNoticeDays: 7,
      dueSoonDays: 2,
      limitationYears: 3,
    };
    expect((await t.request({ method: 'POST', url, body })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, body, cookie: staff })).statusCode).toBe(403);
    expect(
      (await t.request({ method: 'POST', url, body: { ...body, acceptanceDays: 0 }, cookie: regulator })).statusCode,
    ).toBe(400);
    const created = await t.request({ method: 'POST', url, body, cookie: regulator });
    expect(created.statusCode).toBe(201);
    expect(created.json().version).toBe(2);
    expect(await t.auditOf('complaint_time_limit.created', created.json().id)).toHaveLength(1);
    const fresh = await file();
    expect((await detail(fresh.id)).timeLimit.version).toBe(2);
    expect((await detail(old.id)).timeLimit.version).toBe(1);
    const info = (await t.request({ method: 'GET', url: '/api/v1/public/complaint-service' })).json();
    expect(info.timeLimit).toMatchObject({ version: 2, acceptanceDays: 5 });
    expect(info.associations.some((a: { id: string }) => a.id === jiancaiId)).toBe(true);
  });
});

describe('refusals on the remaining routes', () => {
  it('401 without a session on every signed-in read', async () => {
    for (const url of [
      '/api/v1/calendar/years',
      '/api/v1/calendar/years/2026/days',
      '/api/v1/complaint-time-limits',
      '/api/v1/referrals',
      '/api/v1/warnings',
      '/api/v1/complaint-stats/export?from=2026-01-01&to=2026-12-31&groupBy=month',
    ]) {
      expect((await t.request({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    expect((await t.request({ method: 'POST', url: '/api/v1/notifications/read-all' })).statusCode).toBe(401);
  });

  it('403 for a role without complaint.read; 400 for a bad year or referral filter', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/referrals', cookie: expert })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/warnings', cookie: expert })).statusCode).toBe(403);
    const year = await t.request({ method: 'GET', url: '/api/v1/calendar/years/1999/days', cookie: staff });
    expect(errorFields(year)).toEqual({ year: 'too_small' });
    const referrals = await t.request({ method: 'GET', url: '/api/v1/referrals?status=lost', cookie: regulator });
    expect(errorFields(referrals)).toEqual({ status: 'one_of' });
  });

  it('attachments: 403 for a reader who is not a party (the regional regulator), 404 for another association or an unknown file', async () => {
    const filed = await file({ attachments: [{ filename: 'a.png', contentBase64: PNG.toString('base64') }] });
    const attachmentId = (await detail(filed.id)).attachments[0].id;
    const url = `/api/v1/complaints/${filed.id}/attachments/${attachmentId}`;
    expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url, cookie: regulator })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url, cookie: otherStaff })).statusCode).toBe(404);
    const unknown = `/api/v1/complaints/${filed.id}/attachments/00000000-0000-4000-8000-000000000000`;
    expect((await t.request({ method: 'GET', url: unknown, cookie: staff })).statusCode).toBe(404);
  });

  it('referral feedback: 404 for a referral unknown to the caller', async () => {
    const url = '/api/v1/referrals/00000000-0000-4000-8000-000000000000/feedback';
    const res = await t.request({ method: 'POST', url, cookie: regulator, body: { version: 1, feedback: '已处理' } });
    expect(res.statusCode).toBe(404);
  });
});

describe('notifications', () => {
  it('401 when not logged in; one’s own notice is marked read, another person’s is not found', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/notifications' })).statusCode).toBe(401);
    const filed = await file();
    await act(filed.id, { action: 'accept' });
    await act(filed.id, { action: 'forward' });
    const inbox = (await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: enterpriseAdmin })).json();
    const notice = inbox.find((n: { params: { trackingNo: string } }) => n.params.trackingNo === filed.trackingNo);
    expect(notice).toMatchObject({
      kind: 'complaint.forwarded',
      readAt: null,
      link: `/console/complaints/${filed.id}`,
    });
    const url = `/api/v1/notifications/${notice.id}/read`;
    expect((await t.request({ method: 'POST', url, cookie: staff })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url, cookie: enterpriseAdmin })).statusCode).toBe(204);
    const after = (await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: enterpriseAdmin })).json();
    expect(after.find((n: { id: string }) => n.id === notice.id).readAt).not.toBeNull();
  });
});

describe('a failure during intake', () => {
  it('leaves no half-filed complaint: the case, its timeline and its audit event go or stay together', async () => {
    const body = intakeBody({ attachments: [{ filename: 'a.png', contentBase64: PNG.toString('base64') }] });
    // The last write of the intake (the attachment) fails: the earlier writes must roll back with it.
    await t.database.query('revoke insert on complaint_attachment from gongzhi_app');
    try {
      const res = await t.request({ method: 'POST', url: '/api/v1/public/complaints', body });
      expect(res.statusCode).toBe(500);
    } finally {
      await t.database.query('grant insert on complaint_attachment to gongzhi_app');
    }
    const left = await t.database.query<{ n: number }>(
      'select count(*)::int as n from complaint where complainant_phone = $1',
      [body.complainantPhone],
    );
    expect(left[0]?.n).toBe(0);
    const retry = await t.request({ method: 'POST', url: '/api/v1/public/complaints', body });
    expect(retry.statusCode).toBe(201);
  });
});

describe('organisations without a member', () => {
  it('400 when a complaint names an organisation that is not an enterprise', async () => {
    const association = await addOrganisation(t, { kind: 'industry_organisation', name: '测试行业协会甲' });
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: intakeBody({ enterpriseId: association }),
    });
    expect(errorFields(res)).toEqual({ enterpriseId: 'not_an_enterprise' });
  });
});
