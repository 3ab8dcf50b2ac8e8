import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { usePublicCreditWarnings } from '../../../modules/credit/portal/useCreditPublic';
import { CreditNav } from './components/CreditNav';
import { CreditWarningItem } from './components/CreditWarningItem';
import { PagedResults } from './components/PagedResults';
import './credit.css';

const FILTERS = [] as const;

/** /credit/warnings — published credit early warnings, newest first. */
export function CreditWarningsPage() {
  const { t } = useTranslation();
  const list = useListParams(FILTERS, 10);
  const result = usePublicCreditWarnings({ page: list.page, pageSize: list.pageSize });
  return (
    <>
      <CreditNav />
      <h1 className="pt-page-title">{t('creditPortal.warnings.title')}</h1>
      <p className="pt-page-lead">{t('creditPortal.warnings.lead')}</p>
      <PagedResults
        result={result}
        emptyTitle={t('creditPortal.warnings.empty')}
        itemKey={(warning) => warning.id}
        renderItem={(warning) => <CreditWarningItem warning={warning} level={2} />}
        onPage={(page) => list.setPage(page)}
      />
    </>
  );
}
