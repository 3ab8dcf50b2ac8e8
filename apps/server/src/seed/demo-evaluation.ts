/**
 * Demo evaluation (issue #5), made through the real service: 佛山市建材行业协会's self-assessment of
 * last year against table A.1, scored with rationales, reviewed and finalised by the regulator (so a
 * new assessment has a previous one to compare with, and the low indicators opened improvement
 * actions, one of them already planned); then the regulator's campaign for this year, which opens a
 * self-assessment for every association of Foshan, 建材's partly scored.
 */
import { type AssessmentDto, addDays } from '@gongzhi/contracts';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { todayInShanghai } from '../kernel/clock.js';
import { evaluationService } from '../modules/evaluation/evaluation.service.js';
import { createMailer } from '../modules/notification/mailer.js';
import { actorOf } from './demo-complaints.js';

/** Last year's levels (0–4) and why: a plausible association, strong on credit, weak on funds and media. */
const LAST_YEAR: Record<string, [number, string]> = {
  C1: [3, '秘书处设质量工作部，会长为决策负责人，联络员对接市场监管局，职责分工文件已印发。'],
  C2: [3, '与市场监管局建立月度联络机制，年内报送风险分析报告，信息往来有记录。'],
  C3: [3, '章程、信用信息管理办法、质量信用评价规则已发布并执行。'],
  C4: [2, '制定了年度工作计划，行业质量发展规划尚在起草。'],
  C5: [1, '自筹资金有投入，但专项资金台账不完整，支出凭证未能逐项对应用途。'],
  C6: [3, '向成员明确质量自律内容，推动成员作出质量安全承诺。'],
  C7: [3, '行业经营自律规范已发布；多数骨干成员已设首席质量官。'],
  C8: [4, '成员信用档案全覆盖并按季度更新，信用等级按期公布，奖惩措施已落实。'],
  C9: [3, '工作全过程在平台留痕，年末开展了自评。'],
  C10: [2, '开展了陶瓷砖防滑性能的技术研究，报告初稿已成。'],
  C11: [3, '参与监督抽查结果分析研判，提出整改建议。'],
  C12: [3, '参与 2 项团体标准制定。'],
  C13: [2, '组织了一次质量比较试验。'],
  C14: [3, '举办质量管理培训班 2 期。'],
  C15: [3, '开展行业风险监测，向监管部门移送线索。'],
  C16: [2, '提供质量管理咨询服务，服务案例尚少。'],
  C17: [3, '消费投诉均在时限内处理，调解成功率较高。'],
  C18: [2, '发布消费警示，组织质量月活动。'],
  C19: [3, '消费者评价满意率较上年提升。'],
  C20: [1, '年内仅有零星媒体报道。'],
  C21: [2, '在行业年会上介绍共治成果。'],
  C22: [2, '参加社会组织等级评估，获评 4A。'],
};

export interface EvaluationSeedSummary {
  assessments: number;
  actions: number;
}

export async function seedDemoEvaluation(database: Database, config: Config): Promise<EvaluationSeedSummary> {
  const service = evaluationService(
    { database, config },
    createMailer({ smtpUrl: undefined, mailFrom: config.mailFrom }),
  );
  const secretary = await actorOf(database, 'jiancai.admin');
  const staff = await actorOf(database, 'jiancai.staff');
  const regulator = await actorOf(database, 'regulator.admin');
  await service.ensureBuiltIn();
  const [framework] = (await service.listFrameworks(staff)).filter((f) => f.builtIn && f.current);
  if (!framework) throw new Error('the built-in framework is missing');
  const jiancaiId = secretary.orgIds[0] as string;
  const year = Number(todayInShanghai().slice(0, 4));

  // Last year: scored, submitted, approved, final.
  let last: AssessmentDto = await service.createAssessment(secretary, {
    organisationId: jiancaiId,
    frameworkId: framework.id,
    kind: 'self',
    periodStart: `${year - 1}-01-01`,
    periodEnd: `${year - 1}-12-31`,
  });
  for (const s of last.scores) {
    const [level, rationale] = LAST_YEAR[s.indicatorCode] ?? [2, '—'];
    await service.scoreIndicator(staff, last.id, s.indicatorCode, { level, rationale, version: s.version });
  }
  await service.addEvidenceLink(staff, last.id, 'C20', {
    recordType: 'url',
    recordId: 'https://www.foshan.gov.cn/',
    label: '佛山市人民政府网站报道',
  });
  last = await service.getAssessment(staff, last.id);
  last = await service.submit(secretary, last.id, last.version);
  last = await service.review(regulator, last.id, {
    decision: 'approve',
    comment: '自评客观，佐证充分。请重点改进 C5 资金使用和 C20 社会影响力。',
    version: last.version,
  });
  last = await service.finalise(regulator, last.id, last.version);

  // One improvement action already planned by the secretary.
  const actions = await service.listActions(secretary, { assessmentId: last.id });
  const funds = actions.items.find((a) => a.indicatorCode === 'C5');
  if (funds) {
    await service.updateAction(secretary, funds.id, {
      analysis: '专项资金与自筹资金混用同一账户，支出凭证未标注用途。',
      measure: '建立专项资金台账，按项目设立支出科目，每季度核对一次。',
      ownerUserId: secretary.userId,
      dueDate: addDays(todayInShanghai(), 45),
      version: funds.version,
    });
  }

  // This year: the regulator's campaign; 建材 has started on its own.
  const campaign = await service.createCampaign(regulator, {
    frameworkId: framework.id,
    kind: 'self',
    title: `${year} 年度行业质量共治成果评估`,
    periodStart: `${year}-01-01`,
    periodEnd: todayInShanghai(),
    dueDate: addDays(todayInShanghai(), 30),
  });
  const own = await service.listAssessments(staff, { campaignId: campaign.id });
  const current = own.items[0];
  if (current) {
    const draft = await service.getAssessment(staff, current.id);
    for (const code of ['C1', 'C2', 'C3', 'C8', 'C17']) {
      const s = draft.scores.find((x) => x.indicatorCode === code);
      const [level, rationale] = LAST_YEAR[code] ?? [2, '—'];
      if (s) await service.scoreIndicator(staff, draft.id, code, { level, rationale, version: s.version });
    }
  }
  return { assessments: 1 + campaign.assessmentCount, actions: actions.items.length };
}
