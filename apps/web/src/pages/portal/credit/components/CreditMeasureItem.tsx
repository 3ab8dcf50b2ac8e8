import type { PublicCreditMeasureDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { EnterpriseLink } from './EnterpriseLink';
import { GradeBadge } from './GradeBadge';
import { ItemHeading } from './ItemHeading';

/** An incentive (red list) or constraint (black list) in force, with the grade that justified it. */
export function CreditMeasureItem({
  measure,
  showEnterprise = true,
  level = 3,
}: {
  measure: PublicCreditMeasureDto;
  showEnterprise?: boolean;
  /** The heading level of the enterprise's name. */
  level?: 2 | 3;
}) {
  const { t } = useTranslation();
  const period = measure.validUntil
    ? t('creditPortal.lists.periodRange', { from: measure.validFrom, to: measure.validUntil })
    : t('creditPortal.lists.periodOpen', { from: measure.validFrom });
  return (
    <article className={`pt-org pt-credit-measure pt-credit-measure--${measure.list}`}>
      <div className="pt-org__head">
        {showEnterprise ? (
          <ItemHeading level={level}>
            <EnterpriseLink name={measure.enterpriseName} creditCode={measure.creditCode} />
          </ItemHeading>
        ) : null}
        <span className={`pt-badge pt-badge--${measure.list}`}>{t(`creditPortal.lists.${measure.list}`)}</span>
      </div>
      <p className="pt-credit-measure__kind">{t(`creditPortal.enums.measureKind.${measure.kind}`)}</p>
      <dl className="pt-org__meta">
        <div>
          <dt>{t('creditPortal.lists.grade')}</dt>
          <dd>
            <GradeBadge code={measure.grade} decorative={false} />
          </dd>
        </div>
        <div>
          <dt>{t('creditPortal.lists.period')}</dt>
          <dd>{period}</dd>
        </div>
        <div>
          <dt>{t('creditPortal.fields.association')}</dt>
          <dd>{measure.associationName}</dd>
        </div>
        {showEnterprise ? (
          <div>
            <dt>{t('creditPortal.fields.creditCode')}</dt>
            <dd className="pt-code">{measure.creditCode}</dd>
          </div>
        ) : null}
      </dl>
      {measure.reason ? (
        <p className="pt-text pt-credit-reason">
          {t('creditPortal.labelValue', { label: t('creditPortal.lists.reason'), value: measure.reason })}
        </p>
      ) : null}
    </article>
  );
}
