import { PlayCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditRunTable } from '../../../modules/credit/components/CreditRunTable';
import { StartRunDialog } from '../../../modules/credit/components/StartRunDialog';
import { useCreditRuns } from '../../../modules/credit/hooks/useCreditEvaluations';
import { useCreditScope } from '../../../modules/credit/hooks/useCreditScope';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = [] as const;

function CreditEvaluations() {
  const { t } = useTranslation();
  const scope = useCreditScope();
  const list = useListParams(FILTERS);
  // `?preview=<model id>` (from the models page) opens the dialog as a preview of that version.
  const [search, setSearch] = useSearchParams();
  const previewModel = search.get('preview') ?? undefined;
  const [starting, setStarting] = useState(Boolean(previewModel));
  const result = useCreditRuns({ associationId: scope.association?.id, page: list.page, pageSize: list.pageSize });

  return (
    <>
      <PageHeader
        title={t('creditConsole.evaluations.title')}
        subtitle={t('creditConsole.evaluations.lead')}
        extra={
          scope.canRecord ? (
            <Button type="primary" icon={<PlayCircleOutlined />} onClick={() => setStarting(true)}>
              {t('creditConsole.evaluations.start')}
            </Button>
          ) : null
        }
      />
      <ListCard list={list} result={result} toolbar={null}>
        {(table) => <CreditRunTable {...table} />}
      </ListCard>
      {scope.association && scope.canRecord ? (
        <StartRunDialog
          open={starting}
          associationId={scope.association.id}
          presetModelId={previewModel}
          onClose={() => {
            setStarting(false);
            if (previewModel) {
              setSearch(
                (prev) => {
                  const next = new URLSearchParams(prev);
                  next.delete('preview');
                  return next;
                },
                { replace: true },
              );
            }
          }}
        />
      ) : null}
    </>
  );
}

export const CreditEvaluationsPage = withPermission(['credit.read'], CreditEvaluations);
