/**
 * Demo work team of 佛山市建材行业协会 (issue #7, §8.1.2), made through the team service: two posts, the
 * secretary-general as decision-making lead, the liaison to the regulator, a staff member holding the
 * credit post, three duties (one given to a post), the appointment document, the talent-incentive scheme,
 * and a guidance document from 佛山市市场监督管理局 to every association of its region.
 * Does nothing when the association already has a post.
 */
import { sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import { type Database, SYSTEM_SCOPE } from '../db/client.js';
import { todayInShanghai } from '../kernel/clock.js';
import { queryRows } from '../kernel/raw-sql.js';
import { createMailer } from '../modules/notification/mailer.js';
import { teamService } from '../modules/team/team.service.js';
import { actorOf } from './demo-complaints.js';

export interface TeamSeedSummary {
  posts: number;
  members: number;
  duties: number;
  documents: number;
  guidance: number;
}

const NOTHING: TeamSeedSummary = { posts: 0, members: 0, duties: 0, documents: 0, guidance: 0 };

export async function seedDemoTeam(database: Database, config: Config): Promise<TeamSeedSummary> {
  const rows = await database.transaction(SYSTEM_SCOPE, (tx) =>
    queryRows<{ id: string; posts: number }>(
      tx,
      sql`SELECT o.id, (SELECT count(*)::int FROM team_post p WHERE p.organisation_id = o.id) AS posts
          FROM organisation o WHERE o.name = '佛山市建材行业协会'`,
    ),
  );
  const association = rows[0];
  if (!association || Number(association.posts) > 0) return NOTHING;
  const team = teamService({ database, config }, createMailer(config));
  const secretary = await actorOf(database, 'jiancai.admin');
  const staff = await actorOf(database, 'jiancai.staff');
  const liaison = await actorOf(database, 'jiancai.liaison');
  const regulator = await actorOf(database, 'regulator.staff');
  const year = Number(todayInShanghai().slice(0, 4));
  const since = `${year}-01-06`;

  const quality = await team.createPost(secretary, {
    name: '秘书处质量部负责人',
    description: '统筹行业质量提升工作计划的制定、实施与评价。',
    holderUserId: secretary.userId,
  });
  const credit = await team.createPost(secretary, {
    name: '信用管理岗',
    description: '会员信用信息归集、信用档案维护与信用修复受理。',
    holderUserId: staff.userId,
  });
  const appointment = await team.createDocument(secretary, {
    kind: 'appointment',
    title: '关于成立协会质量共治工作团队及人员任命的通知',
    documentNumber: `佛建协〔${year}〕2号`,
    issuedOn: since,
    body: [
      '各部门、各会员单位：',
      '为落实行业质量共治工作，经协会理事会研究决定，成立协会质量共治工作团队：',
      '一、黄秘书长任工作团队决策负责人，对质量共治工作负总责；',
      '二、协会联络员负责与佛山市市场监督管理局的日常联络与信息报送；',
      '三、秘书处工作人员任信用管理岗，负责会员信用信息归集与档案维护。',
      '本通知自印发之日起施行。',
    ].join('\n'),
  });
  await team.appoint(secretary, {
    userId: secretary.userId as string,
    role: 'lead',
    postId: quality.id,
    appointmentDocumentId: appointment.id,
    since,
  });
  await team.appoint(secretary, {
    userId: liaison.userId as string,
    role: 'liaison',
    appointmentDocumentId: appointment.id,
    since,
  });
  await team.appoint(secretary, {
    userId: staff.userId as string,
    role: 'member',
    postId: credit.id,
    appointmentDocumentId: appointment.id,
    since,
  });
  await team.createDuty(secretary, {
    title: '组织制定并推进年度行业质量提升工作计划',
    description: '每年一季度提交理事会审议，按季度通报进展。',
    assigneeUserId: secretary.userId,
  });
  await team.createDuty(secretary, {
    title: '会员信用信息归集与信用档案维护',
    description: '每月归集抽查、投诉与承诺信息，更新会员信用档案。',
    assigneePostId: credit.id,
  });
  await team.createDuty(secretary, {
    title: '与市场监管部门的日常联络与信息报送',
    description: '按要求报送工作计划、总结和重大质量事件信息。',
    assigneeUserId: liaison.userId,
  });
  await team.createDocument(secretary, {
    kind: 'talent_incentive',
    title: '协会质量人才激励办法（试行）',
    documentNumber: `佛建协〔${year}〕5号`,
    issuedOn: `${year}-02-10`,
    body: [
      '第一条 为激励会员单位和协会工作人员参与行业质量提升，制定本办法。',
      '第二条 每年评选“质量之星”和“优秀首席质量官”，给予表彰并在协会网站公示。',
      '第三条 对牵头制定团体标准、开展质量攻关成效显著的人员，优先推荐参加各级质量奖评选。',
    ].join('\n'),
  });
  await team.issueGuidance(regulator, {
    addresseeId: null,
    title: '关于推进行业协会质量共治工作的指导意见',
    documentNumber: `佛市监质〔${year}〕12号`,
    issuedOn: `${year}-01-15`,
    body: '各行业协会：请围绕行业质量提升，建立质量共治工作团队，明确决策负责人和联络员，完善信用管理和团体标准工作，并于每季度末报送工作进展。',
  });
  return { posts: 2, members: 3, duties: 3, documents: 2, guidance: 1 };
}
