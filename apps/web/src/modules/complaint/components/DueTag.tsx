import type { DueKind, DueState } from '@gongzhi/contracts';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const STATE_COLORS: Record<DueState, string> = { overdue: 'error', due_soon: 'warning', on_track: 'default' };

interface DueTagProps {
  dueOn: string | null;
  dueKind: DueKind | null;
  dueState?: DueState | null;
  provisional: boolean;
}

/** A deadline: its date and kind, overdue/due-soon highlighted, "provisional" when its year is not loaded. */
export function DueTag({ dueOn, dueKind, dueState, provisional }: DueTagProps) {
  const { t } = useTranslation();
  if (!dueOn) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex gap={4} wrap align="center">
      <Typography.Text strong={dueState === 'overdue' || dueState === 'due_soon'}>{dueOn}</Typography.Text>
      {dueKind ? <Typography.Text type="secondary">{t(`enums.dueKind.${dueKind}`)}</Typography.Text> : null}
      {dueState && dueState !== 'on_track' ? (
        <Tag color={STATE_COLORS[dueState]}>{t(`enums.dueState.${dueState}`)}</Tag>
      ) : null}
      {provisional ? (
        <Tooltip title={t('complaint.provisionalHint')}>
          <Tag color="orange" variant="outlined">
            {t('complaint.provisional')}
          </Tag>
        </Tooltip>
      ) : null}
    </Flex>
  );
}
