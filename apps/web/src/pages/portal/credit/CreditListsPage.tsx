import { CREDIT_MEASURE_LISTS, type CreditMeasureList } from '@gongzhi/contracts';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { toMeasureListQuery } from '../../../modules/credit/portal/creditPortal';
import { usePublicCreditMeasures } from '../../../modules/credit/portal/useCreditPublic';
import { CreditMeasureItem } from './components/CreditMeasureItem';
import { CreditNav } from './components/CreditNav';
import { CreditSearchForm } from './components/CreditSearchForm';
import { PagedResults } from './components/PagedResults';
import './credit.css';

const FILTERS = ['list', 'q'] as const;
const PANEL_ID = 'credit-list-panel';
const tabId = (list: CreditMeasureList) => `credit-list-tab-${list}`;

/** /credit/lists — the red list (incentives) and the black list (constraints) as tabs, searchable. */
export function CreditListsPage() {
  const { t } = useTranslation();
  const params = useListParams(FILTERS);
  const query = toMeasureListQuery(params.filters, params.page, params.pageSize);
  const result = usePublicCreditMeasures(query);

  const select = (list: CreditMeasureList) => params.setFilters({ list: list === 'red' ? undefined : list });
  // Arrow keys move between the tabs (WAI-ARIA tabs pattern: the selected tab is the one tab stop).
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const count = CREDIT_MEASURE_LISTS.length;
    const next = CREDIT_MEASURE_LISTS[(index + step + count) % count] ?? 'red';
    select(next);
    document.getElementById(tabId(next))?.focus();
  };

  return (
    <>
      <CreditNav />
      <h1 className="pt-page-title">{t('creditPortal.lists.title')}</h1>
      <p className="pt-page-lead">{t('creditPortal.lists.lead')}</p>
      <div className="pt-tabs" role="tablist" aria-label={t('creditPortal.lists.tabs')}>
        {CREDIT_MEASURE_LISTS.map((list, index) => (
          <button
            key={list}
            id={tabId(list)}
            type="button"
            role="tab"
            className={`pt-tab pt-tab--${list}`}
            aria-selected={query.list === list}
            aria-controls={PANEL_ID}
            tabIndex={query.list === list ? 0 : -1}
            onClick={() => select(list)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {t(`creditPortal.lists.${list}`)}
          </button>
        ))}
      </div>
      <div id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(query.list)} className="pt-tabpanel">
        <CreditSearchForm
          id="credit-lists-q"
          label={t('creditPortal.lists.searchLabel')}
          q={params.filters.q}
          onSearch={(q) => params.setFilters({ q })}
        />
        <PagedResults
          result={result}
          emptyTitle={params.filters.q ? t('creditPortal.lists.noMatch') : t(`creditPortal.lists.empty.${query.list}`)}
          itemKey={(measure) => measure.id}
          renderItem={(measure) => <CreditMeasureItem measure={measure} level={2} />}
          onPage={(page) => params.setPage(page)}
        />
      </div>
    </>
  );
}
