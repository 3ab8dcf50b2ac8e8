import { COMPLAINT_ACTIONS, type ComplaintAction, type TimelineEntryDto } from '@gongzhi/contracts';
import type { TFunction } from 'i18next';

type EventKey =
  | 'submitted'
  | 'rated'
  | 'referred'
  | 'referralAnswered'
  | 'dueSoon'
  | 'overdue'
  | 'recomputed'
  | 'partiesNotified'
  | 'escalated';

/** Timeline entries that are not workflow actions, under the names the server may give them. */
const EVENT_KEYS: Record<string, EventKey> = {
  submit: 'submitted',
  submitted: 'submitted',
  intake: 'submitted',
  receive: 'submitted',
  received: 'submitted',
  rate: 'rated',
  rated: 'rated',
  refer: 'referred',
  referral: 'referred',
  referred: 'referred',
  referral_feedback: 'referralAnswered',
  referral_answered: 'referralAnswered',
  due_soon: 'dueSoon',
  reminder: 'dueSoon',
  overdue: 'overdue',
  escalate: 'escalated',
  escalated: 'escalated',
  recompute: 'recomputed',
  recomputed: 'recomputed',
  deadline_recomputed: 'recomputed',
  parties_notified: 'partiesNotified',
};

function isAction(value: string): value is ComplaintAction {
  return (COMPLAINT_ACTIONS as readonly string[]).includes(value);
}

/** What a timeline entry says happened, in the UI language. */
export function timelineLabel(entry: Pick<TimelineEntryDto, 'action' | 'toStatus'>, t: TFunction): string {
  const action = entry.action.replace(/^complaint\./, '');
  if (isAction(action)) return t(`enums.complaintAction.${action}`);
  const event = EVENT_KEYS[action];
  if (event) return t(`complaint.events.${event}`);
  if (entry.toStatus) return t(`enums.complaintStatus.${entry.toStatus}`);
  return entry.action;
}
