/**
 * Words for credit values in exports and stored titles, zh-CN and en-US (the same wording as the
 * web app's credit enums).
 */
import type {
  CommitmentKind,
  CommitmentStatus,
  CreditMeasureKind,
  CreditMeasureList,
  CreditMeasureStatus,
  CreditObjectionRemedy,
  CreditObjectionStatus,
  CreditPolarity,
  CreditRecordStatus,
  CreditRecordType,
  CreditRepairStatus,
  CreditRunKind,
  CreditRunStatus,
  CreditSeverity,
  CreditWarningLevel,
  CreditWarningStatus,
  Locale,
} from '@gongzhi/contracts';

type Movement = 'up' | 'down' | 'same' | 'new';
type ContributionKind = 'base' | 'record' | 'clamp';

export interface CreditLabels {
  recordType: Record<CreditRecordType, string>;
  polarity: Record<CreditPolarity, string>;
  severity: Record<CreditSeverity, string>;
  recordStatus: Record<CreditRecordStatus, string>;
  objectionStatus: Record<CreditObjectionStatus, string>;
  remedy: Record<CreditObjectionRemedy, string>;
  repairStatus: Record<CreditRepairStatus, string>;
  commitmentKind: Record<CommitmentKind, string>;
  commitmentStatus: Record<CommitmentStatus, string>;
  measureKind: Record<CreditMeasureKind, string>;
  measureList: Record<CreditMeasureList, string>;
  measureStatus: Record<CreditMeasureStatus, string>;
  warningLevel: Record<CreditWarningLevel, string>;
  warningStatus: Record<CreditWarningStatus, string>;
  runKind: Record<CreditRunKind, string>;
  runStatus: Record<CreditRunStatus, string>;
  movement: Record<Movement, string>;
  contribution: Record<ContributionKind, string>;
  yes: string;
  no: string;
  /** `{kind}` is the commitment kind's label. */
  brokenCommitmentTitle: string;
}

export const CREDIT_LABELS: Record<Locale, CreditLabels> = {
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
      justified_complaint: '经核实的投诉',
      self_reported: '企业自主申报',
    },
    polarity: { positive: '良好信息', negative: '不良信息', neutral: '一般信息' },
    severity: { minor: '轻微', general: '一般', serious: '严重' },
    recordStatus: {
      draft: '草稿',
      confirmed: '已确认',
      published: '已公示',
      objected: '异议中',
      corrected: '已更正',
      revoked: '已撤销',
      repaired: '已修复',
    },
    objectionStatus: { open: '待处理', upheld: '异议成立', rejected: '异议不成立' },
    remedy: { revoke: '撤销', correct: '更正' },
    repairStatus: { open: '待处理', approved: '准予修复', rejected: '不予修复' },
    commitmentKind: {
      quality_safety: '质量安全承诺',
      assured_consumption: '放心消费承诺',
      offline_no_reason_return: '线下无理由退货承诺',
    },
    commitmentStatus: { active: '有效', withdrawn: '已撤回', broken: '未履行', expired: '已到期' },
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
    warningLevel: { yellow: '黄色', orange: '橙色', red: '红色' },
    warningStatus: { issued: '已发出', published: '已公示', lifted: '已解除' },
    runKind: { official: '正式评价', preview: '试算', correction: '更正评价' },
    runStatus: { completed: '已完成', failed: '失败', published: '已公布', superseded: '已被取代' },
    movement: { up: '上升', down: '下降', same: '不变', new: '新评' },
    contribution: { base: '基础分', record: '信用信息', clamp: '分值上下限调整' },
    yes: '是',
    no: '否',
    brokenCommitmentTitle: '未履行{kind}',
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
    polarity: { positive: 'Positive', negative: 'Negative', neutral: 'Neutral' },
    severity: { minor: 'Minor', general: 'General', serious: 'Serious' },
    recordStatus: {
      draft: 'Draft',
      confirmed: 'Confirmed',
      published: 'Published',
      objected: 'Objected',
      corrected: 'Corrected',
      revoked: 'Revoked',
      repaired: 'Repaired',
    },
    objectionStatus: { open: 'Open', upheld: 'Upheld', rejected: 'Rejected' },
    remedy: { revoke: 'Revoke', correct: 'Correct' },
    repairStatus: { open: 'Open', approved: 'Repair granted', rejected: 'Repair refused' },
    commitmentKind: {
      quality_safety: 'Quality-safety commitment',
      assured_consumption: 'Assured-consumption commitment',
      offline_no_reason_return: 'Offline no-reason return commitment',
    },
    commitmentStatus: { active: 'Active', withdrawn: 'Withdrawn', broken: 'Broken', expired: 'Expired' },
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
    warningLevel: { yellow: 'Yellow', orange: 'Orange', red: 'Red' },
    warningStatus: { issued: 'Issued', published: 'Published', lifted: 'Lifted' },
    runKind: { official: 'Official', preview: 'Preview', correction: 'Correction' },
    runStatus: { completed: 'Completed', failed: 'Failed', published: 'Published', superseded: 'Superseded' },
    movement: { up: 'Up', down: 'Down', same: 'Same', new: 'New' },
    contribution: { base: 'Base score', record: 'Credit record', clamp: 'Score range limit' },
    yes: 'Yes',
    no: 'No',
    brokenCommitmentTitle: 'Broke its {kind}',
  },
};

/**
 * The title of the credit record a broken commitment becomes. Stored once, in the archive's
 * language (zh-CN by default), like any title an association types.
 */
export function brokenCommitmentTitle(kind: CommitmentKind, locale: Locale = 'zh-CN'): string {
  const labels = CREDIT_LABELS[locale];
  const label = locale === 'en-US' ? labels.commitmentKind[kind].toLowerCase() : labels.commitmentKind[kind];
  return labels.brokenCommitmentTitle.replace('{kind}', label);
}
