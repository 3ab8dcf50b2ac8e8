import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLocale } from '../../../lib/format';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { AssessmentKindTag } from '../../../modules/evaluation/components/EvaluationTags';
import { buildRankingOption, rankingHeight } from '../../../modules/evaluation/components/evaluationCharts';
import { localised } from '../../../modules/evaluation/components/indicators';
import { RankingTable } from '../../../modules/evaluation/components/RankingTable';
import { useRanking } from '../../../modules/evaluation/hooks/useCampaigns';
import { ErrorState } from '../../../ui/ErrorState';
import { LazyChart } from '../../../ui/LazyChart';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

/** /console/evaluation/campaigns/:id — the ranking of a campaign's associations, with the bars of their totals. */
function CampaignDetail() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const result = useRanking(id);

  if (result.isPending) return <LoadingState />;
  if (result.isError) return <ErrorState error={result.error} record onRetry={() => void result.refetch()} />;
  const ranking = result.data;
  const { campaign } = ranking;
  const bars = ranking.rows.map((row) => ({ label: row.organisationName, score: row.total }));

  return (
    <>
      <PageHeader
        backTo="/console/evaluation/campaigns"
        title={t('evaluationConsole.campaigns.rankingTitle', { title: campaign.title })}
        subtitle={t('evaluationConsole.campaigns.rankingLead')}
        tags={<AssessmentKindTag kind={campaign.kind} />}
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="campaign-facts">
            <Descriptions.Item label={t('evaluationConsole.campaigns.fields.framework')}>
              {t('evaluationConsole.common.frameworkVersion', {
                code: campaign.frameworkCode,
                version: campaign.frameworkVersion,
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.campaigns.fields.period')}>
              {t('evaluationConsole.common.periodValue', { from: campaign.periodStart, to: campaign.periodEnd })}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.campaigns.fields.dueDate')}>
              {campaign.dueDate}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.campaigns.fields.finalCount')}>
              {t('evaluationConsole.common.progressValue', {
                scored: campaign.finalCount,
                total: campaign.assessmentCount,
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationConsole.campaigns.fields.regulator')}>
              {campaign.regulatorName}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {bars.some((bar) => bar.score !== null) ? (
          <Card title={t('evaluationConsole.campaigns.chartTitle')} data-testid="ranking-chart">
            <LazyChart
              option={buildRankingOption(bars, { axis: t('evaluationConsole.common.total') })}
              height={rankingHeight(bars.length)}
              label={t('evaluationConsole.campaigns.chartTitle')}
              loadingText={t('evaluationConsole.common.chartLoading')}
            />
          </Card>
        ) : null}
        <Card title={t('evaluationConsole.campaigns.ranking')}>
          <RankingTable ranking={ranking} />
          {ranking.columns.length > 0 ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
              {ranking.columns
                .map((indicator) => `${indicator.code} ${localised(indicator.name, locale)}`)
                .join(t('common.listSeparator'))}
            </Typography.Paragraph>
          ) : null}
        </Card>
      </Flex>
    </>
  );
}

export const CampaignDetailPage = withPermission(['evaluation.read'], CampaignDetail);
