import type { SpotCheckNoticeDto } from '@gongzhi/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime, formatNumber } from '../../../lib/format';
import { RateText, SpotCheckLevelTag } from './SpotCheckTags';

/** The facts of a notice, one column on a phone. */
export function SpotCheckNoticeFacts({ notice }: { notice: SpotCheckNoticeDto }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const label = (key: keyof typeof fields) => t(`spotCheckConsole.notices.fields.${key}`);
  const fields = {
    noticeNo: notice.noticeNo,
    level: <SpotCheckLevelTag level={notice.level} />,
    publishedOn: notice.publishedOn,
    owner: notice.ownerName,
    productCategory: notice.productCategory,
    standards: notice.standards || t('common.none'),
    batchesSampled: formatNumber(notice.batchesSampled, locale),
    batchesInspected: formatNumber(notice.batchesInspected, locale),
    batchesUnqualified: formatNumber(notice.batchesUnqualified, locale),
    refusals: formatNumber(notice.refusals, locale),
    rate: <RateText rate={notice.nonConformityRate} />,
    rowCount: formatNumber(notice.rowCount, locale),
    createdAt: formatDateTime(notice.createdAt, locale),
  };
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={(Object.keys(fields) as (keyof typeof fields)[]).map((key) => ({
        key,
        label: label(key),
        children: fields[key],
      }))}
    />
  );
}
