import type { PublicSpotCheckNoticeDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatNumber } from '../../../../lib/format';
import { formatRate, rateTone } from '../../../../modules/spotcheck-portal/spotCheckPortal';

/** A published spot-check notice: title, level, who and when, and its figures. */
export function NoticeItem({ notice }: { notice: PublicSpotCheckNoticeDto }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const rate = formatRate(notice.nonConformityRate, locale) ?? t('common.none');
  return (
    <article className="pt-org" data-testid="spot-check-notice">
      <div className="pt-org__head">
        <h2 className="pt-org__name pt-sc-title">{notice.title}</h2>
        <span className="pt-badge pt-badge--level">{t(`spotCheckPortal.enums.level.${notice.level}`)}</span>
      </div>
      <dl className="pt-org__meta">
        <div>
          <dt>{t('spotCheckPortal.notices.fields.noticeNo')}</dt>
          <dd className="pt-code">{notice.noticeNo}</dd>
        </div>
        <div>
          <dt>{t('spotCheckPortal.notices.fields.publishedOn')}</dt>
          <dd>{notice.publishedOn}</dd>
        </div>
        <div>
          <dt>{t('spotCheckPortal.notices.fields.category')}</dt>
          <dd>{notice.productCategory}</dd>
        </div>
        <div>
          <dt>{t('spotCheckPortal.notices.fields.owner')}</dt>
          <dd>{notice.ownerName}</dd>
        </div>
      </dl>
      <dl className="pt-sc-figures">
        <div>
          <dt>{t('spotCheckPortal.notices.fields.inspected')}</dt>
          <dd>{formatNumber(notice.batchesInspected, locale)}</dd>
        </div>
        <div>
          <dt>{t('spotCheckPortal.notices.fields.unqualified')}</dt>
          <dd>{formatNumber(notice.batchesUnqualified, locale)}</dd>
        </div>
        <div>
          <dt>{t('spotCheckPortal.notices.fields.rate')}</dt>
          <dd className={`pt-sc-rate--${rateTone(notice.nonConformityRate)}`} data-testid="notice-rate">
            {rate}
          </dd>
        </div>
        <div>
          <dt>{t('spotCheckPortal.notices.fields.memberFailures')}</dt>
          <dd data-testid="notice-member-failures">{formatNumber(notice.memberFailures, locale)}</dd>
        </div>
      </dl>
      {notice.memberFailures > 0 ? (
        <Link className="pt-sc-link" to={`/spot-checks/failing?notice=${notice.id}`}>
          {t('spotCheckPortal.notices.viewFailing')} →
        </Link>
      ) : null}
    </article>
  );
}
