import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { FrameworkImportDialog } from '../../../modules/evaluation/components/FrameworkImportDialog';
import { FrameworkTable } from '../../../modules/evaluation/components/FrameworkTable';
import { useEvaluationScope } from '../../../modules/evaluation/components/useEvaluationScope';
import { useFrameworks } from '../../../modules/evaluation/hooks/useFrameworks';
import { AddButton } from '../../../ui/AddButton';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';

/** /console/evaluation/frameworks — the frameworks and their versions; those who manage them import new ones. */
function Frameworks() {
  const { t } = useTranslation();
  const scope = useEvaluationScope();
  const result = useFrameworks();
  const [importing, setImporting] = useState(false);

  return (
    <>
      <PageHeader
        title={t('evaluationConsole.frameworks.title')}
        subtitle={t('evaluationConsole.frameworks.lead')}
        extra={
          scope.canFramework ? (
            <span data-testid="framework-import-open">
              <AddButton onClick={() => setImporting(true)}>{t('evaluationConsole.frameworks.import')}</AddButton>
            </span>
          ) : null
        }
      />
      <Card>
        {result.isError ? (
          <ErrorState error={result.error} onRetry={() => void result.refetch()} />
        ) : (
          <FrameworkTable frameworks={result.data} loading={result.isFetching} />
        )}
      </Card>
      {scope.canFramework ? <FrameworkImportDialog open={importing} onClose={() => setImporting(false)} /> : null}
    </>
  );
}

export const FrameworksPage = withPermission(['evaluation.read'], Frameworks);
