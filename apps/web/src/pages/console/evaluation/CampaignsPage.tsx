import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CampaignCreateDialog } from '../../../modules/evaluation/components/CampaignCreateDialog';
import { CampaignTable } from '../../../modules/evaluation/components/CampaignTable';
import { useEvaluationScope } from '../../../modules/evaluation/components/useEvaluationScope';
import { useCampaigns } from '../../../modules/evaluation/hooks/useCampaigns';
import { AddButton } from '../../../ui/AddButton';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = [] as const;

/** /console/evaluation/campaigns — the regulator's evaluation campaigns; each opens its ranking. */
function Campaigns() {
  const { t } = useTranslation();
  const scope = useEvaluationScope();
  const list = useListParams(FILTERS);
  const [creating, setCreating] = useState(false);
  const result = useCampaigns({ page: list.page, pageSize: list.pageSize });
  const canCreate = scope.regulator && scope.canReview;

  return (
    <>
      <PageHeader
        title={t('evaluationConsole.campaigns.title')}
        subtitle={t('evaluationConsole.campaigns.lead')}
        extra={
          canCreate ? (
            <span data-testid="campaign-create">
              <AddButton onClick={() => setCreating(true)}>{t('evaluationConsole.campaigns.create')}</AddButton>
            </span>
          ) : null
        }
      />
      <ListCard list={list} result={result} toolbar={null}>
        {(table) => <CampaignTable {...table} />}
      </ListCard>
      {canCreate ? <CampaignCreateDialog open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}

export const CampaignsPage = withPermission(['evaluation.read'], Campaigns);
