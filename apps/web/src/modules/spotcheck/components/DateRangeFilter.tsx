import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

interface DateRangeFilterProps {
  from: string | undefined;
  to: string | undefined;
  onChange: (range: { from: string | undefined; to: string | undefined }) => void;
}

/** A from–to date filter of a list (YYYY-MM-DD in the URL). */
export function DateRangeFilter({ from, to, onChange }: DateRangeFilterProps) {
  const { t } = useTranslation();
  return (
    <DatePicker.RangePicker
      allowEmpty={[true, true]}
      aria-label={t('spotCheckConsole.common.period')}
      placeholder={[t('spotCheckConsole.common.periodFrom'), t('spotCheckConsole.common.periodTo')]}
      style={{ width: 260, maxWidth: '100%' }}
      value={from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null}
      onChange={(range) =>
        onChange({
          from: range?.[0]?.format('YYYY-MM-DD') ?? undefined,
          to: range?.[1]?.format('YYYY-MM-DD') ?? undefined,
        })
      }
    />
  );
}
