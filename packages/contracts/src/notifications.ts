import type { Locale } from './enums.js';

/** In-app and e-mail notifications: a kind and its parameters; the text is made here, per language. */
export const NOTIFICATION_KINDS = [
  'complaint.due_soon',
  'complaint.overdue',
  'complaint.forwarded',
  'complaint.responded',
  'complaint.terminated',
  'complaint.transferred',
  'complaint.referred',
  'complaint.referral_answered',
  'credit.record_confirmed',
  'credit.objection_filed',
  'credit.objection_decided',
  'credit.repair_filed',
  'credit.repair_decided',
  'credit.warning',
  'credit.commitment_broken',
  'spotcheck.reinspection_requested',
  'spotcheck.reinspection_decided',
  'risk.alert',
  'risk.report_submitted',
  'risk.report_acknowledged',
  'evaluation.opened',
  'evaluation.submitted',
  'evaluation.reviewed',
  'evaluation.finalised',
  'evaluation.action_opened',
  'evaluation.action_due',
  'workspace.task_assigned',
  'workspace.task_due_soon',
  'workspace.task_overdue',
  'workspace.kpi_missed',
  'workspace.guidance_issued',
  'workspace.consultation_opened',
  'workspace.comment_answered',
  'workspace.document_published',
  'workspace.liaison_message',
  'workspace.member_notice',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

type Params = Record<string, string | number>;

const TEXTS: Record<Locale, Record<NotificationKind, { subject: string; body: string }>> = {
  'zh-CN': {
    'complaint.due_soon': {
      subject: '投诉 {trackingNo} 即将到期',
      body: '投诉 {trackingNo} 的{dueKindLabel}期限为 {dueOn}，请及时处理。',
    },
    'complaint.overdue': {
      subject: '投诉 {trackingNo} 已超期',
      body: '投诉 {trackingNo} 的{dueKindLabel}期限 {dueOn} 已过，已上报负责人。',
    },
    'complaint.forwarded': {
      subject: '收到消费者投诉 {trackingNo}',
      body: '行业组织已将投诉 {trackingNo} 转交贵单位先行处理，请于 {dueOn} 前答复。',
    },
    'complaint.responded': {
      subject: '企业已答复投诉 {trackingNo}',
      body: '被投诉企业已答复投诉 {trackingNo}，请跟进。',
    },
    'complaint.terminated': {
      subject: '投诉 {trackingNo} 终止调解',
      body: '投诉 {trackingNo} 已终止调解，终止理由见案件记录。',
    },
    'complaint.transferred': {
      subject: '行业组织移送投诉 {trackingNo}',
      body: '行业组织移送了投诉 {trackingNo}，请查收并反馈处理结果。',
    },
    'complaint.referred': {
      subject: '行业组织报送线索（投诉 {trackingNo}）',
      body: '行业组织就投诉 {trackingNo} 报送了线索，请查收并反馈。',
    },
    'complaint.referral_answered': {
      subject: '监管部门已反馈（投诉 {trackingNo}）',
      body: '监管部门已就投诉 {trackingNo} 的移送/线索作出反馈。',
    },
    'credit.record_confirmed': {
      subject: '新的信用信息：{enterpriseName}',
      body: '{associationName} 在贵单位的质量信用档案中记入了一条信息：“{recordTitle}”。如有异议，可于 {objectableUntil} 前提出。',
    },
    'credit.objection_filed': {
      subject: '信用异议：{enterpriseName}',
      body: '{enterpriseName} 对信用记录“{recordTitle}”提出异议，请于 {dueOn} 前作出决定。',
    },
    'credit.objection_decided': {
      subject: '异议处理结果：{recordTitle}',
      body: '{associationName} 已就信用记录“{recordTitle}”的异议作出决定：{decisionLabel}。',
    },
    'credit.repair_filed': {
      subject: '信用修复申请：{enterpriseName}',
      body: '{enterpriseName} 申请修复信用记录“{recordTitle}”，请于 {dueOn} 前作出决定。',
    },
    'credit.repair_decided': {
      subject: '信用修复结果：{recordTitle}',
      body: '{associationName} 已就信用记录“{recordTitle}”的修复申请作出决定：{decisionLabel}。',
    },
    'credit.warning': {
      subject: '信用预警：{enterpriseName}',
      body: '{associationName} 对 {enterpriseName} 发出{levelLabel}信用预警：{reason}',
    },
    'credit.commitment_broken': {
      subject: '承诺未履行：{enterpriseName}',
      body: '{associationName} 认定 {enterpriseName} 未履行承诺“{commitmentLabel}”，已记入质量信用档案。',
    },
    'spotcheck.reinspection_requested': {
      subject: '复检申请：{enterpriseName}',
      body: '{enterpriseName} 对通告 {noticeNo} 中“{productName}”的不合格结果申请复检，请在平台上登记复检结论。',
    },
    'spotcheck.reinspection_decided': {
      subject: '复检结论：{productName}',
      body: '通告 {noticeNo} 中“{productName}”的复检结论：{outcomeLabel}。{note}',
    },
    'risk.alert': {
      subject: '质量风险信号：{seriesLabel}',
      body: '{seriesLabel} 在 {period} 出现控制图信号（{ruleLabel}），请关注并分析原因。',
    },
    'risk.report_submitted': {
      subject: '风险分析报告：{title}',
      body: '{associationName} 提交了风险分析报告“{title}”（{periodFrom} 至 {periodTo}），请查阅并反馈。',
    },
    'risk.report_acknowledged': {
      subject: '风险分析报告已反馈：{title}',
      body: '{regulatorName} 已阅风险分析报告“{title}”并反馈：{feedback}',
    },
    'evaluation.opened': {
      subject: '成果评估：{title}',
      body: '{assessorName} 开启了对 {organisationName} 的“{title}”（{periodStart} 至 {periodEnd}），请于 {dueDate} 前完成。',
    },
    'evaluation.submitted': {
      subject: '评估已提交：{title}',
      body: '{organisationName} 的“{title}”已提交，请审核。',
    },
    'evaluation.reviewed': {
      subject: '评估审核意见：{title}',
      body: '“{title}”的审核结果：{decision}。意见：{comment}',
    },
    'evaluation.finalised': {
      subject: '评估已定稿：{title}',
      body: '“{title}”已定稿，总分 {total}；得分低于 {threshold} 的 {actions} 项指标已生成改进措施。',
    },
    'evaluation.action_opened': {
      subject: '改进措施：{indicator}',
      body: '指标 {indicator} 在“{title}”中得分 {score}，已生成改进措施，请分析原因、制定措施并指定负责人和完成期限。',
    },
    'evaluation.action_due': {
      subject: '改进措施逾期：{indicator}',
      body: '指标 {indicator} 的改进措施应于 {dueDate} 前完成，目前尚未完成。',
    },
    'workspace.task_assigned': {
      subject: '新任务：{task}',
      body: '{planTitle} 中的任务“{task}”交给了您（或您的岗位），应于 {dueDate} 前完成。',
    },
    'workspace.task_due_soon': {
      subject: '任务即将到期：{task}',
      body: '{planTitle} 中的任务“{task}”应于 {dueDate} 前完成。',
    },
    'workspace.task_overdue': {
      subject: '任务已逾期：{task}',
      body: '{planTitle} 中的任务“{task}”应于 {dueDate} 前完成，目前尚未完成。',
    },
    'workspace.kpi_missed': {
      subject: '指标未达标：{kpi}',
      body: '{reviewTitle} 中，指标“{kpi}”实际 {actual}，目标 {target}；已开启改进措施，请分析原因、确定措施、负责人和期限。',
    },
    'workspace.guidance_issued': {
      subject: '指导文件：{title}',
      body: '{regulatorName} 发布了指导文件“{title}”（{documentNumber}）。',
    },
    'workspace.consultation_opened': {
      subject: '征求意见：{title}',
      body: '{organisationName} 就“{title}”征求意见，截止 {deadline}。',
    },
    'workspace.comment_answered': {
      subject: '您的意见已答复：{title}',
      body: '您对“{title}”提出的意见已答复：{answer}。',
    },
    'workspace.document_published': {
      subject: '文件发布：{title}',
      body: '{organisationName} 发布了“{title}”第 {number} 版。',
    },
    'workspace.liaison_message': {
      subject: '联络消息：{subject}',
      body: '{authorOrganisation} 在“{subject}”中发来消息。',
    },
    'workspace.member_notice': {
      subject: '会员通知：{title}',
      body: '{organisationName} 发布了通知“{title}”。',
    },
  },
  'en-US': {
    'complaint.due_soon': {
      subject: 'Complaint {trackingNo} is due soon',
      body: 'The {dueKindLabel} deadline of complaint {trackingNo} is {dueOn}.',
    },
    'complaint.overdue': {
      subject: 'Complaint {trackingNo} is overdue',
      body: 'The {dueKindLabel} deadline of complaint {trackingNo} ({dueOn}) has passed; it was escalated.',
    },
    'complaint.forwarded': {
      subject: 'Consumer complaint {trackingNo} received',
      body: 'The association forwarded complaint {trackingNo} to you for a first response by {dueOn}.',
    },
    'complaint.responded': {
      subject: 'The enterprise responded to complaint {trackingNo}',
      body: 'The enterprise responded to complaint {trackingNo}; please follow up.',
    },
    'complaint.terminated': {
      subject: 'Mediation of complaint {trackingNo} ended',
      body: 'Mediation of complaint {trackingNo} ended without agreement; see the case for the ground.',
    },
    'complaint.transferred': {
      subject: 'Complaint {trackingNo} transferred to you',
      body: 'An association transferred complaint {trackingNo} to you; please record your feedback.',
    },
    'complaint.referred': {
      subject: 'A lead from an association (complaint {trackingNo})',
      body: 'An association sent a lead concerning complaint {trackingNo}; please record your feedback.',
    },
    'complaint.referral_answered': {
      subject: 'The regulator answered (complaint {trackingNo})',
      body: 'The regulator recorded feedback on the referral of complaint {trackingNo}.',
    },
    'credit.record_confirmed': {
      subject: 'New credit information: {enterpriseName}',
      body: '{associationName} entered "{recordTitle}" in your quality credit archive. You may object until {objectableUntil}.',
    },
    'credit.objection_filed': {
      subject: 'Credit objection: {enterpriseName}',
      body: '{enterpriseName} objected to the credit record "{recordTitle}"; please decide by {dueOn}.',
    },
    'credit.objection_decided': {
      subject: 'Objection decided: {recordTitle}',
      body: '{associationName} decided the objection to "{recordTitle}": {decisionLabel}.',
    },
    'credit.repair_filed': {
      subject: 'Credit repair application: {enterpriseName}',
      body: '{enterpriseName} applied to repair the credit record "{recordTitle}"; please decide by {dueOn}.',
    },
    'credit.repair_decided': {
      subject: 'Credit repair decided: {recordTitle}',
      body: '{associationName} decided the repair application for "{recordTitle}": {decisionLabel}.',
    },
    'credit.warning': {
      subject: 'Credit warning: {enterpriseName}',
      body: '{associationName} issued a {levelLabel} credit warning to {enterpriseName}: {reason}',
    },
    'credit.commitment_broken': {
      subject: 'Commitment broken: {enterpriseName}',
      body: '{associationName} found that {enterpriseName} broke its commitment ({commitmentLabel}); this was entered in its credit archive.',
    },
    'spotcheck.reinspection_requested': {
      subject: 'Re-inspection requested: {enterpriseName}',
      body: '{enterpriseName} requested re-inspection of the unqualified result for "{productName}" in notice {noticeNo}; please record the outcome on the platform.',
    },
    'spotcheck.reinspection_decided': {
      subject: 'Re-inspection outcome: {productName}',
      body: 'Re-inspection of "{productName}" in notice {noticeNo}: {outcomeLabel}. {note}',
    },
    'risk.alert': {
      subject: 'Quality risk signal: {seriesLabel}',
      body: '{seriesLabel} signalled on its control chart in {period} ({ruleLabel}); please look into the cause.',
    },
    'risk.report_submitted': {
      subject: 'Risk analysis report: {title}',
      body: '{associationName} submitted the risk analysis report "{title}" ({periodFrom} to {periodTo}); please read it and reply.',
    },
    'risk.report_acknowledged': {
      subject: 'Feedback on risk analysis report: {title}',
      body: '{regulatorName} read the risk analysis report "{title}" and replied: {feedback}',
    },
    'evaluation.opened': {
      subject: 'Evaluation: {title}',
      body: '{assessorName} opened "{title}" of {organisationName} ({periodStart} to {periodEnd}); please complete it by {dueDate}.',
    },
    'evaluation.submitted': {
      subject: 'Assessment submitted: {title}',
      body: '"{title}" of {organisationName} was submitted; please review it.',
    },
    'evaluation.reviewed': {
      subject: 'Review of the assessment: {title}',
      body: 'Review of "{title}": {decision}. Comment: {comment}',
    },
    'evaluation.finalised': {
      subject: 'Assessment final: {title}',
      body: '"{title}" is final with a total of {total}; {actions} indicators scored below {threshold} opened improvement actions.',
    },
    'evaluation.action_opened': {
      subject: 'Improvement action: {indicator}',
      body: 'Indicator {indicator} scored {score} in "{title}"; an improvement action is open: analyse the cause, decide the measure, name an owner and a due date.',
    },
    'evaluation.action_due': {
      subject: 'Improvement action overdue: {indicator}',
      body: 'The improvement action for indicator {indicator} was due on {dueDate} and is not done yet.',
    },
    'workspace.task_assigned': {
      subject: 'New task: {task}',
      body: 'The task "{task}" of {planTitle} was given to you (or your post); it is due on {dueDate}.',
    },
    'workspace.task_due_soon': {
      subject: 'Task due soon: {task}',
      body: 'The task "{task}" of {planTitle} is due on {dueDate}.',
    },
    'workspace.task_overdue': {
      subject: 'Task overdue: {task}',
      body: 'The task "{task}" of {planTitle} was due on {dueDate} and is not done yet.',
    },
    'workspace.kpi_missed': {
      subject: 'Target missed: {kpi}',
      body: 'In {reviewTitle}, "{kpi}" reached {actual} against a target of {target}; an improvement action is open: analyse the cause, decide the measure, name an owner and a due date.',
    },
    'workspace.guidance_issued': {
      subject: 'Guidance: {title}',
      body: '{regulatorName} issued the guidance document "{title}" ({documentNumber}).',
    },
    'workspace.consultation_opened': {
      subject: 'Consultation: {title}',
      body: '{organisationName} asks for comments on "{title}" until {deadline}.',
    },
    'workspace.comment_answered': {
      subject: 'Your comment was answered: {title}',
      body: 'Your comment on "{title}" was answered: {answer}.',
    },
    'workspace.document_published': {
      subject: 'Published: {title}',
      body: '{organisationName} published version {number} of "{title}".',
    },
    'workspace.liaison_message': {
      subject: 'Liaison message: {subject}',
      body: '{authorOrganisation} wrote in "{subject}".',
    },
    'workspace.member_notice': {
      subject: 'Notice to members: {title}',
      body: '{organisationName} published the notice "{title}".',
    },
  },
};

/** How a consultation comment was answered (workspace.comment_answered's `commentAnswer`). */
const COMMENT_ANSWER_LABELS: Record<Locale, Record<string, string>> = {
  'zh-CN': { adopted: '采纳', partly_adopted: '部分采纳', not_adopted: '不采纳' },
  'en-US': { adopted: 'adopted', partly_adopted: 'partly adopted', not_adopted: 'not adopted' },
};

const DUE_KIND_LABELS: Record<Locale, Record<string, string>> = {
  'zh-CN': { acceptance: '受理', response: '企业答复', mediation: '调解' },
  'en-US': { acceptance: 'acceptance', response: 'enterprise response', mediation: 'mediation' },
};

const CREDIT_LABELS: Record<Locale, Record<'level' | 'decision' | 'commitment', Record<string, string>>> = {
  'zh-CN': {
    level: { yellow: '黄色', orange: '橙色', red: '红色' },
    decision: { uphold: '异议成立', reject: '异议不成立', approve: '准予修复', reject_repair: '不予修复' },
    commitment: {
      quality_safety: '质量安全承诺',
      assured_consumption: '放心消费承诺',
      offline_no_reason_return: '线下无理由退货承诺',
    },
  },
  'en-US': {
    level: { yellow: 'yellow', orange: 'orange', red: 'red' },
    decision: { uphold: 'upheld', reject: 'rejected', approve: 'repair granted', reject_repair: 'repair refused' },
    commitment: {
      quality_safety: 'quality-safety commitment',
      assured_consumption: 'assured-consumption commitment',
      offline_no_reason_return: 'offline no-reason return commitment',
    },
  },
};

const SPOT_CHECK_LABELS: Record<Locale, Record<'outcome' | 'spcRule', Record<string, string>>> = {
  'zh-CN': {
    outcome: { qualified: '复检合格，原不合格结果不再有效', unqualified: '复检仍不合格，维持原结果' },
    spcRule: {
      beyond_limit: '超出控制限',
      two_of_three_beyond_2sigma: '连续 3 点中有 2 点超出 2σ',
      eight_on_one_side: '连续 8 点在中心线同侧',
      six_trending: '连续 6 点递增或递减',
    },
  },
  'en-US': {
    outcome: {
      qualified: 'qualified on re-inspection; the first result no longer stands',
      unqualified: 'unqualified again; the first result stands',
    },
    spcRule: {
      beyond_limit: 'beyond a control limit',
      two_of_three_beyond_2sigma: '2 of 3 points beyond 2σ',
      eight_on_one_side: '8 points on one side of the centre',
      six_trending: '6 points rising or falling',
    },
  },
};

const WARNING_REASONS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    grade_fell: '信用等级由 {from} 降为 {to}',
    serious_negative: '新增严重失信信息“{recordTitle}”',
    complaints: '{months} 个月内经查实的投诉达 {count} 件',
    spot_check_failed: '产品质量监督抽查不合格（“{recordTitle}”）',
    risk_signal: '{seriesLabel} 在 {period} 出现控制图信号',
  },
  'en-US': {
    grade_fell: 'credit grade fell from {from} to {to}',
    serious_negative: 'a serious negative record: "{recordTitle}"',
    complaints: '{count} justified complaints within {months} months',
    spot_check_failed: 'failed a product quality spot check ("{recordTitle}")',
    risk_signal: '{seriesLabel} signalled on its control chart in {period}',
  },
};

/** The reason of a credit early warning, in words. */
export function creditWarningReason(locale: Locale, rule: string, params: Params): string {
  return fill(WARNING_REASONS[locale][rule] ?? rule, params);
}

const fill = (template: string, params: Params) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));

export function notificationText(
  locale: Locale,
  kind: NotificationKind,
  params: Params,
): { subject: string; body: string } {
  const all: Params = { ...params, dueKindLabel: DUE_KIND_LABELS[locale][String(params.dueKind ?? '')] ?? '' };
  const labels = CREDIT_LABELS[locale];
  if (params.level !== undefined) all.levelLabel = labels.level[String(params.level)] ?? String(params.level);
  if (params.decision !== undefined)
    all.decisionLabel = labels.decision[String(params.decision)] ?? String(params.decision);
  if (params.commitmentKind !== undefined) {
    all.commitmentLabel = labels.commitment[String(params.commitmentKind)] ?? String(params.commitmentKind);
  }
  if (params.rule !== undefined) all.reason = creditWarningReason(locale, String(params.rule), params);
  if (params.outcome !== undefined) {
    all.outcomeLabel = SPOT_CHECK_LABELS[locale].outcome[String(params.outcome)] ?? String(params.outcome);
  }
  if (params.spcRule !== undefined) {
    all.ruleLabel = SPOT_CHECK_LABELS[locale].spcRule[String(params.spcRule)] ?? String(params.spcRule);
  }
  if (params.commentAnswer !== undefined) {
    all.answer = COMMENT_ANSWER_LABELS[locale][String(params.commentAnswer)] ?? String(params.commentAnswer);
  }
  const text = TEXTS[locale][kind];
  return { subject: fill(text.subject, all), body: fill(text.body, all) };
}
