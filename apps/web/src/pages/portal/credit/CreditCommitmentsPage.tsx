import { COMMITMENT_KINDS } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { parseCommitmentKind, toCommitmentListQuery } from '../../../modules/credit/portal/creditPortal';
import { usePublicCommitments } from '../../../modules/credit/portal/useCreditPublic';
import { CommitmentItem } from './components/CommitmentItem';
import { CreditNav } from './components/CreditNav';
import { CreditSearchForm, FilterSelect } from './components/CreditSearchForm';
import { PagedResults } from './components/PagedResults';
import './credit.css';

const FILTERS = ['q', 'kind'] as const;

/** /credit/commitments — the commitments notice board, searchable and filtered by kind. */
export function CreditCommitmentsPage() {
  const { t } = useTranslation();
  const list = useListParams(FILTERS);
  const result = usePublicCommitments(toCommitmentListQuery(list.filters, list.page, list.pageSize));
  return (
    <>
      <CreditNav />
      <h1 className="pt-page-title">{t('creditPortal.commitments.title')}</h1>
      <p className="pt-page-lead">{t('creditPortal.commitments.lead')}</p>
      <CreditSearchForm
        id="commitments-q"
        label={t('creditPortal.commitments.searchLabel')}
        q={list.filters.q}
        onSearch={(q) => list.setFilters({ q })}
      >
        <FilterSelect
          id="commitments-kind"
          label={t('creditPortal.commitments.kindFilter')}
          allLabel={t('creditPortal.commitments.allKinds')}
          value={parseCommitmentKind(list.filters.kind)}
          options={COMMITMENT_KINDS.map((kind) => ({
            value: kind,
            label: t(`creditPortal.enums.commitmentKind.${kind}`),
          }))}
          onChange={(kind) => list.setFilters({ kind })}
        />
      </CreditSearchForm>
      <PagedResults
        result={result}
        emptyTitle={list.filtered ? t('creditPortal.commitments.noMatch') : t('creditPortal.commitments.empty')}
        itemKey={(commitment) => commitment.id}
        renderItem={(commitment) => <CommitmentItem commitment={commitment} level={2} />}
        onPage={(page) => list.setPage(page)}
      />
    </>
  );
}
