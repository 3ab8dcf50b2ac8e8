import type { ReinspectionStatus, SpotCheckLevel, SpotCheckMatch, SpotCheckResult } from '@gongzhi/contracts';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { formatRate } from './spotCheckFormat';

const LEVEL_COLORS: Record<SpotCheckLevel, string> = {
  national: 'red',
  provincial: 'volcano',
  municipal: 'blue',
  district: 'cyan',
};

export function SpotCheckLevelTag({ level }: { level: SpotCheckLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={LEVEL_COLORS[level]} data-level={level}>
      {t(`spotCheckConsole.enums.level.${level}`)}
    </Tag>
  );
}

export function SpotCheckResultTag({ result }: { result: SpotCheckResult }) {
  const { t } = useTranslation();
  return (
    <Tag color={result === 'qualified' ? 'success' : 'error'} data-result={result}>
      {t(`spotCheckConsole.enums.result.${result}`)}
    </Tag>
  );
}

const MATCH_COLORS: Record<SpotCheckMatch, string> = {
  credit_code: 'green',
  name: 'blue',
  manual: 'purple',
  unmatched: 'warning',
};

export function SpotCheckMatchTag({ match }: { match: SpotCheckMatch }) {
  const { t } = useTranslation();
  return (
    <Tag color={MATCH_COLORS[match]} variant="outlined" data-match={match}>
      {t(`spotCheckConsole.enums.match.${match}`)}
    </Tag>
  );
}

const REINSPECTION_COLORS: Record<ReinspectionStatus, string> = {
  requested: 'processing',
  qualified: 'success',
  unqualified: 'error',
};

export function ReinspectionStatusTag({ status }: { status: ReinspectionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={REINSPECTION_COLORS[status]} data-reinspection={status}>
      {t(`spotCheckConsole.enums.reinspectionStatus.${status}`)}
    </Tag>
  );
}

/** A non-conformity rate, red when above zero; a dash when nothing was inspected. */
export function RateText({ rate }: { rate: number | null }) {
  const { t, i18n } = useTranslation();
  const text = formatRate(rate, currentLocale(i18n.language));
  if (text === null) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Typography.Text type={rate !== null && rate > 0 ? 'danger' : undefined} data-rate={rate}>
      {text}
    </Typography.Text>
  );
}
