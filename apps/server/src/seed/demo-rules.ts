/**
 * Demo rules and consultations (issue #7), made through the real service for 佛山市建材行业协会:
 * the charter (public, with its self-discipline clauses); the 行业经营自律公约 (members), whose v2 was
 * consulted on, every comment answered, and published over v1; and a draft 职业道德准则 now open to
 * the members for comments until 14 days from now, with one comment already in.
 */
import type { ClauseInput, ConsultationDto, RuleDocumentDto } from '@gongzhi/contracts';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { createMailer } from '../modules/notification/mailer.js';
import { rulesService } from '../modules/rules/rules.service.js';
import { actorOf } from './demo-complaints.js';

export interface RulesSeedSummary {
  documents: number;
  consultations: number;
}

const CHARTER: ClauseInput[] = [
  { heading: '第一条 名称', text: '本会名称为佛山市建材行业协会。' },
  {
    heading: '第二条 宗旨',
    text: '本会遵守宪法、法律、法规和国家政策，践行社会主义核心价值观，团结会员，服务行业，推动建材行业质量提升和高质量发展。',
  },
  { heading: '第三条 业务范围', text: '开展行业调查研究、标准制定、质量提升、信用建设、培训交流和消费维权等工作。' },
  {
    heading: '第四条 行业自律',
    text: '本会制定并组织实施行业经营自律规范和职业道德准则，建立会员质量信用档案，对违反自律规范的会员采取警示、通报等自律措施。',
  },
  {
    heading: '第五条 会员义务',
    text: '会员应当遵守本会章程和自律规范，诚信经营，履行质量安全主体责任，作出并履行质量安全承诺。',
  },
];

const CODE_V1: ClauseInput[] = [
  { heading: '第一条', text: '会员应当遵守产品质量法等法律法规，严格执行国家标准和行业标准。' },
  { heading: '第二条', text: '会员不得生产、销售不合格产品，不得以假充真、以次充好。' },
  { heading: '第三条', text: '会员应当如实标注产品质量等级、规格型号和执行标准。' },
];

const ETHICS: ClauseInput[] = [
  { heading: '第一条 诚实守信', text: '从业人员应当诚实守信，不得作虚假或者引人误解的宣传。' },
  { heading: '第二条 质量第一', text: '从业人员应当坚持质量第一，发现质量安全隐患及时报告并处置。' },
  { heading: '第三条 公平竞争', text: '从业人员不得以贬低同行、商业贿赂等不正当手段招揽业务。' },
];

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export async function seedDemoRules(database: Database, config: Config): Promise<RulesSeedSummary> {
  const service = rulesService({ database, config }, createMailer({ smtpUrl: undefined, mailFrom: config.mailFrom }));
  const secretary = await actorOf(database, 'jiancai.admin');
  const staff = await actorOf(database, 'jiancai.staff');
  const member = await actorOf(database, 'enterprise.admin');
  const cqo = await actorOf(database, 'enterprise.cqo');
  const existing = await service.listDocuments(secretary, { pageSize: 100 });
  if (existing.items.length > 0) return { documents: 0, consultations: 0 };

  const draftOf = (d: RuleDocumentDto) => d.versions[0] as RuleDocumentDto['versions'][number];

  // The charter: public, in force.
  const charter = await service.createDocument(secretary, {
    kind: 'charter',
    title: '佛山市建材行业协会章程',
    visibility: 'public',
    preamble: '经会员大会表决通过。',
    clauses: CHARTER,
  });
  await service.publish(secretary, draftOf(charter).id, draftOf(charter).version);

  // 行业经营自律公约: v1 published, v2 consulted on and published over it.
  let code = await service.createDocument(secretary, {
    kind: 'self_discipline_code',
    title: '佛山市建材行业经营自律公约',
    visibility: 'members',
    preamble: '为规范建材行业经营秩序，维护消费者和会员合法权益，制定本公约。',
    clauses: CODE_V1,
  });
  code = await service.publish(secretary, draftOf(code).id, draftOf(code).version);
  code = await service.newVersion(secretary, code.id);
  const v2 = draftOf(code);
  code = await service.updateVersion(secretary, v2.id, {
    title: v2.title,
    preamble: v2.preamble,
    clauses: [
      ...v2.clauses.slice(0, 2),
      {
        key: v2.clauses[2]?.key,
        heading: '第三条',
        text: '会员应当如实标注产品质量等级、规格型号、执行标准和生产日期。',
      },
      { heading: '第四条', text: '会员应当设立首席质量官，建立产品质量追溯制度。' },
    ],
    changeNote: '增加首席质量官和质量追溯要求；完善标注要求。',
    version: v2.version,
  });
  let consulted: ConsultationDto = await service.openConsultation(secretary, v2.id, {
    title: '关于修订《佛山市建材行业经营自律公约》的征求意见',
    description: '请各会员单位对修订稿提出意见和建议。',
    audience: 'members',
    deadline: inDays(7),
    version: draftOf(code).version,
  });
  const first = await service.comment(member, consulted.id, {
    clauseKey: draftOf(code).clauses[3]?.key ?? null,
    body: '建议对小微会员设立首席质量官给予一年过渡期。',
  });
  const second = await service.comment(cqo, consulted.id, {
    clauseKey: draftOf(code).clauses[2]?.key ?? null,
    body: '建议同时标注生产批号，便于追溯。',
  });
  await service.answer(staff, consulted.id, second.id, {
    answer: 'adopted',
    reason: '已在第三条中增加生产批号。',
    version: second.version,
  });
  await service.answer(staff, consulted.id, first.id, {
    answer: 'not_adopted',
    reason: '首席质量官制度已有省级文件要求，不宜设过渡期；协会将组织专题培训。',
    version: first.version,
  });
  consulted = await service.close(secretary, consulted.id, {
    summary: '共收到会员单位意见 2 条，采纳 1 条，不采纳 1 条，均已说明理由。',
    version: consulted.version,
  });
  const consultedVersion = (await service.getDocument(secretary, code.id)).versions[0];
  if (consultedVersion) await service.publish(secretary, consultedVersion.id, consultedVersion.version);

  // 职业道德准则: a draft open to the members for comments.
  const ethics = await service.createDocument(secretary, {
    kind: 'ethics_code',
    title: '佛山市建材行业从业人员职业道德准则',
    visibility: 'members',
    clauses: ETHICS,
  });
  const open = await service.openConsultation(secretary, draftOf(ethics).id, {
    audience: 'members',
    deadline: inDays(14),
    description: '请会员单位组织从业人员讨论并提出意见。',
    version: draftOf(ethics).version,
  });
  await service.comment(member, open.id, {
    clauseKey: draftOf(ethics).clauses[2]?.key ?? null,
    body: '建议增加“不得串通投标”的内容。',
  });
  return { documents: 3, consultations: 2 };
}
