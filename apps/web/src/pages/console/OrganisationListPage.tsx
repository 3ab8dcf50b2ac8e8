import { PlusOutlined } from '@ant-design/icons';
import type { OrganisationKind } from '@gongzhi/contracts';
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useListParams } from '../../lib/useListParams';
import { can, canBrowseOrganisations, useCurrentUser } from '../../modules/auth/hooks/currentUser';
import { KindSelect } from '../../modules/organisation/components/KindSelect';
import { OrganisationTable } from '../../modules/organisation/components/OrganisationTable';
import { RegionSelect } from '../../modules/organisation/components/RegionSelect';
import { useOrganisations } from '../../modules/organisation/hooks/useOrganisations';
import { ErrorState, ForbiddenState } from '../../ui/ErrorState';
import { ListToolbar } from '../../ui/ListToolbar';
import { PageHeader } from '../../ui/PageHeader';
import { SearchInput } from '../../ui/SearchInput';

const FILTERS = ['q', 'kind', 'regionCode'] as const;

function OrganisationList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const list = useListParams(FILTERS);
  const { q, kind, regionCode } = list.filters;
  const result = useOrganisations({
    q,
    kind: kind as OrganisationKind | undefined,
    regionCode,
    page: list.page,
    pageSize: list.pageSize,
  });

  return (
    <>
      <PageHeader
        title={t('organisation.listTitle')}
        subtitle={t('organisation.listLead')}
        extra={
          can(me, 'organisation.create') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/console/organisations/new')}>
              {t('organisation.createButton')}
            </Button>
          ) : null
        }
      />
      <Card>
        <ListToolbar>
          <SearchInput
            value={q}
            onSearch={(text) => list.setFilters({ q: text || undefined })}
            placeholder={t('organisation.searchPlaceholder')}
            style={{ width: 300, maxWidth: '100%' }}
          />
          <KindSelect
            allowClear
            placeholder={t('organisation.kindFilter')}
            value={kind as OrganisationKind | undefined}
            onChange={(value) => list.setFilters({ kind: value })}
            style={{ width: 180 }}
          />
          <RegionSelect
            allowClear
            placeholder={t('organisation.regionFilter')}
            value={regionCode ?? null}
            onChange={(value) => list.setFilters({ regionCode: value ?? undefined })}
            style={{ width: 220 }}
          />
        </ListToolbar>
        {result.isError ? (
          <ErrorState error={result.error} onRetry={() => void result.refetch()} />
        ) : (
          <OrganisationTable
            data={result.data}
            loading={result.isFetching}
            filtered={Boolean(q || kind || regionCode)}
            onPageChange={list.setPage}
          />
        )}
      </Card>
    </>
  );
}

export function OrganisationListPage() {
  const me = useCurrentUser();
  return canBrowseOrganisations(me) ? <OrganisationList /> : <ForbiddenState />;
}
