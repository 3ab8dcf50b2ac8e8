import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { daysBetween, deadlineState, todayInShanghai } from './dates';

const STATE_COLORS = { overdue: 'error', due_soon: 'warning', on_track: 'default' } as const;

interface CreditDueTagProps {
  dueOn: string;
  /** The server's verdict (working days are counted on the server). */
  overdue: boolean;
  /** A decided case: just the date. */
  closed?: boolean;
}

/** A decision deadline: the date, and for an open case how many days are left or how late it is. */
export function CreditDueTag({ dueOn, overdue, closed = false }: CreditDueTagProps) {
  const { t } = useTranslation();
  if (closed) return <Typography.Text type="secondary">{dueOn}</Typography.Text>;
  const today = todayInShanghai();
  const state = deadlineState(dueOn, today, overdue);
  const left = daysBetween(today, dueOn);
  const text =
    state === 'overdue'
      ? t('creditConsole.common.overdueBy', { count: Math.max(0, -left) })
      : left === 0
        ? t('creditConsole.common.dueToday')
        : t('creditConsole.common.daysLeft', { count: left });
  return (
    <Flex gap={4} wrap align="center" data-due-state={state}>
      <Typography.Text strong={state !== 'on_track'}>{dueOn}</Typography.Text>
      <Tag color={STATE_COLORS[state]}>
        {state === 'on_track' ? text : `${t(`creditConsole.enums.deadlineState.${state}`)} · ${text}`}
      </Tag>
    </Flex>
  );
}

/** Row colours of a case table, as in the complaint queue. */
export function dueRowClass(row: { dueOn: string; overdue: boolean; status: string }): string {
  if (row.status !== 'open') return '';
  const state = deadlineState(row.dueOn, todayInShanghai(), row.overdue);
  return state === 'overdue' ? 'gz-row-overdue' : state === 'due_soon' ? 'gz-row-due-soon' : '';
}
