import { creditWarningReason, type PublicCreditWarningDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../../lib/format';
import { asSentence, dayOf } from '../../../../modules/credit/portal/creditPortal';
import { EnterpriseLink } from './EnterpriseLink';
import { ItemHeading } from './ItemHeading';

/** A published credit early warning: its level (colour and words), the reason, who issued it and when. */
export function CreditWarningItem({
  warning,
  showEnterprise = true,
  level = 3,
}: {
  warning: PublicCreditWarningDto;
  /** False on the enterprise's own page. */
  showEnterprise?: boolean;
  /** The heading level of the enterprise's name. */
  level?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const levelName = t(`creditPortal.enums.warningLevel.${warning.level}`);
  return (
    <article className={`pt-credit-warning pt-credit-warning--${warning.level}`}>
      <div className="pt-org__head">
        {showEnterprise ? (
          <ItemHeading level={level}>
            <EnterpriseLink name={warning.enterpriseName} creditCode={warning.creditCode} />
          </ItemHeading>
        ) : null}
        <span className={`pt-level pt-level--${warning.level}`}>
          {t('creditPortal.warnings.level', { level: levelName })}
        </span>
      </div>
      <p className="pt-credit-warning__reason">
        {asSentence(creditWarningReason(locale, warning.rule, warning.params))}
      </p>
      <p className="pt-credit-meta">
        {t('creditPortal.warnings.published', {
          association: warning.associationName,
          date: dayOf(warning.publishedAt),
        })}
      </p>
    </article>
  );
}
