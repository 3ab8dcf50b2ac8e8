import type { SpotCheckResultDto } from '@gongzhi/contracts';
import { Button, Flex, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { MatchDialog } from '../../../modules/spotcheck/components/MatchDialog';
import { SpotCheckResultTable } from '../../../modules/spotcheck/components/SpotCheckResultTable';
import { useUnmatchedResults } from '../../../modules/spotcheck/hooks/useSpotChecks';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['noticeId'] as const;

/** Results whose enterprise was found neither by credit code nor by name: the regulator matches them by hand. */
function SpotCheckUnmatched() {
  const { t } = useTranslation();
  const list = useListParams(FILTERS);
  const [matching, setMatching] = useState<SpotCheckResultDto | null>(null);
  const result = useUnmatchedResults({ noticeId: list.filters.noticeId, page: list.page, pageSize: list.pageSize });
  const noticeNo = list.filters.noticeId ? result.data?.items[0]?.noticeNo : undefined;

  return (
    <>
      <PageHeader title={t('spotCheckConsole.unmatched.title')} subtitle={t('spotCheckConsole.unmatched.lead')} />
      <ListCard
        list={list}
        result={result}
        toolbar={
          list.filters.noticeId ? (
            <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
              <Tag color="blue">
                {noticeNo
                  ? t('spotCheckConsole.unmatched.noticeOf', { noticeNo })
                  : t('spotCheckConsole.unmatched.notice')}
              </Tag>
              <Button size="small" onClick={() => list.setFilters({ noticeId: undefined })}>
                {t('spotCheckConsole.unmatched.clearNotice')}
              </Button>
            </Flex>
          ) : null
        }
      >
        {(table) => <SpotCheckResultTable {...table} showRowNumber showMatch onMatch={setMatching} />}
      </ListCard>
      <MatchDialog result={matching} onClose={() => setMatching(null)} />
    </>
  );
}

export const SpotCheckUnmatchedPage = withPermission(['spotcheck.import'], SpotCheckUnmatched);
