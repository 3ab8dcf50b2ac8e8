/**
 * The catalogue of facts the platform can show beside an indicator (issue #5, R-EVAL-2), their
 * metrics and the words for them, zh-CN and en-US. A framework file names fact keys per indicator;
 * the server registers one computation per key (modules/evaluation/facts). A key in this catalogue
 * whose module has not landed has no computation yet: the indicator then says so plainly — it shows
 * the module's name, never an invented number. When the module lands it registers the computation
 * and the fact appears, with no change to the framework or the assessment code.
 */
import type { AssessmentKind, AssessmentStatus, EvidenceRecordType, ImprovementActionStatus, Locale } from './enums.js';

type Words = Record<Locale, string>;

export const EVALUATION_FACT_MODULES = {
  account: { 'zh-CN': '账户与角色', 'en-US': 'Accounts and roles' },
  audit: { 'zh-CN': '审计记录', 'en-US': 'Audit trail' },
  credit: { 'zh-CN': '质量信用', 'en-US': 'Quality credit' },
  complaint: { 'zh-CN': '消费投诉', 'en-US': 'Consumer complaints' },
  warning: { 'zh-CN': '消费警示', 'en-US': 'Consumer warnings' },
  spotcheck: { 'zh-CN': '抽查与风险监测', 'en-US': 'Spot checks and risk monitoring' },
  evaluation: { 'zh-CN': '成果评估', 'en-US': 'Evaluation' },
  workspace: {
    'zh-CN': '协会工作台（团队、制度、规划、资金、资源）',
    'en-US': 'Association workspace (team, rules, plans, funds, resources)',
  },
  projects: {
    'zh-CN': '项目管理（研究、标准、质量提升、人才）',
    'en-US': 'Projects (research, standards, quality, talent)',
  },
  services: {
    'zh-CN': '服务与宣传（服务案例、宣传、荣誉）',
    'en-US': 'Services and outreach (cases, publicity, honours)',
  },
} as const satisfies Record<string, Words>;
export type EvaluationFactModule = keyof typeof EVALUATION_FACT_MODULES;

/**
 * count: a whole number; percent: a share from 0 to 1 (0.9234 = 92.34 %; scores, unlike facts, are
 * 0–100); score: an average on the scale named in the label; date: YYYY-MM-DD; text: as it is.
 */
export type FactUnit = 'count' | 'percent' | 'score' | 'date' | 'text' | 'amount';

/** Every metric a fact may report, with its unit and label. */
export const EVALUATION_FACT_METRICS = {
  'team.accounts': { unit: 'count', 'zh-CN': '在岗账户', 'en-US': 'Active accounts' },
  'team.admins': { unit: 'count', 'zh-CN': '管理员', 'en-US': 'Administrators' },
  'team.staff': { unit: 'count', 'zh-CN': '工作人员', 'en-US': 'Staff' },
  'team.liaisons': { unit: 'count', 'zh-CN': '联络员', 'en-US': 'Liaisons' },
  'liaison.risk_reports': {
    unit: 'count',
    'zh-CN': '向监管部门报送风险分析报告',
    'en-US': 'Risk reports sent to the regulator',
  },
  'liaison.reports_acknowledged': {
    unit: 'count',
    'zh-CN': '监管部门已回复的报告',
    'en-US': 'Reports the regulator answered',
  },
  'liaison.notifications': { unit: 'count', 'zh-CN': '站内通知', 'en-US': 'In-app notices' },
  'credit.model_versions': {
    unit: 'count',
    'zh-CN': '已发布的信用评价模型版本',
    'en-US': 'Published credit model versions',
  },
  'credit.model_published_on': { unit: 'date', 'zh-CN': '现行模型发布日期', 'en-US': 'Current model published on' },
  'members.active': { unit: 'count', 'zh-CN': '在册成员单位', 'en-US': 'Active members' },
  'commitments.signed': {
    unit: 'count',
    'zh-CN': '作出质量安全承诺的成员',
    'en-US': 'Members with a quality commitment',
  },
  'commitments.rate': { unit: 'percent', 'zh-CN': '承诺率', 'en-US': 'Commitment rate' },
  'members.with_cqo': {
    unit: 'count',
    'zh-CN': '设立首席质量官的成员',
    'en-US': 'Members with a chief quality officer',
  },
  'members.cqo_rate': { unit: 'percent', 'zh-CN': '首席质量官设立率', 'en-US': 'Share with a chief quality officer' },
  'credit.archived_members': { unit: 'count', 'zh-CN': '有信用档案记录的成员', 'en-US': 'Members with credit records' },
  'credit.coverage': { unit: 'percent', 'zh-CN': '档案覆盖率', 'en-US': 'Archive coverage' },
  'credit.fresh_members': {
    unit: 'count',
    'zh-CN': '近 12 个月有更新的成员档案',
    'en-US': 'Archives updated in the last 12 months',
  },
  'credit.freshness': { unit: 'percent', 'zh-CN': '档案更新率', 'en-US': 'Archive freshness' },
  'credit.records_in_period': { unit: 'count', 'zh-CN': '本期记入的信用信息', 'en-US': 'Credit records in the period' },
  'credit.grades_published': {
    unit: 'count',
    'zh-CN': '本期公布的信用等级',
    'en-US': 'Grades published in the period',
  },
  'credit.measures_reward': { unit: 'count', 'zh-CN': '激励措施', 'en-US': 'Incentive measures' },
  'credit.measures_constraint': { unit: 'count', 'zh-CN': '约束措施', 'en-US': 'Constraint measures' },
  'credit.warnings': { unit: 'count', 'zh-CN': '信用预警', 'en-US': 'Credit warnings' },
  'audit.events': { unit: 'count', 'zh-CN': '本期审计记录', 'en-US': 'Audit events in the period' },
  'audit.last_event': { unit: 'date', 'zh-CN': '最近一条记录', 'en-US': 'Latest event' },
  'actions.previous_total': { unit: 'count', 'zh-CN': '此前的改进措施', 'en-US': 'Earlier improvement actions' },
  'actions.previous_closed': { unit: 'count', 'zh-CN': '已验证关闭', 'en-US': 'Closed after verification' },
  'actions.overdue': { unit: 'count', 'zh-CN': '逾期未完成', 'en-US': 'Overdue' },
  'assessments.previous': { unit: 'count', 'zh-CN': '此前完成的评估', 'en-US': 'Earlier final assessments' },
  'spotcheck.member_results': { unit: 'count', 'zh-CN': '成员抽查批次', 'en-US': 'Member batches checked' },
  'spotcheck.member_unqualified': { unit: 'count', 'zh-CN': '其中不合格', 'en-US': 'Of which unqualified' },
  'spotcheck.member_pass_rate': { unit: 'percent', 'zh-CN': '成员抽查合格率', 'en-US': 'Member pass rate' },
  'risk.alerts': { unit: 'count', 'zh-CN': '风险预警', 'en-US': 'Risk alerts' },
  'risk.alerts_acknowledged': { unit: 'count', 'zh-CN': '已处置的风险预警', 'en-US': 'Risk alerts acknowledged' },
  'risk.reports': { unit: 'count', 'zh-CN': '风险分析报告', 'en-US': 'Risk analysis reports' },
  'complaints.referred': { unit: 'count', 'zh-CN': '移送监管部门的线索', 'en-US': 'Leads referred to the regulator' },
  'complaints.received': { unit: 'count', 'zh-CN': '受理的投诉与咨询', 'en-US': 'Complaints and enquiries received' },
  'complaints.closed': { unit: 'count', 'zh-CN': '办结', 'en-US': 'Closed' },
  'complaints.on_time_rate': { unit: 'percent', 'zh-CN': '按时办结率', 'en-US': 'Closed on time' },
  'complaints.settled_rate': { unit: 'percent', 'zh-CN': '调解成功率', 'en-US': 'Mediation success rate' },
  'warnings.published': { unit: 'count', 'zh-CN': '发布的消费警示', 'en-US': 'Consumer warnings published' },
  'satisfaction.ratings': { unit: 'count', 'zh-CN': '评价数', 'en-US': 'Ratings' },
  'satisfaction.average': { unit: 'score', 'zh-CN': '平均满意度（5 分制）', 'en-US': 'Average satisfaction (of 5)' },
  'satisfaction.previous_average': { unit: 'score', 'zh-CN': '上一期平均满意度', 'en-US': 'Previous period average' },
  'satisfaction.satisfied_rate': { unit: 'percent', 'zh-CN': '满意率（4–5 分）', 'en-US': 'Satisfied (4–5)' },
  // The association's workspace (issue #7).
  'team.members': { unit: 'count', 'zh-CN': '工作团队成员', 'en-US': 'Work team members' },
  'team.duties': { unit: 'count', 'zh-CN': '已分工的职责', 'en-US': 'Duties assigned' },
  'team.appointments': { unit: 'count', 'zh-CN': '任命文件', 'en-US': 'Appointment documents' },
  'team.lead': { unit: 'text', 'zh-CN': '决策负责人', 'en-US': 'Decision-making lead' },
  'team.liaison': { unit: 'text', 'zh-CN': '与监管部门的联络人', 'en-US': 'Liaison to the regulator' },
  'team.guidance': { unit: 'count', 'zh-CN': '收到的指导文件', 'en-US': 'Guidance documents received' },
  'liaison.threads': { unit: 'count', 'zh-CN': '与监管部门的联络事项', 'en-US': 'Liaison threads' },
  'liaison.messages': { unit: 'count', 'zh-CN': '往来消息', 'en-US': 'Messages exchanged' },
  'liaison.member_notices': { unit: 'count', 'zh-CN': '发给会员的通知', 'en-US': 'Notices to members' },
  'liaison.notice_read_rate': { unit: 'percent', 'zh-CN': '会员通知阅读率', 'en-US': 'Notices read by members' },
  'rules.documents': { unit: 'count', 'zh-CN': '现行规章制度', 'en-US': 'Rules in force' },
  'rules.versions_published': { unit: 'count', 'zh-CN': '本期发布的版本', 'en-US': 'Versions published in the period' },
  'rules.consultations': { unit: 'count', 'zh-CN': '征求意见', 'en-US': 'Consultations' },
  'rules.comments': { unit: 'count', 'zh-CN': '收到的意见', 'en-US': 'Comments received' },
  'rules.comments_answered_rate': { unit: 'percent', 'zh-CN': '意见答复率', 'en-US': 'Comments answered' },
  'rules.self_discipline_documents': {
    unit: 'count',
    'zh-CN': '现行自律规范（章程、经营自律规范、职业道德准则）',
    'en-US': 'Self-discipline documents in force (charter, codes)',
  },
  'rules.self_discipline_public': { unit: 'count', 'zh-CN': '其中向社会公开', 'en-US': 'Of which public' },
  'plans.development': { unit: 'count', 'zh-CN': '行业质量发展规划', 'en-US': 'Development plans' },
  'plans.co_governance': { unit: 'count', 'zh-CN': '共治工作方案', 'en-US': 'Co-governance work plans' },
  'plans.annual': { unit: 'count', 'zh-CN': '年度工作计划', 'en-US': 'Annual work plans' },
  'plans.kpis': { unit: 'count', 'zh-CN': '绩效指标', 'en-US': 'KPIs' },
  'plans.kpis_met_rate': { unit: 'percent', 'zh-CN': '指标达标率', 'en-US': 'KPIs met' },
  'plans.tasks_done_rate': { unit: 'percent', 'zh-CN': '任务完成率', 'en-US': 'Tasks done' },
  'plans.tasks_overdue': { unit: 'count', 'zh-CN': '逾期任务', 'en-US': 'Overdue tasks' },
  'funds.sources': { unit: 'count', 'zh-CN': '资金来源', 'en-US': 'Fund sources' },
  'funds.received': { unit: 'amount', 'zh-CN': '到位资金（元）', 'en-US': 'Funds received (yuan)' },
  'funds.special_received': { unit: 'amount', 'zh-CN': '其中专项资金（元）', 'en-US': 'Of which special funds (yuan)' },
  'funds.spent': { unit: 'amount', 'zh-CN': '本期支出（元）', 'en-US': 'Spent in the period (yuan)' },
  'funds.execution_rate': { unit: 'percent', 'zh-CN': '预算执行率', 'en-US': 'Budget executed' },
} as const satisfies Record<string, Words & { unit: FactUnit }>;
export type EvaluationFactMetric = keyof typeof EVALUATION_FACT_METRICS;

/** Every fact key a framework may name: the module that holds it and what it is. */
export const EVALUATION_FACTS = {
  'team.accounts': {
    module: 'account',
    'zh-CN': '工作团队（平台账户与岗位）',
    'en-US': 'Work team (accounts and posts)',
  },
  'team.duties': {
    module: 'workspace',
    'zh-CN': '团队职责分工与任命文件',
    'en-US': 'Duties and appointment documents',
  },
  'liaison.channel': {
    module: 'spotcheck',
    'zh-CN': '与监管部门的信息沟通',
    'en-US': 'Communication with the regulator',
  },
  'liaison.threads': { module: 'workspace', 'zh-CN': '联络渠道往来', 'en-US': 'Liaison threads' },
  'rules.published': { module: 'workspace', 'zh-CN': '已发布的规章制度', 'en-US': 'Published rules' },
  'credit.model': { module: 'credit', 'zh-CN': '信用评价规则（模型）', 'en-US': 'Credit evaluation rules (model)' },
  'plans.present': {
    module: 'workspace',
    'zh-CN': '发展规划、工作规划与年度计划',
    'en-US': 'Development plan, work plan, annual plans',
  },
  'funds.usage': { module: 'workspace', 'zh-CN': '资金来源、预算与支出', 'en-US': 'Fund sources, budget and spending' },
  'members.commitments': { module: 'credit', 'zh-CN': '成员质量安全承诺', 'en-US': 'Members’ quality commitments' },
  'members.cqo': { module: 'account', 'zh-CN': '成员首席质量官', 'en-US': 'Members’ chief quality officers' },
  'rules.self_discipline': {
    module: 'workspace',
    'zh-CN': '经营自律规范与职业道德准则',
    'en-US': 'Codes of self-discipline and ethics',
  },
  'credit.archive': { module: 'credit', 'zh-CN': '成员信用档案', 'en-US': 'Members’ credit archives' },
  'credit.measures': { module: 'credit', 'zh-CN': '信用激励与约束', 'en-US': 'Credit incentives and constraints' },
  'audit.trail': { module: 'audit', 'zh-CN': '工作过程记录（可追溯）', 'en-US': 'Record of the work (traceability)' },
  'actions.previous': {
    module: 'evaluation',
    'zh-CN': '上期评估的改进措施',
    'en-US': 'Improvement actions of earlier assessments',
  },
  'projects.research': {
    module: 'projects',
    'zh-CN': '标准技术发展研究项目',
    'en-US': 'Standards and technology research',
  },
  'spotcheck.research': { module: 'spotcheck', 'zh-CN': '抽查结果分析研判', 'en-US': 'Analysis of spot-check results' },
  'standards.work': { module: 'projects', 'zh-CN': '标准化活动', 'en-US': 'Standardisation work' },
  'quality.activities': { module: 'projects', 'zh-CN': '质量提升活动', 'en-US': 'Quality improvement activities' },
  'talent.training': { module: 'projects', 'zh-CN': '质量人才培养', 'en-US': 'Quality talent development' },
  'risk.monitoring': {
    module: 'spotcheck',
    'zh-CN': '行业风险监测与线索移送',
    'en-US': 'Risk monitoring and leads referred',
  },
  'services.cases': { module: 'services', 'zh-CN': '公共服务案例', 'en-US': 'Public service cases' },
  'complaints.handling': {
    module: 'complaint',
    'zh-CN': '消费投诉与纠纷处理',
    'en-US': 'Complaints and disputes handled',
  },
  'publicity.warnings': { module: 'warning', 'zh-CN': '消费警示与宣传', 'en-US': 'Consumer warnings and publicity' },
  'publicity.events': { module: 'services', 'zh-CN': '质量文化宣传活动', 'en-US': 'Quality culture events' },
  'satisfaction.trend': { module: 'complaint', 'zh-CN': '服务满意度变化', 'en-US': 'Satisfaction trend' },
  'media.coverage': { module: 'services', 'zh-CN': '媒体正面报道', 'en-US': 'Positive media coverage' },
  'promotion.events': { module: 'services', 'zh-CN': '重要场合成果宣传', 'en-US': 'Results presented at major events' },
  'honours.external': { module: 'services', 'zh-CN': '社会组织等级评估与荣誉', 'en-US': 'Ratings and honours' },
} as const satisfies Record<string, Words & { module: EvaluationFactModule }>;
export type EvaluationFactKey = keyof typeof EVALUATION_FACTS;

export function isEvaluationFactKey(key: string): key is EvaluationFactKey {
  return Object.hasOwn(EVALUATION_FACTS, key);
}

export const EVALUATION_LABELS: Record<
  Locale,
  {
    kind: Record<AssessmentKind, string>;
    status: Record<AssessmentStatus, string>;
    actionStatus: Record<ImprovementActionStatus, string>;
    recordType: Record<EvidenceRecordType, string>;
  }
> = {
  'zh-CN': {
    kind: { self: '自评', regulator: '监管部门评估', third_party: '第三方评估' },
    status: { draft: '草稿', submitted: '已提交', changes_requested: '退回修改', reviewed: '已审核', final: '已定稿' },
    actionStatus: { open: '待改进', implemented: '待验证', closed: '已关闭' },
    recordType: {
      complaint: '投诉',
      credit_record: '信用信息',
      credit_measure: '信用措施',
      spot_check_notice: '抽查通告',
      risk_report: '风险分析报告',
      risk_alert: '风险预警',
      consumer_warning: '消费警示',
      organisation: '组织',
      improvement_action: '改进措施',
      assessment: '评估',
      work_plan: '工作计划',
      plan_task: '工作任务',
      rule_document: '规章制度',
      consultation: '征求意见',
      liaison_thread: '联络事项',
      member_notice: '会员通知',
      team_document: '团队文件',
      fund_source: '资金来源',
      url: '网址',
    },
  },
  'en-US': {
    kind: { self: 'Self-assessment', regulator: 'Regulator assessment', third_party: 'Third-party assessment' },
    status: {
      draft: 'Draft',
      submitted: 'Submitted',
      changes_requested: 'Changes requested',
      reviewed: 'Reviewed',
      final: 'Final',
    },
    actionStatus: { open: 'Open', implemented: 'Awaiting verification', closed: 'Closed' },
    recordType: {
      complaint: 'Complaint',
      credit_record: 'Credit record',
      credit_measure: 'Credit measure',
      spot_check_notice: 'Spot-check notice',
      risk_report: 'Risk report',
      risk_alert: 'Risk alert',
      consumer_warning: 'Consumer warning',
      organisation: 'Organisation',
      improvement_action: 'Improvement action',
      assessment: 'Assessment',
      work_plan: 'Work plan',
      plan_task: 'Plan task',
      rule_document: 'Rule or document',
      consultation: 'Consultation',
      liaison_thread: 'Liaison thread',
      member_notice: 'Notice to members',
      team_document: 'Team document',
      fund_source: 'Fund source',
      url: 'Web address',
    },
  },
};
