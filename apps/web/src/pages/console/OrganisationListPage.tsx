import type { OrganisationKind } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useListParams } from '../../lib/useListParams';
import { can, canBrowseOrganisations, useCurrentUser } from '../../modules/auth/hooks/currentUser';
import { KindSelect } from '../../modules/organisation/components/KindSelect';
import { OrganisationTable } from '../../modules/organisation/components/OrganisationTable';
import { RegionSelect } from '../../modules/organisation/components/RegionSelect';
import { useOrganisations } from '../../modules/organisation/hooks/useOrganisations';
import { AddButton } from '../../ui/AddButton';
import { ForbiddenState } from '../../ui/ErrorState';
import { ListCard } from '../../ui/ListCard';
import { ListToolbar } from '../../ui/ListToolbar';
import { PageHeader } from '../../ui/PageHeader';

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
            <AddButton onClick={() => navigate('/console/organisations/new')}>
              {t('organisation.createButton')}
            </AddButton>
          ) : null
        }
      />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <ListToolbar list={list} searchPlaceholder={t('organisation.searchPlaceholder')}>
            <KindSelect
              style={{ width: 180 }}
              {...list.filterProps<OrganisationKind>('kind', t('organisation.kindFilter'))}
            />
            <RegionSelect style={{ width: 220 }} {...list.filterProps('regionCode', t('organisation.regionFilter'))} />
          </ListToolbar>
        }
      >
        {(table) => <OrganisationTable {...table} />}
      </ListCard>
    </>
  );
}

export function OrganisationListPage() {
  const me = useCurrentUser();
  return canBrowseOrganisations(me) ? <OrganisationList /> : <ForbiddenState />;
}
