import type { PublicCreditListItemDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatTotal } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { gradeFilterOptions, pickGradeLabel, toCreditListQuery } from '../../../modules/credit/portal/creditPortal';
import { usePublicCreditList } from '../../../modules/credit/portal/useCreditPublic';
import { usePublicOrganisations } from '../../../modules/organisation/hooks/usePublic';
import { CreditNav } from './components/CreditNav';
import { CreditSearchForm, FilterSelect } from './components/CreditSearchForm';
import { EnterpriseLink } from './components/EnterpriseLink';
import { GradeBadge } from './components/GradeBadge';
import { PagedResults } from './components/PagedResults';
import './credit.css';

const FILTERS = ['q', 'grade', 'association'] as const;
const ASSOCIATIONS = { kind: 'industry_organisation', page: 1, pageSize: 100 } as const;

/** /credit — the published grades, searchable by name or credit code, filtered by grade and association. */
export function CreditListPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const list = useListParams(FILTERS);
  const result = usePublicCreditList(toCreditListQuery(list.filters, list.page, list.pageSize));
  const associations = usePublicOrganisations(ASSOCIATIONS);

  const renderItem = (item: PublicCreditListItemDto) => (
    <article className="pt-org pt-credit-item">
      <div className="pt-credit-item__grade">
        <GradeBadge code={item.grade} large />
      </div>
      <div className="pt-credit-item__body">
        <h2 className="pt-org__name">
          <EnterpriseLink name={item.enterpriseName} creditCode={item.creditCode} />
        </h2>
        <p className="pt-credit-item__label">{pickGradeLabel(item.gradeLabel, locale, item.grade)}</p>
        <dl className="pt-org__meta">
          <div>
            <dt>{t('creditPortal.fields.creditCode')}</dt>
            <dd className="pt-code">{item.creditCode}</dd>
          </div>
          <div>
            <dt>{t('creditPortal.fields.association')}</dt>
            <dd>{item.associationName}</dd>
          </div>
          <div>
            <dt>{t('creditPortal.fields.asOf')}</dt>
            <dd>{item.asOf}</dd>
          </div>
        </dl>
      </div>
    </article>
  );

  return (
    <>
      <CreditNav />
      <h1 className="pt-page-title">{t('creditPortal.list.title')}</h1>
      <p className="pt-page-lead">{t('creditPortal.list.lead')}</p>
      <CreditSearchForm
        id="credit-q"
        label={t('creditPortal.list.searchLabel')}
        q={list.filters.q}
        onSearch={(q) => list.setFilters({ q })}
      >
        <FilterSelect
          id="credit-grade"
          label={t('creditPortal.list.gradeFilter')}
          allLabel={t('creditPortal.list.allGrades')}
          value={list.filters.grade}
          options={gradeFilterOptions(list.filters.grade).map((code) => ({ value: code, label: code }))}
          onChange={(grade) => list.setFilters({ grade })}
        />
        <FilterSelect
          id="credit-association"
          label={t('creditPortal.list.associationFilter')}
          allLabel={t('creditPortal.list.allAssociations')}
          value={list.filters.association}
          options={(associations.data?.items ?? []).map((association) => ({
            value: association.id,
            label: association.name,
          }))}
          onChange={(association) => list.setFilters({ association })}
        />
      </CreditSearchForm>
      <PagedResults
        result={result}
        emptyTitle={list.filtered ? t('creditPortal.list.noMatch') : t('creditPortal.list.empty')}
        emptyText={list.filtered ? t('creditPortal.list.noMatchHint') : t('creditPortal.list.emptyHint')}
        head={(page) => (
          <p className="pt-result-count" aria-live="polite">
            {t(page.totalIsLowerBound ? 'creditPortal.list.resultsLowerBound' : 'creditPortal.list.results', {
              total: formatTotal(page.total, false, locale),
            })}
          </p>
        )}
        itemKey={(item) => `${item.creditCode}|${item.associationName}`}
        renderItem={renderItem}
        onPage={(page) => list.setPage(page)}
      />
    </>
  );
}
