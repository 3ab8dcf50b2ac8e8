import type { PublicCreditRecordDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { showsSeverity } from '../../../../modules/credit/portal/creditPortal';

/** A published, in-window credit record: what happened, its kind and weight, where it came from, until when it is shown. */
export function CreditRecordItem({ record }: { record: PublicCreditRecordDto }) {
  const { t } = useTranslation();
  return (
    <article className={`pt-org pt-credit-record pt-credit-record--${record.polarity}`}>
      <div className="pt-org__head">
        <h3 className="pt-org__name">{record.title}</h3>
        <span className={`pt-badge pt-badge--${record.polarity}`}>
          {t(`creditPortal.enums.polarity.${record.polarity}`)}
        </span>
      </div>
      <p className="pt-credit-meta">
        {t(`creditPortal.enums.recordType.${record.recordType}`)}
        {showsSeverity(record.polarity)
          ? ` · ${t('creditPortal.labelValue', {
              label: t('creditPortal.enterprise.severity'),
              value: t(`creditPortal.enums.severity.${record.severity}`),
            })}`
          : null}
      </p>
      {record.description ? <p className="pt-text pt-credit-record__text">{record.description}</p> : null}
      <dl className="pt-org__meta">
        <div>
          <dt>{t('creditPortal.enterprise.occurredOn')}</dt>
          <dd>{record.occurredOn}</dd>
        </div>
        <div>
          <dt>{t('creditPortal.enterprise.source')}</dt>
          <dd>{record.sourceName}</dd>
        </div>
        <div>
          <dt>{t('creditPortal.enterprise.recordBy')}</dt>
          <dd>{record.associationName}</dd>
        </div>
        <div>
          <dt>{t('creditPortal.enterprise.publishUntil')}</dt>
          <dd>{record.publishUntil}</dd>
        </div>
      </dl>
    </article>
  );
}
