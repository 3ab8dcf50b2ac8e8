import type { SpotCheckResult, SpotCheckResultDto } from '@gongzhi/contracts';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { MatchDialog } from '../../../modules/spotcheck/components/MatchDialog';
import { ReinspectionRequestDialog } from '../../../modules/spotcheck/components/ReinspectionRequestDialog';
import { SpotCheckNoticeFacts } from '../../../modules/spotcheck/components/SpotCheckNoticeFacts';
import { SpotCheckResultTable } from '../../../modules/spotcheck/components/SpotCheckResultTable';
import { SpotCheckResultSelect } from '../../../modules/spotcheck/components/SpotCheckSelects';
import { SpotCheckLevelTag } from '../../../modules/spotcheck/components/SpotCheckTags';
import { useSpotCheckScope } from '../../../modules/spotcheck/hooks/useSpotCheckScope';
import { useSpotCheckNotice, useSpotCheckResults } from '../../../modules/spotcheck/hooks/useSpotChecks';
import { ErrorState } from '../../../ui/ErrorState';
import { ListCard } from '../../../ui/ListCard';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['result'] as const;

/** A notice: its facts, then its results, filterable by result; unmatched rows can be matched here. */
function SpotCheckNoticeDetail() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const scope = useSpotCheckScope();
  const notice = useSpotCheckNotice(id);
  const list = useListParams(FILTERS);
  const [matching, setMatching] = useState<SpotCheckResultDto | null>(null);
  const [requesting, setRequesting] = useState<SpotCheckResultDto | null>(null);
  const results = useSpotCheckResults(
    {
      noticeId: id,
      result: list.filters.result as SpotCheckResult | undefined,
      page: list.page,
      pageSize: list.pageSize,
    },
    Boolean(id),
  );

  if (notice.isPending) return <LoadingState />;
  if (notice.isError) return <ErrorState error={notice.error} record onRetry={() => void notice.refetch()} />;
  const data = notice.data;

  return (
    <>
      <PageHeader
        title={data.title}
        subtitle={data.noticeNo}
        backTo="/console/spot-checks"
        tags={<SpotCheckLevelTag level={data.level} />}
        extra={
          scope.canImport && data.unmatchedCount > 0 ? (
            <Button onClick={() => navigate(`/console/spot-checks/unmatched?noticeId=${data.id}`)}>
              {t('spotCheckConsole.notices.unmatchedLink', { count: data.unmatchedCount })}
            </Button>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <SpotCheckNoticeFacts notice={data} />
      </Card>
      <ListCard
        list={list}
        result={results}
        toolbar={
          <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
            <strong>{t('spotCheckConsole.notices.resultsTitle')}</strong>
            <SpotCheckResultSelect
              style={{ width: 140 }}
              {...list.filterProps<SpotCheckResult>('result', t('spotCheckConsole.results.filters.result'))}
            />
          </Flex>
        }
      >
        {(table) => (
          <SpotCheckResultTable
            {...table}
            showNotice={false}
            showRowNumber
            showMatch={scope.canImport}
            onMatch={scope.canImport ? setMatching : undefined}
            onRequestReinspection={scope.canReinspect ? setRequesting : undefined}
          />
        )}
      </ListCard>
      {scope.canImport ? <MatchDialog result={matching} onClose={() => setMatching(null)} /> : null}
      {scope.canReinspect ? (
        <ReinspectionRequestDialog result={requesting} onClose={() => setRequesting(null)} />
      ) : null}
    </>
  );
}

export const SpotCheckNoticeDetailPage = withPermission(['spotcheck.read'], SpotCheckNoticeDetail);
