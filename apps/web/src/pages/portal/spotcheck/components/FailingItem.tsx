import type { PublicFailingProductDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { isReinspecting } from '../../../../modules/spotcheck-portal/spotCheckPortal';

/** A failing product of a member enterprise; "复检中" while a re-inspection may still change the result. */
export function FailingItem({ product }: { product: PublicFailingProductDto }) {
  const { t } = useTranslation();
  const separator = t('common.listSeparator');
  const reinspecting = isReinspecting(product);
  const facts = [product.trademark, product.modelSpec].filter(Boolean).join(' · ');
  const meta: [string, string, boolean?][] = [
    [t('spotCheckPortal.failing.fields.batch'), product.batch],
    [t('spotCheckPortal.failing.fields.inspectionBody'), product.inspectionBody],
    [t('spotCheckPortal.failing.fields.notice'), product.noticeNo, true],
    [t('spotCheckPortal.failing.fields.publishedOn'), product.publishedOn],
    [t('spotCheckPortal.failing.fields.creditCode'), product.creditCode ?? '', true],
    [t('spotCheckPortal.failing.fields.associations'), product.associationNames.join(separator)],
  ];
  return (
    <article className="pt-org" data-testid="failing-product" data-reinspecting={reinspecting}>
      <div className="pt-org__head">
        <h2 className="pt-org__name pt-sc-title">{product.enterpriseName}</h2>
        {reinspecting ? (
          <span className="pt-sc-reinspect" data-testid="reinspecting">
            {t('spotCheckPortal.failing.reinspecting')}
          </span>
        ) : null}
      </div>
      <p className="pt-sc-product">
        <strong>{product.productName}</strong>
        {facts ? <span className="pt-text"> · {facts}</span> : null}
      </p>
      {product.failingItems.length > 0 ? (
        <p className="pt-sc-items">
          {t('spotCheckPortal.labelValue', {
            label: t('spotCheckPortal.failing.fields.failingItems'),
            value: product.failingItems.join(separator),
          })}
        </p>
      ) : null}
      <dl className="pt-org__meta">
        {meta
          .filter(([, value]) => value)
          .map(([label, value, code]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className={code ? 'pt-code' : undefined}>{value}</dd>
            </div>
          ))}
      </dl>
      {reinspecting ? <p className="pt-sc-note">{t('spotCheckPortal.failing.reinspectingNote')}</p> : null}
    </article>
  );
}
