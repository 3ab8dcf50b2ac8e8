import { RULE_DOCUMENT_KINDS, type RuleDocumentKind } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { usePublicOrganisations } from '../../../modules/organisation/hooks/usePublic';
import { usePublicRuleDocuments } from '../../../modules/rules/portal/useRulesPublic';
import { Pager } from '../components/Pager';
import { Spinner } from '../components/Spinner';
import { LoadFailed, StateBox } from '../components/StateBox';

const FILTERS = ['associationId', 'kind'] as const;

/** /rules — the public, published documents of every association, filtered by association and kind. */
export function RulesPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const list = useListParams(FILTERS, 20);
  const associations = usePublicOrganisations({ kind: 'industry_organisation', pageSize: 100 });
  const result = usePublicRuleDocuments({
    page: list.page,
    pageSize: list.pageSize,
    associationId: list.filters.associationId,
    kind: list.filters.kind as RuleDocumentKind | undefined,
  });

  return (
    <>
      <h1 className="pt-page-title">{t('rulesPortal.title')}</h1>
      <p className="pt-page-lead">
        {t('rulesPortal.lead')} <Link to="/rules/consultations">{t('rulesPortal.consultations.link')}</Link>
      </p>
      <div className="pt-toolbar">
        <select
          className="pt-select"
          aria-label={t('rulesPortal.association')}
          value={list.filters.associationId ?? ''}
          onChange={(e) => list.setFilters({ associationId: e.target.value || undefined })}
          data-testid="rules-association"
        >
          <option value="">{t('rulesPortal.allAssociations')}</option>
          {(associations.data?.items ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <select
          className="pt-select"
          aria-label={t('rulesPortal.kind')}
          value={list.filters.kind ?? ''}
          onChange={(e) => list.setFilters({ kind: e.target.value || undefined })}
        >
          <option value="">{t('rulesPortal.allKinds')}</option>
          {RULE_DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`rulesConsole.enums.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {result.isPending ? <Spinner /> : null}
      {result.isError ? <LoadFailed error={result.error} onRetry={() => void result.refetch()} /> : null}
      {result.data && result.data.items.length === 0 ? <StateBox title={t('rulesPortal.empty')} /> : null}
      {result.data && result.data.items.length > 0 ? (
        <>
          <ul className="pt-org-list" aria-busy={result.isFetching}>
            {result.data.items.map((d) => (
              <li key={d.id}>
                <article className="pt-org">
                  <h2 className="pt-org__name">
                    <Link to={`/rules/${d.id}`} data-testid="public-document-row">
                      {d.title}
                    </Link>
                  </h2>
                  <p className="pt-org__meta">
                    {d.organisationName} · {t(`rulesConsole.enums.kind.${d.kind}`)} ·{' '}
                    {t('rulesPortal.versionLine', {
                      number: d.publishedNumber ?? 1,
                      date: formatDateTime(d.publishedAt, locale),
                    })}
                  </p>
                </article>
              </li>
            ))}
          </ul>
          <Pager
            page={result.data.page}
            pageSize={result.data.pageSize}
            total={result.data.total}
            totalIsLowerBound={result.data.totalIsLowerBound}
            itemCount={result.data.items.length}
            onChange={(page) => list.setPage(page)}
          />
        </>
      ) : null}
    </>
  );
}
