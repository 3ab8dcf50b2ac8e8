import type {
  ConsultationCommentDto,
  ConsultationDto,
  ConsultationReportDto,
  ConsultationSummaryDto,
  RuleDiffDto,
  RuleDocumentDto,
  RuleDocumentSummaryDto,
} from '@gongzhi/contracts';
import { type NotificationDto, type NotificationKind, notificationText } from '@gongzhi/contracts';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { consultation, notification } from '../src/db/schema/index.js';
import { computeFact } from '../src/modules/evaluation/evaluation.facts.js';
import { registerAllFacts } from '../src/modules/evaluation/facts/index.js';
import { docxParagraphs, docxTableRows } from './docx-read.js';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';

let t: TestApp;
let admin: string;
let staff: string;
let liaison: string;
let regulator: string;
let member: string;
let cqo: string;
let otherMember: string;
let otherAssociationStaff: string;
let consumer: string;
let expert: string;
let jiancaiId: string;
let ranqiId: string;

async function json<T>(res: { statusCode: number; body: string; json(): unknown }, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

const CLAUSES = [
  { heading: '第一条', text: '会员应当遵守国家法律法规和产品质量标准。' },
  { heading: '第二条', text: '会员不得虚假宣传，不得以次充好。' },
  { heading: '第三条', text: '会员应当如实公示质量承诺并接受社会监督。' },
];

async function create(
  cookie: string,
  body: Partial<{ kind: string; title: string; visibility: string; clauses: unknown[] }> = {},
) {
  return json<RuleDocumentDto>(
    await t.request({
      method: 'POST',
      url: '/api/v1/rules/documents',
      cookie,
      body: { kind: 'ethics_code', title: '职业道德准则', visibility: 'members', clauses: CLAUSES, ...body },
    }),
    201,
  );
}

async function getDoc(cookie: string, id: string) {
  return t.request({ method: 'GET', url: `/api/v1/rules/documents/${id}`, cookie });
}

async function publish(cookie: string, doc: RuleDocumentDto) {
  const draft = doc.versions[0] as RuleDocumentDto['versions'][number];
  return t.request({
    method: 'POST',
    url: `/api/v1/rules/versions/${draft.id}/publish`,
    cookie,
    body: { version: draft.version },
  });
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function openConsultation(cookie: string, doc: RuleDocumentDto, audience = 'members') {
  const draft = doc.versions[0] as RuleDocumentDto['versions'][number];
  return t.request({
    method: 'POST',
    url: `/api/v1/rules/versions/${draft.id}/consultations`,
    cookie,
    body: { audience, deadline: inDays(14), description: '请会员单位提出意见', version: draft.version },
  });
}

async function listDocs(cookie: string, query = '') {
  return json<{ items: RuleDocumentSummaryDto[] }>(
    await t.request({ method: 'GET', url: `/api/v1/rules/documents${query}`, cookie }),
  ).then((p) => p.items);
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('jiancai.admin');
  staff = await t.login('jiancai.staff');
  liaison = await t.login('jiancai.liaison');
  regulator = await t.login('regulator.admin');
  member = await t.login('enterprise.admin');
  cqo = await t.login('enterprise.cqo');
  consumer = await t.login('consumer.li');
  expert = await t.login('expert.zhang');
  jiancaiId = await t.orgId('佛山市建材行业协会');
  ranqiId = await t.orgId('佛山市顺德区燃气具商会');
  const ranqiMember = await addOrganisation(t, {
    kind: 'enterprise',
    name: '佛山市测试燃气具有限公司',
    memberOf: ranqiId,
  });
  await addUser(t, 'ranqi.member', 'enterprise_admin', ranqiMember);
  otherMember = await t.login('ranqi.member');
  await addUser(t, 'ranqi.staff', 'association_staff', ranqiId);
  otherAssociationStaff = await t.login('ranqi.staff');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('documents: refusals', () => {
  it('refuses the anonymous, the wrong role, another association and bad input', async () => {
    const url = '/api/v1/rules/documents';
    expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, body: {} })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url, cookie: consumer })).statusCode).toBe(403);
    const body = { kind: 'charter', title: '章程', visibility: 'public', clauses: CLAUSES };
    expect((await t.request({ method: 'POST', url, cookie: regulator, body })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, cookie: member, body })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, cookie: liaison, body })).statusCode).toBe(403);
    // another association's staff cannot write for 建材
    const other = await t.request({
      method: 'POST',
      url,
      cookie: otherAssociationStaff,
      body: { ...body, organisationId: jiancaiId },
    });
    expect(other.statusCode).toBe(403);

    const bad = await t.request({ method: 'POST', url, cookie: admin, body: { ...body, kind: 'poem', title: '' } });
    expect(bad.statusCode).toBe(400);
    expect(errorFields(bad)).toMatchObject({ kind: 'one_of', title: 'required' });
    const empty = await t.request({
      method: 'POST',
      url,
      cookie: admin,
      body: { ...body, clauses: [{ heading: '第一条', text: '  ' }] },
    });
    expect(empty.statusCode).toBe(400);
    expect(errorFields(empty)).toEqual({ 'clauses.0.text': 'required' });
  });
});

describe('documents: versions, visibility, diff', () => {
  it('creates a draft with stable clause keys, audited; only insiders see it', async () => {
    const doc = await create(staff, { kind: 'management_rule', title: '会员管理办法' });
    expect(doc.canManage).toBe(true);
    expect(doc.current).toBeNull();
    expect(doc.latestStatus).toBe('draft');
    expect(doc.versions[0]?.clauses.map((c) => c.key)).toEqual(['c1', 'c2', 'c3']);
    const [event] = await t.auditOf('rule_document.create', doc.id);
    expect(event?.after).toMatchObject({ kind: 'management_rule', visibility: 'members' });

    expect((await getDoc(regulator, doc.id)).statusCode).toBe(200);
    expect((await getDoc(liaison, doc.id)).statusCode).toBe(200);
    expect((await getDoc(member, doc.id)).statusCode).toBe(404);
    expect((await getDoc(otherAssociationStaff, doc.id)).statusCode).toBe(404);
    expect((await listDocs(regulator)).map((d) => d.id)).toContain(doc.id);
    expect((await listDocs(member)).map((d) => d.id)).not.toContain(doc.id);
    expect((await listDocs(otherAssociationStaff)).map((d) => d.id)).not.toContain(doc.id);
  });

  it('edits a draft (409 on a stale version), publishes it, refuses editing it in place, diffs versions', async () => {
    let doc = await create(admin, { kind: 'self_discipline_code', title: '行业经营自律规范' });
    const v1 = doc.versions[0] as RuleDocumentDto['versions'][number];
    const url = `/api/v1/rules/versions/${v1.id}`;
    const edit = {
      title: '行业经营自律规范',
      preamble: '为规范行业经营秩序，制定本规范。',
      clauses: [
        { key: 'c1', heading: '第一条', text: '会员应当遵守国家法律法规和产品质量标准。' },
        { key: 'c3', heading: '第二条', text: '会员应当如实公示质量承诺。' },
        { heading: '第三条', text: '会员应当建立质量追溯制度。' },
      ],
      changeNote: '合并条款',
      version: v1.version,
    };
    expect((await t.request({ method: 'PUT', url, cookie: member, body: edit })).statusCode).toBe(403);
    expect((await t.request({ method: 'PUT', url, cookie: otherAssociationStaff, body: edit })).statusCode).toBe(404);
    doc = await json<RuleDocumentDto>(await t.request({ method: 'PUT', url, cookie: admin, body: edit }));
    // removed key c2 is never reused: the new clause gets c4
    expect(doc.versions[0]?.clauses.map((c) => c.key)).toEqual(['c1', 'c3', 'c4']);
    const stale = await t.request({ method: 'PUT', url, cookie: admin, body: edit });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(await t.auditOf('rule_document_version.update', v1.id)).toHaveLength(1);

    doc = await json<RuleDocumentDto>(await publish(admin, doc));
    expect(doc.current?.number).toBe(1);
    expect(doc.current?.status).toBe('published');
    expect(doc.publishedNumber).toBe(1);
    expect(await t.auditOf('rule_document_version.publish', v1.id)).toHaveLength(1);
    const current = doc.current as NonNullable<RuleDocumentDto['current']>;
    const inPlace = await t.request({ method: 'PUT', url, cookie: admin, body: { ...edit, version: current.version } });
    expect(inPlace.statusCode).toBe(400);
    expect(errorFields(inPlace)).toEqual({ status: 'version_published' });

    // members of 建材 now read it; the other association's members do not; the public does not
    expect((await getDoc(member, doc.id)).statusCode).toBe(200);
    expect((await getDoc(otherMember, doc.id)).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/v1/public/rules/documents/${doc.id}` })).statusCode).toBe(404);
    const notices = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.select().from(notification).where(eq(notification.kind, 'workspace.document_published')),
    );
    expect(notices.some((n) => n.link === `/console/workspace/documents/${doc.id}`)).toBe(true);

    // v2: a draft copied from v1; a second new version is refused while it is a draft
    doc = await json<RuleDocumentDto>(
      await t.request({ method: 'POST', url: `/api/v1/rules/documents/${doc.id}/versions`, cookie: admin }),
      201,
    );
    const v2 = doc.versions[0] as RuleDocumentDto['versions'][number];
    expect(v2.number).toBe(2);
    expect(v2.clauses).toEqual(current.clauses);
    const again = await t.request({ method: 'POST', url: `/api/v1/rules/documents/${doc.id}/versions`, cookie: admin });
    expect(again.statusCode).toBe(409);
    doc = await json<RuleDocumentDto>(
      await t.request({
        method: 'PUT',
        url: `/api/v1/rules/versions/${v2.id}`,
        cookie: admin,
        body: {
          ...edit,
          clauses: [
            { key: 'c1', heading: '第一条', text: '会员应当遵守国家法律法规、产品质量标准和行业规范。' },
            { key: 'c4', heading: '第三条', text: '会员应当建立质量追溯制度。' },
            { heading: '第四条', text: '会员应当设立首席质量官。' },
          ],
          version: v2.version,
        },
      }),
    );
    // members see only published versions
    const asMember = await json<RuleDocumentDto>(await getDoc(member, doc.id));
    expect(asMember.versions.map((v) => v.number)).toEqual([1]);
    expect(asMember.canManage).toBe(false);

    const diff = await json<RuleDiffDto>(
      await t.request({
        method: 'GET',
        url: `/api/v1/rules/documents/${doc.id}/diff?from=${v1.id}&to=${v2.id}`,
        cookie: staff,
      }),
    );
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
    const changed = diff.clauses.find((c) => c.key === 'c1');
    expect(changed?.change).toBe('changed');
    expect(changed?.text.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual(['、', '和行业规范']);
    expect(changed?.text.filter((s) => s.op === 'delete').map((s) => s.text)).toEqual(['和']);
    expect(diff.clauses.map((c) => [c.key, c.change])).toEqual([
      ['c1', 'changed'],
      ['c3', 'removed'],
      ['c4', 'unchanged'],
      ['c5', 'added'],
    ]);
    // a member may not diff against a draft
    const memberDiff = await t.request({
      method: 'GET',
      url: `/api/v1/rules/documents/${doc.id}/diff?from=${v1.id}&to=${v2.id}`,
      cookie: member,
    });
    expect(memberDiff.statusCode).toBe(400);
    expect(errorFields(memberDiff)).toEqual({ to: 'record_not_found' });
  });

  it('changes visibility (audited, stale version refused); public documents reach the portal', async () => {
    let doc = await create(admin, { kind: 'charter', title: '协会章程', visibility: 'internal' });
    doc = await json<RuleDocumentDto>(await publish(admin, doc));
    expect((await getDoc(member, doc.id)).statusCode).toBe(404);
    const url = `/api/v1/rules/documents/${doc.id}/visibility`;
    expect(
      (await t.request({ method: 'PUT', url, cookie: regulator, body: { visibility: 'public', version: doc.version } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'PUT', url, cookie: admin, body: { visibility: 'public', version: doc.version + 5 } }))
        .statusCode,
    ).toBe(409);
    doc = await json<RuleDocumentDto>(
      await t.request({ method: 'PUT', url, cookie: admin, body: { visibility: 'public', version: doc.version } }),
    );
    const [event] = await t.auditOf('rule_document.visibility', doc.id);
    expect(event?.before).toEqual({ visibility: 'internal' });
    expect(event?.after).toEqual({ visibility: 'public' });
    const pub = await json<RuleDocumentDto>(
      await t.request({ method: 'GET', url: `/api/v1/public/rules/documents/${doc.id}` }),
    );
    expect(pub.current?.clauses).toHaveLength(3);
    expect(pub.canManage).toBe(false);
    const list = await json<{ items: RuleDocumentSummaryDto[] }>(
      await t.request({ method: 'GET', url: `/api/v1/public/rules/documents?associationId=${jiancaiId}` }),
    );
    expect(list.items.map((d) => d.id)).toContain(doc.id);
    expect(list.items.every((d) => d.visibility === 'public' && d.publishedVersionId !== null)).toBe(true);
    // the other association's member sees a public document in the console too
    expect((await getDoc(otherMember, doc.id)).statusCode).toBe(200);
  });
});

describe('consultation round trip', () => {
  let doc: RuleDocumentDto;
  let c: ConsultationDto;
  let comment: ConsultationCommentDto;

  it('opens a consultation on a draft (refusals first), notifies members', async () => {
    doc = await create(admin);
    const draft = doc.versions[0] as RuleDocumentDto['versions'][number];
    const url = `/api/v1/rules/versions/${draft.id}/consultations`;
    const body = { audience: 'members', deadline: inDays(14), version: draft.version };
    expect((await t.request({ method: 'POST', url, body })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, cookie: member, body })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, cookie: otherAssociationStaff, body })).statusCode).toBe(404);
    const past = await t.request({ method: 'POST', url, cookie: admin, body: { ...body, deadline: inDays(-1) } });
    expect(past.statusCode).toBe(400);
    expect(errorFields(past)).toEqual({ deadline: 'too_small' });
    const audience = await t.request({ method: 'POST', url, cookie: admin, body: { ...body, audience: 'everyone' } });
    expect(errorFields(audience)).toEqual({ audience: 'one_of' });

    c = await json<ConsultationDto>(await openConsultation(admin, doc), 201);
    expect(c.status).toBe('open');
    expect(c.accepting).toBe(true);
    expect(c.clauses.map((x) => x.key)).toEqual(['c1', 'c2', 'c3']);
    expect(await t.auditOf('consultation.open', c.id)).toHaveLength(1);
    // the version is now in consultation: not editable, not consultable twice
    expect(
      (await openConsultation(admin, { ...doc, versions: [{ ...draft, version: draft.version + 1 }] })).statusCode,
    ).toBe(409);
    const notices = (
      await json<{ kind: string; link: string }[]>(
        await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: member }),
      )
    ).filter((n) => n.kind === 'workspace.consultation_opened');
    expect(notices.map((n) => n.link)).toContain(`/console/workspace/consultations/${c.id}`);
  });

  it('shows it to the association’s members, not to other associations’ members or the public', async () => {
    const ids = async (cookie: string) =>
      (
        await json<{ items: ConsultationSummaryDto[] }>(
          await t.request({ method: 'GET', url: '/api/v1/rules/consultations', cookie }),
        )
      ).items.map((x) => x.id);
    expect((await t.request({ method: 'GET', url: '/api/v1/rules/consultations' })).statusCode).toBe(401);
    expect(await ids(member)).toContain(c.id);
    expect(await ids(regulator)).toContain(c.id);
    expect(await ids(otherMember)).not.toContain(c.id);
    expect(await ids(consumer)).not.toContain(c.id);
    const url = `/api/v1/rules/consultations/${c.id}`;
    expect((await t.request({ method: 'GET', url, cookie: otherMember })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url, cookie: consumer })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/v1/public/rules/consultations/${c.id}` })).statusCode).toBe(
      404,
    );
    const seen = await json<ConsultationDto>(await t.request({ method: 'GET', url, cookie: member }));
    expect(seen.canComment).toBe(true);
    expect(seen.canManage).toBe(false);
    // the draft under consultation is still not a readable document for members
    expect((await getDoc(member, doc.id)).statusCode).toBe(404);
  });

  it('takes comments anchored to clauses (refusals first)', async () => {
    const url = `/api/v1/rules/consultations/${c.id}/comments`;
    const body = { clauseKey: 'c2', body: '建议明确“以次充好”的认定标准。' };
    expect((await t.request({ method: 'POST', url, body })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, cookie: otherMember, body })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url, cookie: staff, body })).statusCode).toBe(403);
    const unknown = await t.request({ method: 'POST', url, cookie: member, body: { ...body, clauseKey: 'c99' } });
    expect(unknown.statusCode).toBe(400);
    expect(errorFields(unknown)).toEqual({ clauseKey: 'unknown_clause' });
    const blank = await t.request({ method: 'POST', url, cookie: member, body: { ...body, body: '' } });
    expect(errorFields(blank)).toEqual({ body: 'required' });

    comment = await json<ConsultationCommentDto>(await t.request({ method: 'POST', url, cookie: member, body }), 201);
    expect(comment.mine).toBe(true);
    expect(comment.answer).toBeNull();
    expect(await t.auditOf('consultation_comment.create', comment.id)).toHaveLength(1);
    await json(
      await t.request({ method: 'POST', url, cookie: cqo, body: { clauseKey: null, body: '总体赞同。' } }),
      201,
    );
    // the regulator of the region may comment too
    await json(
      await t.request({
        method: 'POST',
        url,
        cookie: regulator,
        body: { clauseKey: 'c1', body: '与法规表述保持一致。' },
      }),
      201,
    );

    // other readers see the commenting organisation, not the person; staff see the person
    const asCqo = await json<ConsultationDto>(
      await t.request({ method: 'GET', url: `/api/v1/rules/consultations/${c.id}`, cookie: cqo }),
    );
    const theirs = asCqo.comments.find((x) => x.id === comment.id);
    expect(theirs?.authorName).toBeNull();
    expect(theirs?.authorOrganisation).toBeTruthy();
    const asStaff = await json<ConsultationDto>(
      await t.request({ method: 'GET', url: `/api/v1/rules/consultations/${c.id}`, cookie: staff }),
    );
    expect(asStaff.comments.find((x) => x.id === comment.id)?.authorName).toBe('吴经理');
    expect(asStaff.comments).toHaveLength(3);
  });

  it('answers comments (reason required unless adopted, stale refused), notifying the author', async () => {
    const url = `/api/v1/rules/consultations/${c.id}/comments/${comment.id}/answer`;
    const body = { answer: 'partly_adopted', reason: '', version: comment.version };
    expect((await t.request({ method: 'PUT', url, body })).statusCode).toBe(401);
    expect((await t.request({ method: 'PUT', url, cookie: member, body })).statusCode).toBe(403);
    expect((await t.request({ method: 'PUT', url, cookie: otherAssociationStaff, body })).statusCode).toBe(404);
    const noReason = await t.request({ method: 'PUT', url, cookie: staff, body });
    expect(noReason.statusCode).toBe(400);
    expect(errorFields(noReason)).toEqual({ reason: 'required' });
    const answered = await json<ConsultationCommentDto>(
      await t.request({ method: 'PUT', url, cookie: staff, body: { ...body, reason: '在第二条中列举典型情形。' } }),
    );
    expect(answered.answer).toBe('partly_adopted');
    expect(
      (await t.request({ method: 'PUT', url, cookie: staff, body: { ...body, reason: 'x', version: comment.version } }))
        .statusCode,
    ).toBe(409);
    const [event] = await t.auditOf('consultation_comment.answer', comment.id);
    expect(event?.after).toMatchObject({ answer: 'partly_adopted' });
    const notices = await json<NotificationDto[]>(
      await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: member }),
    );
    const told = notices.find((n) => n.kind === 'workspace.comment_answered');
    // the answer is named in the reader's language
    expect(told && notificationText('zh-CN', told.kind as NotificationKind, told.params).body).toContain('部分采纳');
    expect(told && notificationText('en-US', told.kind as NotificationKind, told.params).body).toContain(
      'partly adopted',
    );
    comment = answered;
  });

  it('publishing waits for the close and every answer; then the version links to the report', async () => {
    const version = (await json<RuleDocumentDto>(await getDoc(admin, doc.id)))
      .versions[0] as RuleDocumentDto['versions'][number];
    expect(version.status).toBe('in_consultation');
    const tryPublish = () =>
      t.request({
        method: 'POST',
        url: `/api/v1/rules/versions/${version.id}/publish`,
        cookie: admin,
        body: { version: version.version },
      });
    expect((await tryPublish()).statusCode).toBe(409); // still open

    const closeUrl = `/api/v1/rules/consultations/${c.id}/close`;
    expect(
      (await t.request({ method: 'POST', url: closeUrl, cookie: member, body: { summary: '', version: c.version } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: closeUrl, cookie: admin, body: { summary: '', version: 99 } }))
        .statusCode,
    ).toBe(409);
    const closed = await json<ConsultationDto>(
      await t.request({
        method: 'POST',
        url: closeUrl,
        cookie: admin,
        body: { summary: '共收到意见 3 条。', version: c.version },
      }),
    );
    expect(closed.status).toBe('closed');
    expect(closed.accepting).toBe(false);
    const [event] = await t.auditOf('consultation.close', c.id);
    expect(event?.after).toMatchObject({ status: 'closed', beforeDeadline: true });
    // no more comments once closed
    const late = await t.request({
      method: 'POST',
      url: `/api/v1/rules/consultations/${c.id}/comments`,
      cookie: member,
      body: { clauseKey: null, body: '补充意见' },
    });
    expect(late.statusCode).toBe(400);
    expect(errorFields(late)).toEqual({ deadline: 'deadline_passed' });

    const unanswered = await tryPublish();
    expect(unanswered.statusCode).toBe(400);
    expect(unanswered.json().error.fields[0]).toMatchObject({
      field: 'comments',
      issue: 'comments_unanswered',
      params: { count: 2 },
    });

    for (const x of closed.comments.filter((y) => y.answer === null)) {
      await json(
        await t.request({
          method: 'PUT',
          url: `/api/v1/rules/consultations/${c.id}/comments/${x.id}/answer`,
          cookie: staff,
          body:
            x.clauseKey === null
              ? { answer: 'adopted', reason: '', version: x.version }
              : { answer: 'not_adopted', reason: '已有上位法规定。', version: x.version },
        }),
      );
    }
    const published = await json<RuleDocumentDto>(await tryPublish());
    expect(published.current?.id).toBe(version.id);
    expect(published.current?.consultationId).toBe(c.id);
    expect(published.consultations.map((x) => x.id)).toEqual([c.id]);

    const report = await json<ConsultationReportDto>(
      await t.request({ method: 'GET', url: `/api/v1/rules/consultations/${c.id}/report`, cookie: member }),
    );
    expect(report.counts).toEqual({ total: 3, adopted: 1, partly_adopted: 1, not_adopted: 1, unanswered: 0 });
    expect(report.clauses.map((g) => g.clauseKey)).toEqual(['c1', 'c2', null]);
    expect(report.summary).toBe('共收到意见 3 条。');
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/rules/consultations/${c.id}/report`, cookie: otherMember }))
        .statusCode,
    ).toBe(404);

    const docx = await t.request({
      method: 'GET',
      url: `/api/v1/rules/consultations/${c.id}/report.docx`,
      cookie: staff,
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const buffer = docx.rawPayload;
    const paragraphs = await docxParagraphs(buffer);
    expect(paragraphs).toContain('《职业道德准则》征求意见情况报告');
    const tables = await docxTableRows(buffer);
    expect(tables).toHaveLength(3);
    expect(tables[1]?.[1]).toEqual([
      '2',
      '建议明确“以次充好”的认定标准。',
      comment.authorOrganisation,
      '部分采纳',
      '在第二条中列举典型情形。',
    ]);
  });

  it('refuses comments after the deadline even before closing; public consultations reach anyone with consultation.comment', async () => {
    let doc2 = await create(admin, { kind: 'work_standard', title: '团体标准工作规范', visibility: 'public' });
    const pub = await json<ConsultationDto>(await openConsultation(admin, doc2, 'public'), 201);
    const url = `/api/v1/rules/consultations/${pub.id}/comments`;
    const listed = await json<{ items: ConsultationSummaryDto[] }>(
      await t.request({ method: 'GET', url: '/api/v1/public/rules/consultations' }),
    );
    expect(listed.items.map((x) => x.id)).toContain(pub.id);
    expect((await t.request({ method: 'GET', url: `/api/v1/public/rules/consultations/${pub.id}` })).statusCode).toBe(
      200,
    );
    const byConsumer = await json<ConsultationCommentDto>(
      await t.request({
        method: 'POST',
        url,
        cookie: consumer,
        body: { clauseKey: 'c1', body: '希望标准向消费者公开。' },
      }),
      201,
    );
    expect(byConsumer.authorOrganisation).toBeNull();
    await json(
      await t.request({ method: 'POST', url, cookie: expert, body: { clauseKey: null, body: '建议增加术语一章。' } }),
      201,
    );
    expect(
      (await t.request({ method: 'POST', url, cookie: otherMember, body: { clauseKey: null, body: '同意' } }))
        .statusCode,
    ).toBe(201);
    // a public reader sees no person's name
    const anon = await json<ConsultationDto>(
      await t.request({ method: 'GET', url: `/api/v1/public/rules/consultations/${pub.id}` }),
    );
    expect(anon.comments.every((x) => x.authorName === null)).toBe(true);
    expect(anon.canComment).toBe(false);

    await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.update(consultation).set({ deadline: sql`now() - interval '1 hour'` }).where(eq(consultation.id, pub.id)),
    );
    const late = await t.request({
      method: 'POST',
      url,
      cookie: consumer,
      body: { clauseKey: null, body: '迟到的意见' },
    });
    expect(late.statusCode).toBe(400);
    expect(errorFields(late)).toEqual({ deadline: 'deadline_passed' });
    doc2 = await json<RuleDocumentDto>(await getDoc(admin, doc2.id));
    expect(doc2.consultations[0]?.accepting).toBe(false);

    // The consulted text is revised in a new draft once the consultation is closed (not before); the
    // revision carries the consultation to publication and the consulted version is kept, superseded.
    const revise = () =>
      t.request({ method: 'POST', url: `/api/v1/rules/documents/${doc2.id}/versions`, cookie: admin });
    expect((await revise()).statusCode).toBe(409);
    const current = await json<ConsultationDto>(
      await t.request({ method: 'GET', url: `/api/v1/rules/consultations/${pub.id}`, cookie: admin }),
    );
    await json(
      await t.request({
        method: 'POST',
        url: `/api/v1/rules/consultations/${pub.id}/close`,
        cookie: admin,
        body: { summary: '采纳术语一章的建议。', version: current.version },
      }),
    );
    const revised = await json<RuleDocumentDto>(await revise(), 201);
    const [draft, consulted] = revised.versions;
    expect(draft).toMatchObject({ number: 2, status: 'draft', consultationId: pub.id });
    expect(consulted).toMatchObject({ number: 1, status: 'superseded', publishedAt: null });
    const edited = await json<RuleDocumentDto>(
      await t.request({
        method: 'PUT',
        url: `/api/v1/rules/versions/${draft?.id}`,
        cookie: admin,
        body: {
          title: '团体标准工作规范',
          preamble: '',
          clauses: [...(draft?.clauses ?? []), { key: null, heading: '第二条', text: '术语和定义。' }],
          changeNote: '根据征求意见增加术语一章。',
          version: draft?.version,
        },
      }),
    );
    const revision = edited.versions[0] as RuleDocumentDto['versions'][number];
    const publishRevision = () =>
      t.request({
        method: 'POST',
        url: `/api/v1/rules/versions/${revision.id}/publish`,
        cookie: admin,
        body: { version: revision.version },
      });
    const unanswered = await publishRevision();
    expect(errorFields(unanswered)).toEqual({ comments: 'comments_unanswered' });
    for (const x of current.comments) {
      await json(
        await t.request({
          method: 'PUT',
          url: `/api/v1/rules/consultations/${pub.id}/comments/${x.id}/answer`,
          cookie: admin,
          body: { answer: 'adopted', reason: '', version: x.version },
        }),
      );
    }
    const published = await json<RuleDocumentDto>(await publishRevision());
    expect(published.current).toMatchObject({ id: revision.id, status: 'published', consultationId: pub.id });
    const after = await json<ConsultationDto>(
      await t.request({ method: 'GET', url: `/api/v1/rules/consultations/${pub.id}`, cookie: admin }),
    );
    expect(after.publishedVersionId).toBe(revision.id);
  });
});

describe('facts', () => {
  it('counts rules in force, consultations and answers for the evaluation', async () => {
    registerAllFacts();
    const year = new Date().getFullYear();
    const context = {
      organisationId: jiancaiId,
      periodStart: `${year - 1}-01-01`,
      periodEnd: `${year + 1}-12-31`,
      assessmentId: '00000000-0000-0000-0000-000000000000',
      frameworkCode: 'test',
    };
    const [published, discipline] = await t.database.transaction(SYSTEM_SCOPE, async (tx) => [
      await computeFact(tx, 'rules.published', context),
      await computeFact(tx, 'rules.self_discipline', context),
    ]);
    const value = (r: typeof published, metric: string) => r?.values.find((v) => v.metric === metric)?.value;
    // published in these tests: 自律规范 v1, 协会章程, 职业道德准则 (the consulted one), 团体标准工作规范 v2 (a revision)
    expect(value(published, 'rules.documents')).toBe(4);
    expect(value(published, 'rules.versions_published')).toBe(4);
    expect(value(published, 'rules.consultations')).toBe(2);
    expect(value(published, 'rules.comments')).toBe(6);
    // every comment answered: the three of the members' consultation and the three of the public one
    expect(value(published, 'rules.comments_answered_rate')).toBe(1);
    expect(value(discipline, 'rules.self_discipline_documents')).toBe(3);
    expect(value(discipline, 'rules.self_discipline_public')).toBe(1);
    expect(discipline?.links.every((l) => l.recordType === 'rule_document')).toBe(true);
  });
});
