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
  },
};

const DUE_KIND_LABELS: Record<Locale, Record<string, string>> = {
  'zh-CN': { acceptance: '受理', response: '企业答复', mediation: '调解' },
  'en-US': { acceptance: 'acceptance', response: 'enterprise response', mediation: 'mediation' },
};

const fill = (template: string, params: Params) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));

export function notificationText(
  locale: Locale,
  kind: NotificationKind,
  params: Params,
): { subject: string; body: string } {
  const all = { ...params, dueKindLabel: DUE_KIND_LABELS[locale][String(params.dueKind ?? '')] ?? '' };
  const text = TEXTS[locale][kind];
  return { subject: fill(text.subject, all), body: fill(text.body, all) };
}
