import type { TimelineEntryDto } from '@gongzhi/contracts';
import { Card, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { EmptyState } from '../../../ui/EmptyState';
import { timelineLabel } from './timelineLabel';
import './complaints.css';

const SIDE_COLORS: Record<TimelineEntryDto['side'], string> = {
  consumer: 'green',
  association: 'blue',
  enterprise: 'purple',
  regulator: 'red',
  system: 'gray',
};

/** Every event of the case, oldest first; internal ones are marked as such. */
export function ComplaintTimelineCard({ entries }: { entries: TimelineEntryDto[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (
    <Card title={t('complaint.sections.timeline')}>
      {entries.length === 0 ? (
        <EmptyState description={t('complaint.noTimeline')} />
      ) : (
        <Timeline
          items={entries.map((entry) => ({
            key: entry.id,
            color: SIDE_COLORS[entry.side],
            content: (
              <div>
                <Typography.Text strong>{timelineLabel(entry, t)}</Typography.Text>{' '}
                <Tag>{t(`enums.complaintSide.${entry.side}`)}</Tag>
                {entry.public ? null : <Tag color="default">{t('complaint.timelineInternal')}</Tag>}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(entry.occurredAt, locale)}
                    {entry.actorUsername ? ` · ${entry.actorUsername}` : ''}
                    {entry.fromStatus && entry.toStatus && entry.fromStatus !== entry.toStatus
                      ? ` · ${t(`enums.complaintStatus.${entry.fromStatus}`)} → ${t(`enums.complaintStatus.${entry.toStatus}`)}`
                      : ''}
                  </Typography.Text>
                </div>
                {entry.note ? <div className="gz-pre">{entry.note}</div> : null}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
