import type { ComplaintKind, IntakeReceiptDto } from '@gongzhi/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DueLine } from './DueLine';

interface IntakeReceiptProps {
  receipt: IntakeReceiptDto;
  kind: ComplaintKind;
  onAnother: () => void;
}

/** After a successful intake: the tracking number, large, with what to do with it. */
export function IntakeReceipt({ receipt, kind, onAnother }: IntakeReceiptProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receipt.trackingNo);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="pt-card pt-receipt" aria-live="polite">
      <h1 className="pt-page-title">{t(`portal.intake.receipt.titles.${kind}`)}</h1>
      {receipt.duplicate ? <p className="pt-alert pt-alert--info">{t('portal.intake.receipt.duplicate')}</p> : null}
      <div>
        <p className="pt-field__hint">{t('portal.intake.receipt.trackingNo')}</p>
        <p className="pt-tracking-no" data-testid="tracking-no">
          {receipt.trackingNo}
        </p>
      </div>
      <p>
        <strong>{t('portal.intake.receipt.save')}</strong>
      </p>
      <p>
        <span className="pt-status">{t(`enums.complaintStatus.${receipt.status}`)}</span>{' '}
        <DueLine dueOn={receipt.dueOn} dueKind={receipt.dueKind} provisional={receipt.dueProvisional} />
      </p>
      <div className="pt-actions">
        <button type="button" className="pt-button" onClick={() => void copy()}>
          {copied ? t('portal.intake.receipt.copied') : t('portal.intake.receipt.copy')}
        </button>
        <Link
          to={`/complaints/track?no=${encodeURIComponent(receipt.trackingNo)}`}
          className="pt-button pt-button--primary"
        >
          {t('portal.intake.receipt.track')}
        </Link>
        <button type="button" className="pt-button" onClick={onAnother}>
          {t('portal.intake.receipt.another')}
        </button>
      </div>
    </section>
  );
}
