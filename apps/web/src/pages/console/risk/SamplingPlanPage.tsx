import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorText } from '../../../lib/errorText';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { SamplingPlanView } from '../../../modules/risk/components/SamplingPlanView';
import { useExportSamplingPlan, useSamplingPlan } from '../../../modules/risk/hooks/useSampling';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

/** /console/spot-checks/sampling/:id — one plan: seed, weights, picks and why each was weighted so. */
function SamplingPlan() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const result = useSamplingPlan(id);
  const exporter = useExportSamplingPlan();

  if (result.isPending) return <LoadingState />;
  if (result.isError) return <ErrorState error={result.error} record onRetry={() => void result.refetch()} />;
  const plan = result.data;
  return (
    <>
      <PageHeader
        backTo="/console/spot-checks/sampling"
        title={plan.title}
        extra={
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.isPending}
            data-testid="plan-export"
            onClick={() =>
              exporter.mutate(plan.id, {
                onSuccess: () => void message.success(t('riskConsole.common.exported')),
                onError: (error) => void message.error(errorText(error, t)),
              })
            }
          >
            {t('riskConsole.sampling.export')}
          </Button>
        }
      />
      <SamplingPlanView plan={plan} />
    </>
  );
}

export const SamplingPlanPage = withPermission(['spotcheck.import'], SamplingPlan);
