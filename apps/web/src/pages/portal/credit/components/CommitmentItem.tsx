import type { PublicCommitmentDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { dayOf } from '../../../../modules/credit/portal/creditPortal';
import { EnterpriseLink } from './EnterpriseLink';
import { ItemHeading } from './ItemHeading';

/** A commitment on the notice board: its kind, text, scope and return period (no-reason return), validity. */
export function CommitmentItem({
  commitment,
  showEnterprise = true,
  level = 3,
}: {
  commitment: PublicCommitmentDto;
  showEnterprise?: boolean;
  /** The heading level of the enterprise's name. */
  level?: 2 | 3;
}) {
  const { t } = useTranslation();
  return (
    <article className="pt-org pt-credit-commitment">
      <div className="pt-org__head">
        {showEnterprise ? (
          <ItemHeading level={level}>
            <EnterpriseLink name={commitment.enterpriseName} creditCode={commitment.creditCode} />
          </ItemHeading>
        ) : null}
        <span className="pt-badge">{t(`creditPortal.enums.commitmentKind.${commitment.kind}`)}</span>
      </div>
      <p className="pt-text pt-credit-commitment__content">{commitment.content}</p>
      <dl className="pt-org__meta">
        {commitment.scope ? (
          <div>
            <dt>{t('creditPortal.commitments.scope')}</dt>
            <dd>{commitment.scope}</dd>
          </div>
        ) : null}
        {commitment.returnDays !== null ? (
          <div>
            <dt>{t('creditPortal.commitments.returnDays')}</dt>
            <dd>{t('creditPortal.commitments.returnDaysValue', { count: commitment.returnDays })}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('creditPortal.commitments.validity')}</dt>
          <dd>
            {t('creditPortal.commitments.validityValue', { from: commitment.validFrom, to: commitment.validUntil })}
          </dd>
        </div>
        <div>
          <dt>{t('creditPortal.commitments.madeTo')}</dt>
          <dd>{commitment.associationName}</dd>
        </div>
        <div>
          <dt>{t('creditPortal.commitments.signedAt')}</dt>
          <dd>{dayOf(commitment.signedAt)}</dd>
        </div>
      </dl>
    </article>
  );
}
