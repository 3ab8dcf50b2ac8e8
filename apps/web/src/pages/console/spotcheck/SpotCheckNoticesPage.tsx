import { UploadOutlined } from '@ant-design/icons';
import type { SpotCheckLevel } from '@gongzhi/contracts';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { DateRangeFilter } from '../../../modules/spotcheck/components/DateRangeFilter';
import { SpotCheckNoticeTable } from '../../../modules/spotcheck/components/SpotCheckNoticeTable';
import { SpotCheckLevelSelect } from '../../../modules/spotcheck/components/SpotCheckSelects';
import { useSpotCheckScope } from '../../../modules/spotcheck/hooks/useSpotCheckScope';
import { useSpotCheckNotices } from '../../../modules/spotcheck/hooks/useSpotChecks';
import { ListCard } from '../../../ui/ListCard';
import { ListToolbar } from '../../../ui/ListToolbar';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['q', 'level', 'from', 'to'] as const;

function SpotCheckNotices() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scope = useSpotCheckScope();
  const list = useListParams(FILTERS);
  const result = useSpotCheckNotices({
    q: list.filters.q,
    level: list.filters.level as SpotCheckLevel | undefined,
    from: list.filters.from,
    to: list.filters.to,
    page: list.page,
    pageSize: list.pageSize,
  });

  return (
    <>
      <PageHeader
        title={t('spotCheckConsole.notices.title')}
        subtitle={t('spotCheckConsole.notices.lead')}
        extra={
          scope.canImport ? (
            <Button
              type="primary"
              icon={<UploadOutlined />}
              onClick={() => navigate('/console/spot-checks/import')}
              data-testid="import-link"
            >
              {t('spotCheckConsole.notices.import')}
            </Button>
          ) : null
        }
      />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <ListToolbar list={list} searchPlaceholder={t('spotCheckConsole.notices.search')}>
            <SpotCheckLevelSelect
              style={{ width: 140 }}
              {...list.filterProps<SpotCheckLevel>('level', t('spotCheckConsole.notices.filters.level'))}
            />
            <DateRangeFilter from={list.filters.from} to={list.filters.to} onChange={list.setFilters} />
          </ListToolbar>
        }
      >
        {(table) => <SpotCheckNoticeTable {...table} showUnmatched={scope.canImport} />}
      </ListCard>
    </>
  );
}

export const SpotCheckNoticesPage = withPermission(['spotcheck.read'], SpotCheckNotices);
