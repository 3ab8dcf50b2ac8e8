import type { TimelineEntryDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { timelineLabel } from '../../../modules/complaint/components/timelineLabel';

/** The public history of a case, oldest first. */
export function ComplaintTimeline({ entries }: { entries: TimelineEntryDto[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  if (entries.length === 0) return <p className="pt-field__hint">{t('portal.track.noTimeline')}</p>;
  return (
    <ol className="pt-timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="pt-timeline__item">
          <div className="pt-timeline__head">{timelineLabel(entry, t)}</div>
          <div className="pt-timeline__meta">
            {formatDateTime(entry.occurredAt, locale)} · {t(`enums.complaintSide.${entry.side}`)}
            {entry.toStatus ? ` · ${t(`enums.complaintStatus.${entry.toStatus}`)}` : null}
          </div>
          {entry.note ? <p className="pt-timeline__note">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
