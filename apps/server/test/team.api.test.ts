import type {
  IndicatorDto,
  TeamDocumentDto,
  TeamDutyDto,
  TeamMemberDto,
  TeamOverviewDto,
  TeamPostDto,
} from '@gongzhi/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, SYSTEM_SCOPE } from '../src/db/client.js';
import { todayInShanghai } from '../src/kernel/clock.js';
import { queryRows } from '../src/kernel/raw-sql.js';
import { computeFacts } from '../src/modules/evaluation/evaluation.facts.js';
import { registerAllFacts } from '../src/modules/evaluation/facts/index.js';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';

let t: TestApp;
let jiancaiAdmin: string;
let jiancaiStaff: string;
let liaison: string;
let regulatorStaff: string;
let enterpriseAdmin: string;
let consumer: string;
let ranqiStaff: string;
let otherRegulator: string;
let guangzhouStaff: string;
let jiancaiId: string;
let ranqiId: string;
let regulatorId: string;
let guangzhouAssociation: string;
const users: Record<string, string> = {};

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

const overviewOf = async (cookie: string, organisationId?: string) =>
  json<TeamOverviewDto>(
    await t.request({
      method: 'GET',
      url: `/api/v1/team${organisationId ? `?organisationId=${organisationId}` : ''}`,
      cookie,
    }),
  );

beforeAll(async () => {
  t = await buildTestApp();
  jiancaiId = await t.orgId('佛山市建材行业协会');
  ranqiId = await t.orgId('佛山市顺德区燃气具商会');
  regulatorId = await t.orgId('佛山市市场监督管理局');
  const guangzhou = await addOrganisation(t, {
    kind: 'regulator',
    name: '广州市市场监督管理局T',
    regionCode: '440100',
  });
  guangzhouAssociation = await addOrganisation(t, {
    kind: 'industry_organisation',
    name: '广州市测试协会T',
    regionCode: '440100',
  });
  await addUser(t, 'gz.team', 'regulator_staff', guangzhou);
  await addUser(t, 'gzassoc.team', 'association_staff', guangzhouAssociation);
  await addUser(t, 'ranqi.team', 'association_admin', ranqiId);
  const rows = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
    queryRows<{ id: string; username: string }>(tx, sql`SELECT id, username FROM app_user`),
  );
  for (const r of rows) users[r.username] = r.id;
  jiancaiAdmin = await t.login('jiancai.admin');
  jiancaiStaff = await t.login('jiancai.staff');
  liaison = await t.login('jiancai.liaison');
  regulatorStaff = await t.login('regulator.staff');
  enterpriseAdmin = await t.login('enterprise.admin');
  consumer = await t.login('consumer.li');
  ranqiStaff = await t.login('ranqi.team');
  otherRegulator = await t.login('gz.team');
  guangzhouStaff = await t.login('gzassoc.team');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('team overview', () => {
  it('refuses the signed out, roles without workspace.read, other associations and other regions', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/team' })).statusCode).toBe(401);
    for (const cookie of [enterpriseAdmin, consumer]) {
      expect((await t.request({ method: 'GET', url: '/api/v1/team', cookie })).statusCode).toBe(403);
      expect((await t.request({ method: 'GET', url: '/api/v1/team/guidance', cookie })).statusCode).toBe(403);
    }
    const url = `/api/v1/team?organisationId=${jiancaiId}`;
    expect((await t.request({ method: 'GET', url, cookie: ranqiStaff })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url, cookie: otherRegulator })).statusCode).toBe(404);
    const none = await t.request({ method: 'GET', url: '/api/v1/team', cookie: regulatorStaff });
    expect(none.statusCode).toBe(400);
    expect(errorFields(none)).toEqual({ organisationId: 'required' });
    const bad = await t.request({ method: 'GET', url: '/api/v1/team?organisationId=x', cookie: regulatorStaff });
    expect(errorFields(bad)).toHaveProperty('organisationId');
  });

  it('the association sees its own team and may manage it; the liaison only reads; the regulator reads', async () => {
    const own = await overviewOf(jiancaiAdmin);
    expect(own).toMatchObject({ organisationId: jiancaiId, organisationName: '佛山市建材行业协会', canManage: true });
    expect(own.people.map((p) => p.id)).toEqual(
      expect.arrayContaining([users['jiancai.admin'], users['jiancai.staff'], users['jiancai.liaison']]),
    );
    expect((await overviewOf(liaison)).canManage).toBe(false);
    const regulator = await overviewOf(regulatorStaff, jiancaiId);
    expect(regulator).toMatchObject({ organisationId: jiancaiId, canManage: false, people: [] });
    const list = await json<{ id: string }[]>(
      await t.request({ method: 'GET', url: '/api/v1/team/associations', cookie: regulatorStaff }),
    );
    expect(list.map((a) => a.id)).toEqual(expect.arrayContaining([jiancaiId, ranqiId]));
    expect(list.map((a) => a.id)).not.toContain(guangzhouAssociation);
    const mine = await json<{ id: string }[]>(
      await t.request({ method: 'GET', url: '/api/v1/team/associations', cookie: jiancaiStaff }),
    );
    expect(mine.map((a) => a.id)).toEqual([jiancaiId]);
  });
});

describe('posts', () => {
  let post: TeamPostDto;

  it('refuses the signed out, other roles, the liaison, and bad input', async () => {
    const body = { name: '信用管理岗' };
    expect((await t.request({ method: 'POST', url: '/api/v1/team/posts', body })).statusCode).toBe(401);
    for (const cookie of [enterpriseAdmin, consumer, liaison, regulatorStaff]) {
      expect((await t.request({ method: 'POST', url: '/api/v1/team/posts', cookie, body })).statusCode).toBe(403);
    }
    const empty = await t.request({
      method: 'POST',
      url: '/api/v1/team/posts',
      cookie: jiancaiStaff,
      body: { name: ' ' },
    });
    expect(empty.statusCode).toBe(400);
    expect(errorFields(empty)).toEqual({ name: 'required' });
    const outsider = await t.request({
      method: 'POST',
      url: '/api/v1/team/posts',
      cookie: jiancaiStaff,
      body: { name: '信用管理岗', holderUserId: users['ranqi.team'] },
    });
    expect(errorFields(outsider)).toEqual({ holderUserId: 'user_not_in_organisation' });
  });

  it('creates a post with a holder (audited); a second post of the same name is refused', async () => {
    post = await json<TeamPostDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/team/posts',
        cookie: jiancaiStaff,
        body: { name: '信用管理岗', description: '会员信用档案', holderUserId: users['jiancai.staff'] },
      }),
      201,
    );
    expect(post).toMatchObject({ name: '信用管理岗', holderName: expect.any(String), active: true, version: 1 });
    const events = await t.auditOf('team_post.created', post.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.after).toMatchObject({ name: '信用管理岗', holderUserId: users['jiancai.staff'] });
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/team/posts',
      cookie: jiancaiAdmin,
      body: { name: '信用管理岗' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('updates with the version; a stale version or another association is refused; deactivation is audited', async () => {
    const body = {
      name: '信用管理岗',
      description: '会员信用档案与修复',
      holderUserId: null,
      active: true,
      version: 1,
    };
    const url = `/api/v1/team/posts/${post.id}`;
    expect((await t.request({ method: 'PUT', url, cookie: ranqiStaff, body })).statusCode).toBe(404);
    expect((await t.request({ method: 'PUT', url, cookie: liaison, body })).statusCode).toBe(403);
    const updated = await json<TeamPostDto>(await t.request({ method: 'PUT', url, cookie: jiancaiStaff, body }));
    expect(updated).toMatchObject({ description: '会员信用档案与修复', holderUserId: null, version: 2 });
    const stale = await t.request({ method: 'PUT', url, cookie: jiancaiStaff, body: { ...body, active: false } });
    expect(stale.statusCode).toBe(409);
    expect((await overviewOf(jiancaiStaff)).posts.find((p) => p.id === post.id)?.active).toBe(true);
    const off = await json<TeamPostDto>(
      await t.request({ method: 'PUT', url, cookie: jiancaiStaff, body: { ...body, active: false, version: 2 } }),
    );
    expect(off.active).toBe(false);
    expect(await t.auditOf('team_post.deactivated', post.id)).toHaveLength(1);
    await json<TeamPostDto>(
      await t.request({
        method: 'PUT',
        url,
        cookie: jiancaiStaff,
        body: { ...body, holderUserId: users['jiancai.staff'], version: 3 },
      }),
    );
  });
});

describe('members', () => {
  let firstLead: TeamMemberDto;
  let ranqiPost: TeamPostDto;
  let appointmentDoc: TeamDocumentDto;

  it('refuses the signed out, other roles, the liaison, and bad input', async () => {
    const body = { userId: users['jiancai.admin'], role: 'lead', since: '2025-01-01' };
    expect((await t.request({ method: 'POST', url: '/api/v1/team/members', body })).statusCode).toBe(401);
    for (const cookie of [enterpriseAdmin, consumer, liaison, regulatorStaff]) {
      expect((await t.request({ method: 'POST', url: '/api/v1/team/members', cookie, body })).statusCode).toBe(403);
    }
    const badRole = await t.request({
      method: 'POST',
      url: '/api/v1/team/members',
      cookie: jiancaiAdmin,
      body: { ...body, role: 'boss' },
    });
    expect(errorFields(badRole)).toHaveProperty('role');
    const outsider = await t.request({
      method: 'POST',
      url: '/api/v1/team/members',
      cookie: jiancaiAdmin,
      body: { ...body, userId: users['ranqi.team'] },
    });
    expect(errorFields(outsider)).toEqual({ userId: 'user_not_in_organisation' });
    ranqiPost = await json<TeamPostDto>(
      await t.request({ method: 'POST', url: '/api/v1/team/posts', cookie: ranqiStaff, body: { name: '秘书处' } }),
      201,
    );
    const foreignPost = await t.request({
      method: 'POST',
      url: '/api/v1/team/members',
      cookie: jiancaiAdmin,
      body: { ...body, postId: ranqiPost.id },
    });
    expect(errorFields(foreignPost)).toEqual({ postId: 'post_not_in_organisation' });
    const foreignDoc = await json<TeamDocumentDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/team/documents',
        cookie: ranqiStaff,
        body: { kind: 'appointment', title: '商会任命', issuedOn: '2025-01-01' },
      }),
      201,
    );
    const wrongDoc = await t.request({
      method: 'POST',
      url: '/api/v1/team/members',
      cookie: jiancaiAdmin,
      body: { ...body, appointmentDocumentId: foreignDoc.id },
    });
    expect(errorFields(wrongDoc)).toEqual({ appointmentDocumentId: 'record_not_found' });
  });

  it('appoints the lead with an appointment document (audited)', async () => {
    appointmentDoc = await json<TeamDocumentDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/team/documents',
        cookie: jiancaiAdmin,
        body: {
          kind: 'appointment',
          title: '关于成立质量共治工作团队的决定',
          documentNumber: '佛建协〔2025〕1号',
          issuedOn: '2025-01-01',
        },
      }),
      201,
    );
    firstLead = await json<TeamMemberDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/team/members',
        cookie: jiancaiAdmin,
        body: {
          userId: users['jiancai.admin'],
          role: 'lead',
          since: '2025-01-01',
          appointmentDocumentId: appointmentDoc.id,
        },
      }),
      201,
    );
    expect(firstLead).toMatchObject({
      role: 'lead',
      active: true,
      until: null,
      appointmentDocumentTitle: '关于成立质量共治工作团队的决定',
    });
    const events = await t.auditOf('team_member.appointed', firstLead.id);
    expect(events[0]?.after).toMatchObject({ userId: users['jiancai.admin'], role: 'lead', ended: [] });
  });

  it('a second lead ends the first in the same change; the overview names the new lead', async () => {
    const second = await json<TeamMemberDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/team/members',
        cookie: jiancaiAdmin,
        body: { userId: users['jiancai.staff'], role: 'lead', since: '2025-02-01' },
      }),
      201,
    );
    const overview = await overviewOf(jiancaiAdmin);
    expect(overview.lead?.id).toBe(second.id);
    const ended = overview.members.find((m) => m.id === firstLead.id);
    expect(ended).toMatchObject({ active: false, until: todayInShanghai() });
    expect(overview.members.filter((m) => m.role === 'lead' && m.active)).toHaveLength(1);
    const events = await t.auditOf('team_member.ended', firstLead.id);
    expect(events[0]?.after).toMatchObject({ active: false, replacedBy: users['jiancai.staff'] });
    // The liaison to the regulator, holding a post.
    const posts = (await overviewOf(jiancaiAdmin)).posts.filter((p) => p.active);
    const liaisonMember = await json<TeamMemberDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/team/members',
        cookie: jiancaiAdmin,
        body: { userId: users['jiancai.liaison'], role: 'liaison', since: '2025-01-01', postId: posts[0]?.id ?? null },
      }),
      201,
    );
    expect((await overviewOf(regulatorStaff, jiancaiId)).liaison?.id).toBe(liaisonMember.id);
  });

  it('ends an appointment with the version; not before it began; another association gets 404', async () => {
    const member = await json<TeamMemberDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/team/members',
        cookie: jiancaiAdmin,
        body: { userId: users['jiancai.admin'], role: 'member', since: '2025-03-01' },
      }),
      201,
    );
    const url = `/api/v1/team/members/${member.id}/end`;
    expect((await t.request({ method: 'POST', url, body: { version: 1 } })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, cookie: liaison, body: { version: 1 } })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, cookie: ranqiStaff, body: { version: 1 } })).statusCode).toBe(404);
    const early = await t.request({
      method: 'POST',
      url,
      cookie: jiancaiAdmin,
      body: { version: 1, until: '2025-02-01' },
    });
    expect(errorFields(early)).toEqual({ until: 'date_order' });
    expect((await t.request({ method: 'POST', url, cookie: jiancaiAdmin, body: { version: 7 } })).statusCode).toBe(409);
    const ended = await json<TeamMemberDto>(
      await t.request({ method: 'POST', url, cookie: jiancaiAdmin, body: { version: 1, until: '2025-06-30' } }),
    );
    expect(ended).toMatchObject({ active: false, until: '2025-06-30', version: 2 });
    expect(await t.auditOf('team_member.ended', member.id)).toHaveLength(1);
    expect((await t.request({ method: 'POST', url, cookie: jiancaiAdmin, body: { version: 2 } })).statusCode).toBe(409);
  });
});

describe('duties', () => {
  it('needs exactly one owner of the association: a person or an active post', async () => {
    const url = '/api/v1/team/duties';
    const body = { title: '信用信息归集', assigneeUserId: users['jiancai.staff'] };
    expect((await t.request({ method: 'POST', url, body })).statusCode).toBe(401);
    for (const cookie of [enterpriseAdmin, liaison, regulatorStaff]) {
      expect((await t.request({ method: 'POST', url, cookie, body })).statusCode).toBe(403);
    }
    const none = await t.request({ method: 'POST', url, cookie: jiancaiStaff, body: { title: '信用信息归集' } });
    expect(errorFields(none)).toEqual({ assigneeUserId: 'owner_required' });
    const post = (await overviewOf(jiancaiStaff)).posts.find((p) => p.active) as TeamPostDto;
    const both = await t.request({
      method: 'POST',
      url,
      cookie: jiancaiStaff,
      body: { ...body, assigneePostId: post.id },
    });
    expect(errorFields(both)).toEqual({ assigneePostId: 'one_owner_only' });
    const ranqiPost = (await overviewOf(ranqiStaff)).posts[0] as TeamPostDto;
    const foreign = await t.request({
      method: 'POST',
      url,
      cookie: jiancaiStaff,
      body: { title: 'x', assigneePostId: ranqiPost.id },
    });
    expect(errorFields(foreign)).toEqual({ assigneePostId: 'post_not_in_organisation' });
    const outsider = await t.request({
      method: 'POST',
      url,
      cookie: jiancaiStaff,
      body: { title: 'x', assigneeUserId: users['ranqi.team'] },
    });
    expect(errorFields(outsider)).toEqual({ assigneeUserId: 'user_not_in_organisation' });
  });

  it('creates duties for a person and for a post (audited) and deactivates one with its version', async () => {
    const post = (await overviewOf(jiancaiStaff)).posts.find((p) => p.active) as TeamPostDto;
    const toPerson = await json<TeamDutyDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/team/duties',
        cookie: jiancaiStaff,
        body: { title: '与监管部门的日常联络', assigneeUserId: users['jiancai.liaison'] },
      }),
      201,
    );
    expect(toPerson).toMatchObject({ assigneeUserId: users['jiancai.liaison'], assigneePostId: null });
    const toPost = await json<TeamDutyDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/team/duties',
        cookie: jiancaiStaff,
        body: { title: '会员信用档案维护', assigneePostId: post.id },
      }),
      201,
    );
    expect(toPost).toMatchObject({ assigneePostId: post.id, assigneePostName: post.name, assigneeUserId: null });
    expect((await t.auditOf('team_duty.created', toPost.id))[0]?.after).toMatchObject({ assigneePostId: post.id });
    const url = `/api/v1/team/duties/${toPerson.id}/deactivate`;
    expect((await t.request({ method: 'POST', url, cookie: ranqiStaff, body: { version: 1 } })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url, cookie: jiancaiStaff, body: { version: 3 } })).statusCode).toBe(409);
    const off = await json<TeamDutyDto>(
      await t.request({ method: 'POST', url, cookie: jiancaiStaff, body: { version: 1 } }),
    );
    expect(off).toMatchObject({ active: false, version: 2 });
    expect(await t.auditOf('team_duty.deactivated', toPerson.id)).toHaveLength(1);
    await json<TeamDutyDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/team/duties',
        cookie: jiancaiStaff,
        body: { title: '与监管部门的日常联络', assigneeUserId: users['jiancai.liaison'] },
      }),
      201,
    );
  });
});

describe('team documents', () => {
  let doc: TeamDocumentDto;

  it('refuses the signed out, other roles, the liaison, bad kinds and files that are not documents', async () => {
    const url = '/api/v1/team/documents';
    const body = { kind: 'talent_incentive', title: '人才激励办法', issuedOn: '2025-03-01' };
    expect((await t.request({ method: 'POST', url, body })).statusCode).toBe(401);
    for (const cookie of [enterpriseAdmin, liaison, regulatorStaff]) {
      expect((await t.request({ method: 'POST', url, cookie, body })).statusCode).toBe(403);
    }
    const guidance = await t.request({
      method: 'POST',
      url,
      cookie: jiancaiStaff,
      body: { ...body, kind: 'guidance' },
    });
    expect(errorFields(guidance)).toHaveProperty('kind');
    const text = await t.request({
      method: 'POST',
      url,
      cookie: jiancaiStaff,
      body: { ...body, file: { fileName: 'a.pdf', contentBase64: TEXT.toString('base64') } },
    });
    expect(errorFields(text)).toEqual({ file: 'attachment_type' });
    const notBase64 = await t.request({
      method: 'POST',
      url,
      cookie: jiancaiStaff,
      body: { ...body, file: { fileName: 'a.pdf', contentBase64: '***' } },
    });
    expect(errorFields(notBase64)).toEqual({ 'file.contentBase64': 'format' });
  });

  it('stores the scheme with its file; the download is audited and limited to the team and its regulator', async () => {
    doc = await json<TeamDocumentDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/team/documents',
        cookie: jiancaiStaff,
        body: {
          kind: 'talent_incentive',
          title: '人才激励办法',
          documentNumber: '佛建协〔2025〕3号',
          issuedOn: '2025-03-01',
          body: '对质量工作成绩突出的人员给予表彰。',
          file: { fileName: '人才激励办法.pdf', contentBase64: PDF.toString('base64') },
        },
      }),
      201,
    );
    expect(doc).toMatchObject({ kind: 'talent_incentive', fileName: '人才激励办法.pdf', size: PDF.length });
    expect((await t.auditOf('team_document.created', doc.id))[0]?.after).toMatchObject({ kind: 'talent_incentive' });
    const url = `/api/v1/team/documents/${doc.id}/file`;
    expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url, cookie: enterpriseAdmin })).statusCode).toBe(403);
    for (const cookie of [ranqiStaff, otherRegulator]) {
      expect((await t.request({ method: 'GET', url, cookie })).statusCode).toBe(404);
    }
    for (const cookie of [liaison, regulatorStaff]) {
      const res = await t.request({ method: 'GET', url, cookie });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/pdf');
      expect(Buffer.compare(res.rawPayload, PDF)).toBe(0);
    }
    expect(await t.auditOf('team_document.downloaded', doc.id)).toHaveLength(2);
    const overview = await overviewOf(regulatorStaff, jiancaiId);
    expect(overview.documents.map((d) => d.id)).toContain(doc.id);
    expect(overview.documents.map((d) => d.id)).not.toContain(
      (await overviewOf(ranqiStaff)).documents[0]?.id ?? 'none',
    );
  });
});

describe('guidance documents', () => {
  it('refuses the signed out, associations, and associations outside the region', async () => {
    const url = '/api/v1/team/guidance';
    const body = { addresseeId: jiancaiId, title: '指导意见', issuedOn: '2025-04-01' };
    expect((await t.request({ method: 'POST', url, body })).statusCode).toBe(401);
    for (const cookie of [jiancaiAdmin, liaison, enterpriseAdmin, consumer]) {
      expect((await t.request({ method: 'POST', url, cookie, body })).statusCode).toBe(403);
    }
    const outside = await t.request({
      method: 'POST',
      url,
      cookie: regulatorStaff,
      body: { ...body, addresseeId: guangzhouAssociation },
    });
    expect(errorFields(outside)).toEqual({ addresseeId: 'not_a_regulator_of_region' });
    const enterprise = await t.orgId('佛山市顺德区顺安建材有限公司');
    const notAnAssociation = await t.request({
      method: 'POST',
      url,
      cookie: regulatorStaff,
      body: { ...body, addresseeId: enterprise },
    });
    expect(errorFields(notAnAssociation)).toEqual({ addresseeId: 'not_a_regulator_of_region' });
    const missing = await t.request({
      method: 'POST',
      url,
      cookie: regulatorStaff,
      body: { title: 'x', issuedOn: '2025-04-01' },
    });
    expect(errorFields(missing)).toHaveProperty('addresseeId');
  });

  it('to one association: it and its regulator see it, another association does not; its admins are told', async () => {
    const doc = await json<TeamDocumentDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/team/guidance',
        cookie: regulatorStaff,
        body: {
          addresseeId: jiancaiId,
          title: '关于加强建材行业质量共治的指导意见',
          documentNumber: '佛市监〔2025〕8号',
          issuedOn: '2025-04-01',
          file: { fileName: '指导意见.pdf', contentBase64: PDF.toString('base64') },
        },
      }),
      201,
    );
    expect(doc).toMatchObject({ kind: 'guidance', organisationId: regulatorId, addresseeId: jiancaiId });
    expect((await t.auditOf('team_document.issued', doc.id))[0]?.after).toMatchObject({
      addresseeId: jiancaiId,
      associations: 1,
    });
    expect((await overviewOf(jiancaiStaff)).guidance.map((g) => g.id)).toContain(doc.id);
    expect((await overviewOf(regulatorStaff, jiancaiId)).guidance.map((g) => g.id)).toContain(doc.id);
    expect((await overviewOf(ranqiStaff)).guidance.map((g) => g.id)).not.toContain(doc.id);
    const received = await json<TeamDocumentDto[]>(
      await t.request({ method: 'GET', url: '/api/v1/team/guidance', cookie: liaison }),
    );
    expect(received.map((g) => g.id)).toContain(doc.id);
    const issued = await json<TeamDocumentDto[]>(
      await t.request({ method: 'GET', url: '/api/v1/team/guidance', cookie: regulatorStaff }),
    );
    expect(issued.map((g) => g.id)).toContain(doc.id);
    const told = await notificationsOf('jiancai.admin', 'workspace.guidance_issued');
    expect(told.some((n) => n.params.title === '关于加强建材行业质量共治的指导意见')).toBe(true);
    expect(await notificationsOf('ranqi.team', 'workspace.guidance_issued')).toHaveLength(0);
    const file = `/api/v1/team/documents/${doc.id}/file`;
    expect((await t.request({ method: 'GET', url: file, cookie: jiancaiStaff })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: file, cookie: ranqiStaff })).statusCode).toBe(404);
  });

  it('to all: every association of the region sees it and is told; another region does not', async () => {
    const doc = await json<TeamDocumentDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/team/guidance',
        cookie: regulatorStaff,
        body: { addresseeId: null, title: '全市行业协会质量共治工作要点', issuedOn: '2025-05-01' },
      }),
      201,
    );
    expect(doc).toMatchObject({ addresseeId: null, addresseeName: null, fileName: null });
    for (const cookie of [jiancaiStaff, ranqiStaff]) {
      expect((await overviewOf(cookie)).guidance.map((g) => g.id)).toContain(doc.id);
    }
    expect((await overviewOf(guangzhouStaff)).guidance.map((g) => g.id)).not.toContain(doc.id);
    const told = await notificationsOf('ranqi.team', 'workspace.guidance_issued');
    expect(told.map((n) => n.params.title)).toContain('全市行业协会质量共治工作要点');
    expect(await notificationsOf('gzassoc.team', 'workspace.guidance_issued')).toHaveLength(0);
    const events = await t.auditOf('team_document.issued', doc.id);
    const region = await json<{ id: string }[]>(
      await t.request({ method: 'GET', url: '/api/v1/team/associations', cookie: regulatorStaff }),
    );
    expect(events[0]?.after).toMatchObject({ addresseeId: null, associations: region.length });
  });
});

describe('the team.duties evaluation fact', () => {
  it('reports members, duties, appointments, the lead, the liaison and the guidance received', async () => {
    registerAllFacts();
    const year = new Date().getFullYear();
    const facts = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      asSystem(tx, () =>
        computeFacts(
          tx,
          {
            organisationId: jiancaiId,
            periodStart: '2025-01-01',
            periodEnd: `${year + 1}-12-31`,
            assessmentId: '00000000-0000-0000-0000-000000000000',
            frameworkCode: 'test',
          },
          [{ code: 'C1', facts: ['team.duties'] } as unknown as IndicatorDto],
        ),
      ),
    );
    const fact = facts.C1?.find((f) => f.key === 'team.duties');
    expect(fact?.status).toBe('available');
    const value = (metric: string) => fact?.values.find((v) => v.metric === metric)?.value;
    const overview = await overviewOf(jiancaiAdmin);
    const activeMembers = new Set(overview.members.filter((m) => m.active).map((m) => m.userId)).size;
    expect(value('team.members')).toBe(activeMembers);
    expect(value('team.duties')).toBe(overview.duties.filter((d) => d.active).length);
    expect(value('team.appointments')).toBe(1);
    expect(value('team.lead')).toBe(overview.lead?.name);
    expect(value('team.liaison')).toBe(overview.liaison?.name);
    expect(value('team.guidance')).toBe(2);
    expect(fact?.links[0]).toMatchObject({ recordType: 'team_document', href: '/console/workspace/team' });
  });
});
