import type {
  LiaisonMessageDto,
  LiaisonThreadDto,
  LiaisonThreadSummaryDto,
  MemberNoticeDto,
  PageOf,
} from '@gongzhi/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { queryRows } from '../src/kernel/raw-sql.js';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';

let t: TestApp;
let regulatorStaff: string;
let regulatorAdmin: string;
let jiancaiStaff: string;
let jiancaiAdmin: string;
let liaison: string;
let ranqiStaff: string;
let enterpriseAdmin: string;
let enterpriseCqo: string;
let otherRegulator: string;
let consumer: string;
let jiancaiId: string;
let ranqiId: string;
let regulatorId: string;
let guangzhouAssociation: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const TEXT = Buffer.from('just some text, not a document');

async function json<T>(res: { statusCode: number; body: string; json(): unknown }, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

async function notificationsOf(username: string, kind: string) {
  return t.database.transaction(SYSTEM_SCOPE, (tx) =>
    queryRows<{ params: Record<string, string> }>(
      tx,
      sql`SELECT n.params FROM notification n JOIN app_user u ON u.id = n.user_id
          WHERE u.username = ${username} AND n.kind = ${kind}`,
    ),
  );
}

beforeAll(async () => {
  t = await buildTestApp();
  jiancaiId = await t.orgId('佛山市建材行业协会');
  ranqiId = await t.orgId('佛山市顺德区燃气具商会');
  regulatorId = await t.orgId('佛山市市场监督管理局');
  const guangzhou = await addOrganisation(t, {
    kind: 'regulator',
    name: '广州市市场监督管理局L',
    regionCode: '440100',
  });
  guangzhouAssociation = await addOrganisation(t, {
    kind: 'industry_organisation',
    name: '广州市测试协会L',
    regionCode: '440100',
  });
  await addUser(t, 'gz.liaison', 'regulator_staff', guangzhou);
  await addUser(t, 'ranqi.liaison', 'association_staff', ranqiId);
  regulatorStaff = await t.login('regulator.staff');
  regulatorAdmin = await t.login('regulator.admin');
  jiancaiStaff = await t.login('jiancai.staff');
  jiancaiAdmin = await t.login('jiancai.admin');
  liaison = await t.login('jiancai.liaison');
  ranqiStaff = await t.login('ranqi.liaison');
  enterpriseAdmin = await t.login('enterprise.admin');
  enterpriseCqo = await t.login('enterprise.cqo');
  otherRegulator = await t.login('gz.liaison');
  consumer = await t.login('consumer.li');
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('liaison threads', () => {
  let thread: LiaisonThreadDto;

  it('refuses the signed out, roles without liaison.message, and bad input', async () => {
    const body = { organisationId: jiancaiId, subject: '关于质量提升', body: '请报送材料' };
    expect((await t.request({ method: 'POST', url: '/api/v1/liaison/threads', body })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/v1/liaison/threads' })).statusCode).toBe(401);
    for (const cookie of [enterpriseAdmin, consumer]) {
      expect((await t.request({ method: 'POST', url: '/api/v1/liaison/threads', cookie, body })).statusCode).toBe(403);
      expect((await t.request({ method: 'GET', url: '/api/v1/liaison/threads', cookie })).statusCode).toBe(403);
    }
    const empty = await t.request({
      method: 'POST',
      url: '/api/v1/liaison/threads',
      cookie: regulatorStaff,
      body: { organisationId: jiancaiId, subject: '', body: '   ' },
    });
    expect(empty.statusCode).toBe(400);
    expect(errorFields(empty)).toHaveProperty('subject');
    const noAssociation = await t.request({
      method: 'POST',
      url: '/api/v1/liaison/threads',
      cookie: regulatorStaff,
      body: { subject: 'x', body: 'y' },
    });
    expect(errorFields(noAssociation)).toEqual({ organisationId: 'required' });
    // Another region's association: the regulator does not cover it.
    const outside = await t.request({
      method: 'POST',
      url: '/api/v1/liaison/threads',
      cookie: regulatorStaff,
      body: { organisationId: guangzhouAssociation, subject: 'x', body: 'y' },
    });
    expect(errorFields(outside)).toEqual({ organisationId: 'not_a_regulator_of_region' });
    // The association names a regulator that does not cover its region.
    const gz = await t.orgId('广州市市场监督管理局L');
    const wrongRegulator = await t.request({
      method: 'POST',
      url: '/api/v1/liaison/threads',
      cookie: liaison,
      body: { regulatorId: gz, subject: 'x', body: 'y' },
    });
    expect(errorFields(wrongRegulator)).toEqual({ regulatorId: 'not_a_regulator_of_region' });
  });

  it('the regulator opens a thread with an association; the association is told; the audit records it', async () => {
    thread = await json<LiaisonThreadDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/liaison/threads',
        cookie: regulatorStaff,
        body: { organisationId: jiancaiId, subject: '关于报送年度质量提升方案', body: '请于月底前报送方案。' },
      }),
      201,
    );
    expect(thread).toMatchObject({
      organisationId: jiancaiId,
      organisationName: '佛山市建材行业协会',
      regulatorId,
      messageCount: 1,
      unread: 0,
    });
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]).toMatchObject({ mine: true, body: '请于月底前报送方案。', readBy: [] });
    const events = await t.auditOf('liaison_thread.created', thread.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.after).toMatchObject({ organisationId: jiancaiId, regulatorId });
    const told = await notificationsOf('jiancai.liaison', 'workspace.liaison_message');
    expect(told.some((n) => n.params.subject === '关于报送年度质量提升方案')).toBe(true);
    expect((await notificationsOf('jiancai.staff', 'workspace.liaison_message')).length).toBe(0);
  });

  it('attachments: only the author, checked by content; third parties get 404', async () => {
    const messageId = thread.messages[0]?.id as string;
    const url = `/api/v1/liaison/messages/${messageId}/attachments?fileName=${encodeURIComponent('方案模板.pdf')}`;
    const headers = { 'content-type': 'application/pdf' };
    expect((await t.app.inject({ method: 'POST', url, headers, payload: PDF })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url, headers: { ...headers, cookie: enterpriseAdmin }, payload: PDF }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url, headers: { ...headers, cookie: ranqiStaff }, payload: PDF }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'POST', url, headers: { ...headers, cookie: otherRegulator }, payload: PDF }))
        .statusCode,
    ).toBe(404);
    // A party, but not the author.
    expect(
      (await t.app.inject({ method: 'POST', url, headers: { ...headers, cookie: liaison }, payload: PDF })).statusCode,
    ).toBe(403);
    const bad = await t.app.inject({
      method: 'POST',
      url,
      headers: { ...headers, cookie: regulatorStaff },
      payload: TEXT,
    });
    expect(bad.statusCode).toBe(400);
    expect(errorFields(bad)).toEqual({ file: 'attachment_type' });
    const ok = await t.app.inject({
      method: 'POST',
      url,
      headers: { ...headers, cookie: regulatorStaff },
      payload: PDF,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ messageId, fileName: '方案模板.pdf', mimeType: 'application/pdf' });
    expect(await t.auditOf('liaison_message.attached', thread.id)).toHaveLength(1);
  });

  it('third parties neither list nor open the thread', async () => {
    for (const cookie of [ranqiStaff, otherRegulator]) {
      const page = await json<PageOf<LiaisonThreadSummaryDto>>(
        await t.request({ method: 'GET', url: '/api/v1/liaison/threads', cookie }),
      );
      expect(page.items.map((i) => i.id)).not.toContain(thread.id);
      expect((await t.request({ method: 'GET', url: `/api/v1/liaison/threads/${thread.id}`, cookie })).statusCode).toBe(
        404,
      );
      expect(
        (
          await t.request({
            method: 'POST',
            url: `/api/v1/liaison/threads/${thread.id}/messages`,
            cookie,
            body: { body: 'hi' },
          })
        ).statusCode,
      ).toBe(404);
    }
  });

  it('the liaison sees it unread, opens it (receipt), downloads the file and replies; the regulator sees the receipt', async () => {
    const before = await json<PageOf<LiaisonThreadSummaryDto>>(
      await t.request({ method: 'GET', url: '/api/v1/liaison/threads', cookie: liaison }),
    );
    expect(before.items.find((i) => i.id === thread.id)).toMatchObject({
      unread: 1,
      regulatorName: '佛山市市场监督管理局',
    });
    const opened = await json<LiaisonThreadDto>(
      await t.request({ method: 'GET', url: `/api/v1/liaison/threads/${thread.id}`, cookie: liaison }),
    );
    expect(opened.unread).toBe(0);
    const first = opened.messages[0] as LiaisonMessageDto;
    expect(first).toMatchObject({ mine: false, readBy: [] });
    expect(first.attachments).toHaveLength(1);
    const file = await t.request({
      method: 'GET',
      url: `/api/v1/liaison/attachments/${first.attachments[0]?.id}`,
      cookie: liaison,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/liaison/attachments/${first.attachments[0]?.id}`,
          cookie: ranqiStaff,
        })
      ).statusCode,
    ).toBe(404);
    expect(await t.auditOf('liaison_attachment.downloaded', thread.id)).toHaveLength(1);

    const empty = await t.request({
      method: 'POST',
      url: `/api/v1/liaison/threads/${thread.id}/messages`,
      cookie: liaison,
      body: { body: '  ' },
    });
    expect(errorFields(empty)).toEqual({ body: 'required' });
    const reply = await json<LiaisonMessageDto>(
      await t.request({
        method: 'POST',
        url: `/api/v1/liaison/threads/${thread.id}/messages`,
        cookie: liaison,
        body: { body: '收到，将按时报送。' },
      }),
      201,
    );
    expect(reply).toMatchObject({ mine: true, authorOrganisationName: '佛山市建材行业协会' });
    expect(await t.auditOf('liaison_message.posted', thread.id)).toHaveLength(1);
    const toldRegulator = await notificationsOf('regulator.admin', 'workspace.liaison_message');
    expect(toldRegulator.some((n) => n.params.authorOrganisation === '佛山市建材行业协会')).toBe(true);

    const listRegulator = await json<PageOf<LiaisonThreadSummaryDto>>(
      await t.request({ method: 'GET', url: '/api/v1/liaison/threads', cookie: regulatorStaff }),
    );
    expect(listRegulator.items[0]).toMatchObject({ id: thread.id, unread: 1, messageCount: 2 });
    expect(listRegulator.items[0]?.lastMessage?.excerpt).toBe('收到，将按时报送。');
    const seen = await json<LiaisonThreadDto>(
      await t.request({ method: 'GET', url: `/api/v1/liaison/threads/${thread.id}`, cookie: regulatorStaff }),
    );
    const own = seen.messages[0] as LiaisonMessageDto;
    expect(own.mine).toBe(true);
    expect(own.readBy).toHaveLength(1);
    expect(own.readBy[0]?.name).toBe(reply.authorName);
    // The association's own reply shows no receipts to the regulator's side.
    expect(seen.messages[1]).toMatchObject({ mine: false, readBy: [] });
    // The liaison now sees the regulator's receipt under its reply.
    const back = await json<LiaisonThreadDto>(
      await t.request({ method: 'GET', url: `/api/v1/liaison/threads/${thread.id}`, cookie: liaison }),
    );
    expect(back.messages[1]?.readBy).toHaveLength(1);
    // The regulator admin has not opened it: still unread for that person.
    const adminList = await json<PageOf<LiaisonThreadSummaryDto>>(
      await t.request({ method: 'GET', url: '/api/v1/liaison/threads', cookie: regulatorAdmin }),
    );
    expect(adminList.items.find((i) => i.id === thread.id)?.unread).toBe(2 - 1);
  });

  it('the association opens a thread with its most local regulator by default; search finds subjects, bodies and files', async () => {
    const own = await json<LiaisonThreadDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/liaison/threads',
        cookie: jiancaiStaff,
        body: { subject: '行业自律公约备案', body: '附件为自律公约草案，请指导。' },
      }),
      201,
    );
    expect(own.regulatorId).toBe(regulatorId);
    const search = async (q: string, cookie = regulatorStaff) =>
      (
        await json<PageOf<LiaisonThreadSummaryDto>>(
          await t.request({ method: 'GET', url: `/api/v1/liaison/threads?q=${encodeURIComponent(q)}`, cookie }),
        )
      ).items.map((i) => i.id);
    expect(await search('自律公约备案')).toEqual([own.id]);
    expect(await search('将按时报送')).toEqual([thread.id]);
    expect(await search('方案模板')).toEqual([thread.id]);
    expect(await search('%')).toEqual([]);
    expect(await search('方案模板', ranqiStaff)).toEqual([]);
    const counterparts = await json<{ id: string; name: string }[]>(
      await t.request({ method: 'GET', url: '/api/v1/liaison/counterparts', cookie: regulatorStaff }),
    );
    expect(counterparts.map((c) => c.id)).toContain(jiancaiId);
    expect(counterparts.map((c) => c.id)).not.toContain(guangzhouAssociation);
  });
});

describe('notices to members', () => {
  let notice: MemberNoticeDto;

  it('refuses the signed out, roles that may not publish, and bad input', async () => {
    const body = { title: '关于开展质量月活动的通知', body: '各会员单位：……' };
    expect((await t.request({ method: 'POST', url: '/api/v1/notices', body })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/v1/notices' })).statusCode).toBe(401);
    for (const cookie of [liaison, enterpriseAdmin, regulatorStaff]) {
      expect((await t.request({ method: 'POST', url: '/api/v1/notices', cookie, body })).statusCode).toBe(403);
    }
    expect((await t.request({ method: 'GET', url: '/api/v1/notices', cookie: consumer })).statusCode).toBe(403);
    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/notices',
      cookie: jiancaiStaff,
      body: { title: '通知', body: 'x', file: { fileName: 'a.txt', contentBase64: TEXT.toString('base64') } },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorFields(bad)).toEqual({ file: 'attachment_type' });
    const noTitle = await t.request({
      method: 'POST',
      url: '/api/v1/notices',
      cookie: jiancaiStaff,
      body: { title: ' ', body: 'x' },
    });
    expect(errorFields(noTitle)).toEqual({ title: 'required' });
  });

  it('publishes to the active members, tells their admins and quality officers, and audits', async () => {
    notice = await json<MemberNoticeDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/notices',
        cookie: jiancaiStaff,
        body: {
          title: '关于开展质量月活动的通知',
          body: '各会员单位：请积极参加。',
          file: { fileName: '活动方案.pdf', contentBase64: PDF.toString('base64') },
        },
      }),
      201,
    );
    const members = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM membership WHERE association_id = ${jiancaiId}::uuid AND status = 'active'`,
      ),
    );
    expect(notice.recipientCount).toBe(Number(members[0]?.n));
    expect(notice).toMatchObject({ readCount: 0, readRate: 0, fileName: '活动方案.pdf' });
    expect(notice.reads.length).toBe(notice.recipientCount);
    expect(notice.reads.every((r) => r.readAt === null)).toBe(true);
    expect((await notificationsOf('enterprise.cqo', 'workspace.member_notice')).length).toBe(1);
    expect((await notificationsOf('enterprise.admin', 'workspace.member_notice')).length).toBe(1);
    expect(await t.auditOf('member_notice.published', notice.id)).toHaveLength(1);
  });

  it('a member sees it unread, opens it once for its enterprise; staff see who read; others get 404', async () => {
    const before = await json<PageOf<{ id: string; readByMeAt: string | null; readCount: number }>>(
      await t.request({ method: 'GET', url: '/api/v1/notices', cookie: enterpriseAdmin }),
    );
    expect(before.items.find((i) => i.id === notice.id)).toMatchObject({ readByMeAt: null, readCount: 0 });
    const opened = await json<MemberNoticeDto>(
      await t.request({ method: 'GET', url: `/api/v1/notices/${notice.id}`, cookie: enterpriseAdmin }),
    );
    expect(opened.readByMeAt).not.toBeNull();
    expect(opened.reads).toEqual([]);
    await json(await t.request({ method: 'GET', url: `/api/v1/notices/${notice.id}`, cookie: enterpriseCqo }));
    expect(await t.auditOf('member_notice.read', notice.id)).toHaveLength(1);
    const file = await t.request({ method: 'GET', url: `/api/v1/notices/${notice.id}/file`, cookie: enterpriseCqo });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);

    const staffView = await json<MemberNoticeDto>(
      await t.request({ method: 'GET', url: `/api/v1/notices/${notice.id}`, cookie: jiancaiAdmin }),
    );
    expect(staffView.readCount).toBe(1);
    expect(staffView.readRate).toBeCloseTo(1 / notice.recipientCount, 4);
    expect(staffView.reads[0]).toMatchObject({ enterpriseName: '佛山市顺德区顺安建材有限公司' });
    expect(staffView.reads[0]?.readAt).not.toBeNull();
    const regulatorView = await json<MemberNoticeDto>(
      await t.request({ method: 'GET', url: `/api/v1/notices/${notice.id}`, cookie: regulatorStaff }),
    );
    expect(regulatorView.readCount).toBe(1);
    for (const cookie of [ranqiStaff, otherRegulator]) {
      expect((await t.request({ method: 'GET', url: `/api/v1/notices/${notice.id}`, cookie })).statusCode).toBe(404);
      expect((await t.request({ method: 'GET', url: `/api/v1/notices/${notice.id}/file`, cookie })).statusCode).toBe(
        404,
      );
    }
    const search = await json<PageOf<{ id: string }>>(
      await t.request({
        method: 'GET',
        url: `/api/v1/notices?q=${encodeURIComponent('质量月')}`,
        cookie: jiancaiStaff,
      }),
    );
    expect(search.items.map((i) => i.id)).toEqual([notice.id]);
    const none = await json<PageOf<{ id: string }>>(
      await t.request({ method: 'GET', url: `/api/v1/notices?q=${encodeURIComponent('质量月')}`, cookie: ranqiStaff }),
    );
    expect(none.items).toEqual([]);
  });
});
