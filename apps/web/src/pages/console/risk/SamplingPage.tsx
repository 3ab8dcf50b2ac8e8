import { App, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { SamplingPlanForm } from '../../../modules/risk/components/SamplingPlanForm';
import { SamplingPlanTable } from '../../../modules/risk/components/SamplingPlanTable';
import { toSamplingPlanCreate } from '../../../modules/risk/components/samplingWeights';
import { useCreateSamplingPlan, useSamplingPlans } from '../../../modules/risk/hooks/useSampling';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = [] as const;

/** /console/spot-checks/sampling — the regulator draws a risk-weighted random list; earlier plans below. */
function Sampling() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateSamplingPlan();
  const list = useListParams(FILTERS, 10);
  const plans = useSamplingPlans({ page: list.page, pageSize: list.pageSize });

  return (
    <>
      <PageHeader title={t('riskConsole.sampling.title')} subtitle={t('riskConsole.sampling.lead')} />
      <Card style={{ marginBottom: 16 }}>
        <SamplingPlanForm
          save={create}
          onSubmit={(values) =>
            create.mutate(toSamplingPlanCreate(values), {
              onSuccess: (plan) => {
                void message.success(t('riskConsole.sampling.created'));
                navigate(`/console/spot-checks/sampling/${plan.id}`);
              },
            })
          }
        />
      </Card>
      <Typography.Title level={4}>{t('riskConsole.sampling.history')}</Typography.Title>
      <ListCard list={list} result={plans} toolbar={null}>
        {(table) => <SamplingPlanTable {...table} />}
      </ListCard>
    </>
  );
}

export const SamplingPage = withPermission(['spotcheck.import'], Sampling);
