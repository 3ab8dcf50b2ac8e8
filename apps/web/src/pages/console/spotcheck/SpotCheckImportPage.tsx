import { Button, Card, Result, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { ImportFileStep } from '../../../modules/spotcheck/components/ImportFileStep';
import { ImportMappingStep } from '../../../modules/spotcheck/components/ImportMappingStep';
import { ImportNoticeStep } from '../../../modules/spotcheck/components/ImportNoticeStep';
import { ImportPreviewStep } from '../../../modules/spotcheck/components/ImportPreviewStep';
import {
  firstStep,
  IMPORT_STEPS,
  type ImportStep,
  stepAllowed,
} from '../../../modules/spotcheck/components/importWizard';
import { useImportPreview } from '../../../modules/spotcheck/hooks/useSpotChecks';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

/**
 * The import wizard: file → column mapping → preview → notice facts → commit. The import's id is in
 * the URL (`?id=`), so a reload or a shared link reopens it where the server left it.
 */
function SpotCheckImport() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const id = search.get('id') ?? undefined;
  const preview = useImportPreview(id);
  const [chosen, setChosen] = useState<{ id: string | undefined; step: ImportStep } | null>(null);
  // A step chosen for another import (before a new file) does not carry over.
  const step: ImportStep =
    chosen && chosen.id === id && stepAllowed(chosen.step, preview.data)
      ? chosen.step
      : id
        ? firstStep(preview.data)
        : 'file';
  const go = (next: ImportStep) => setChosen({ id, step: next });

  const header = (
    <PageHeader
      title={t('spotCheckConsole.import.title')}
      subtitle={t('spotCheckConsole.import.lead')}
      backTo="/console/spot-checks"
    />
  );

  if (id && preview.isPending) {
    return (
      <>
        {header}
        <LoadingState />
      </>
    );
  }
  if (id && preview.isError) {
    return (
      <>
        {header}
        <ErrorState error={preview.error} record onRetry={() => void preview.refetch()} />
      </>
    );
  }

  const data = preview.data;
  if (data?.status === 'committed') {
    return (
      <>
        {header}
        <Card>
          <Result
            status="success"
            title={t('spotCheckConsole.import.file.committed')}
            extra={[
              data.noticeId ? (
                <Link key="notice" to={`/console/spot-checks/notices/${data.noticeId}`}>
                  <Button type="primary">{t('spotCheckConsole.import.file.openNotice')}</Button>
                </Link>
              ) : null,
              <Button key="another" onClick={() => setSearch({}, { replace: true })}>
                {t('spotCheckConsole.import.file.another')}
              </Button>,
            ]}
          />
        </Card>
      </>
    );
  }

  return (
    <>
      {header}
      <Card>
        <Steps
          size="small"
          style={{ marginBottom: 24 }}
          current={IMPORT_STEPS.indexOf(step)}
          onChange={(index) => {
            const next = IMPORT_STEPS[index];
            if (next && stepAllowed(next, data)) go(next);
          }}
          items={IMPORT_STEPS.map((key) => ({
            title: t(`spotCheckConsole.import.steps.${key}`),
            disabled: !stepAllowed(key, data),
          }))}
        />
        {step === 'file' ? (
          <ImportFileStep
            preview={data}
            onUploaded={(uploaded) => {
              setSearch({ id: uploaded.id });
              setChosen({ id: uploaded.id, step: 'mapping' });
            }}
          />
        ) : null}
        {data && step === 'mapping' ? (
          <ImportMappingStep preview={data} onBack={() => go('file')} onApplied={() => go('preview')} />
        ) : null}
        {data && step === 'preview' ? (
          <ImportPreviewStep preview={data} onBack={() => go('mapping')} onNext={() => go('notice')} />
        ) : null}
        {/* Kept while on other steps, so that the facts typed in survive a look back at the rows. */}
        {data && stepAllowed('notice', data) ? (
          <div style={{ display: step === 'notice' ? undefined : 'none' }}>
            <ImportNoticeStep
              key={data.id}
              preview={data}
              onBack={() => go('preview')}
              onRowProblems={() => go('preview')}
            />
          </div>
        ) : null}
      </Card>
    </>
  );
}

export const SpotCheckImportPage = withPermission(['spotcheck.import'], SpotCheckImport);
