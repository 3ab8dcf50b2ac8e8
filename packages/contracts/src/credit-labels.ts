/**
 * The words for every credit enum value, zh-CN and en-US: one copy for the server's exports and the
 * web app's console and portal (which spread these tables into their i18n texts). Each table is typed
 * against its enum, so a value without a label is a type error.
 */
import type { CreditAttachmentDto, CreditModelDefinition, CreditResultDto } from './credit.dto.js';
import type {
  CommitmentKind,
  CommitmentStatus,
  CreditMeasureKind,
  CreditMeasureList,
  CreditMeasureStatus,
  CreditModelStatus,
  CreditObjectionRemedy,
  CreditObjectionStatus,
  CreditPolarity,
  CreditRecordAction,
  CreditRecordStatus,
  CreditRecordType,
  CreditRepairDocument,
  CreditRepairStatus,
  CreditRunKind,
  CreditRunStatus,
  CreditSeverity,
  CreditWarningLevel,
  CreditWarningRule,
  CreditWarningStatus,
  Locale,
} from './enums.js';

type CreditDecay = CreditModelDefinition['rules'][number]['decay'];
type CreditMovement = CreditResultDto['movement'];
type CreditAttachmentPurpose = CreditAttachmentDto['purpose'];

export interface CreditEnumLabels {
  recordType: Record<CreditRecordType, string>;
  severity: Record<CreditSeverity, string>;
  polarity: Record<CreditPolarity, string>;
  recordStatus: Record<CreditRecordStatus, string>;
  recordAction: Record<CreditRecordAction, string>;
  modelStatus: Record<CreditModelStatus, string>;
  runKind: Record<CreditRunKind, string>;
  runStatus: Record<CreditRunStatus, string>;
  objectionStatus: Record<CreditObjectionStatus, string>;
  remedy: Record<CreditObjectionRemedy, string>;
  repairStatus: Record<CreditRepairStatus, string>;
  repairDocument: Record<CreditRepairDocument, string>;
  attachmentPurpose: Record<CreditAttachmentPurpose, string>;
  warningRule: Record<CreditWarningRule, string>;
  /** The colour alone: the portal says `{{level}}预警` / `{{level}} warning`. */
  warningLevel: Record<CreditWarningLevel, string>;
  warningStatus: Record<CreditWarningStatus, string>;
  measureKind: Record<CreditMeasureKind, string>;
  measureList: Record<CreditMeasureList, string>;
  measureStatus: Record<CreditMeasureStatus, string>;
  commitmentKind: Record<CommitmentKind, string>;
  commitmentStatus: Record<CommitmentStatus, string>;
  movement: Record<CreditMovement, string>;
  decay: Record<CreditDecay, string>;
}

export const CREDIT_ENUM_LABELS: Record<Locale, CreditEnumLabels> = {
  'zh-CN': {
    recordType: {
      spot_check: '监督抽查',
      administrative_penalty: '行政处罚',
      certification: '认证',
      test_report: '检验检测报告',
      honour: '荣誉表彰',
      standard_work: '标准化工作',
      training: '质量培训',
      commitment_kept: '履行承诺',
      commitment_broken: '违背承诺',
      justified_complaint: '有理投诉',
      self_reported: '企业自主申报',
    },
    severity: { minor: '轻微', general: '一般', serious: '严重' },
    polarity: { positive: '良好信息', negative: '不良信息', neutral: '中性信息' },
    recordStatus: {
      draft: '草稿',
      confirmed: '已确认',
      published: '已公示',
      objected: '异议中',
      corrected: '已更正',
      revoked: '已撤销',
      repaired: '已修复',
    },
    recordAction: { confirm: '确认', publish: '公示', unpublish: '撤下公示', revoke: '撤销' },
    modelStatus: { draft: '草稿', active: '使用中', retired: '已停用' },
    runKind: { official: '正式评价', preview: '预览', correction: '更正评价' },
    runStatus: { completed: '已完成', failed: '失败', published: '已公布', superseded: '已被取代' },
    objectionStatus: { open: '待处理', upheld: '异议成立', rejected: '异议不成立' },
    remedy: { revoke: '撤销记录', correct: '更正记录' },
    repairStatus: { open: '待处理', approved: '准予修复', rejected: '不予修复' },
    repairDocument: { application: '信用修复申请书', pledge: '信用承诺书', proof: '整改证明材料' },
    attachmentPurpose: {
      evidence: '证据',
      objection: '异议证据',
      application: '修复申请书',
      pledge: '信用承诺书',
      proof: '整改证明',
    },
    warningRule: {
      grade_fell: '等级下降',
      serious_negative: '严重失信记录',
      complaints: '有理投诉集中',
      spot_check_failed: '抽查不合格',
      risk_signal: '质量风险信号',
    },
    warningLevel: { yellow: '黄色', orange: '橙色', red: '红色' },
    warningStatus: { issued: '待发布', published: '已发布', lifted: '已解除' },
    measureKind: {
      award_recommendation: '优先推荐评优评先',
      project_priority: '协会项目优先支持',
      fewer_inspections: '适当减少检查频次',
      public_commendation: '公开表扬',
      honour_restriction: '限制参加评优评先',
      more_frequent_checks: '增加检查频次',
      project_exclusion: '限制参与协会项目',
      public_notice: '公开通报',
    },
    measureList: { red: '红名单（激励）', black: '黑名单（约束）' },
    measureStatus: { active: '实施中', ended: '已结束' },
    commitmentKind: {
      quality_safety: '质量安全承诺',
      assured_consumption: '放心消费承诺',
      offline_no_reason_return: '线下无理由退货承诺',
    },
    commitmentStatus: { active: '有效', withdrawn: '已撤回', broken: '已违背', expired: '已到期' },
    movement: { up: '上升', down: '下降', same: '不变', new: '新评' },
    decay: { none: '不衰减', linear: '线性衰减' },
  },
  'en-US': {
    recordType: {
      spot_check: 'Spot check',
      administrative_penalty: 'Administrative penalty',
      certification: 'Certification',
      test_report: 'Test report',
      honour: 'Honour',
      standard_work: 'Standards work',
      training: 'Quality training',
      commitment_kept: 'Commitment kept',
      commitment_broken: 'Commitment broken',
      justified_complaint: 'Justified complaint',
      self_reported: 'Self-reported',
    },
    severity: { minor: 'Minor', general: 'General', serious: 'Serious' },
    polarity: { positive: 'Positive', negative: 'Negative', neutral: 'Neutral' },
    recordStatus: {
      draft: 'Draft',
      confirmed: 'Confirmed',
      published: 'Published',
      objected: 'Under objection',
      corrected: 'Corrected',
      revoked: 'Revoked',
      repaired: 'Repaired',
    },
    recordAction: { confirm: 'Confirm', publish: 'Publish', unpublish: 'Unpublish', revoke: 'Revoke' },
    modelStatus: { draft: 'Draft', active: 'Active', retired: 'Retired' },
    runKind: { official: 'Official', preview: 'Preview', correction: 'Correction' },
    runStatus: { completed: 'Completed', failed: 'Failed', published: 'Published', superseded: 'Superseded' },
    objectionStatus: { open: 'Open', upheld: 'Upheld', rejected: 'Rejected' },
    remedy: { revoke: 'Revoke the record', correct: 'Correct the record' },
    repairStatus: { open: 'Open', approved: 'Repair granted', rejected: 'Repair refused' },
    repairDocument: { application: 'Repair application', pledge: 'Integrity pledge', proof: 'Proof of correction' },
    attachmentPurpose: {
      evidence: 'Evidence',
      objection: 'Objection evidence',
      application: 'Application',
      pledge: 'Pledge',
      proof: 'Proof',
    },
    warningRule: {
      grade_fell: 'Grade fell',
      serious_negative: 'Serious negative record',
      complaints: 'Justified complaints',
      spot_check_failed: 'Failed spot check',
      risk_signal: 'Quality risk signal',
    },
    warningLevel: { yellow: 'Yellow', orange: 'Orange', red: 'Red' },
    warningStatus: { issued: 'Issued', published: 'Published', lifted: 'Lifted' },
    measureKind: {
      award_recommendation: 'Recommended for awards',
      project_priority: 'Priority for association projects',
      fewer_inspections: 'Fewer inspections',
      public_commendation: 'Public commendation',
      honour_restriction: 'Restricted from honours',
      more_frequent_checks: 'More frequent checks',
      project_exclusion: 'Excluded from association projects',
      public_notice: 'Public notice',
    },
    measureList: { red: 'Red list (incentive)', black: 'Black list (constraint)' },
    measureStatus: { active: 'Active', ended: 'Ended' },
    commitmentKind: {
      quality_safety: 'Quality-safety commitment',
      assured_consumption: 'Assured-consumption commitment',
      offline_no_reason_return: 'Offline no-reason return commitment',
    },
    commitmentStatus: { active: 'Active', withdrawn: 'Withdrawn', broken: 'Broken', expired: 'Expired' },
    movement: { up: 'Up', down: 'Down', same: 'Same', new: 'New' },
    decay: { none: 'No decay', linear: 'Linear decay' },
  },
};
