import type { MembershipDto, MembershipLevel, MembershipStatus, OrganisationDto } from '@gongzhi/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useListParams } from '../../lib/useListParams';
import { withPermission } from '../../modules/auth/components/RequirePermission';
import { useCurrentUser } from '../../modules/auth/hooks/currentUser';
import { AddMemberDialog } from '../../modules/membership/components/AddMemberDialog';
import { EditMembershipDialog } from '../../modules/membership/components/EditMembershipDialog';
import { LevelSelect } from '../../modules/membership/components/LevelSelect';
import { MembershipStatusSelect } from '../../modules/membership/components/MembershipStatusSelect';
import { MemberTable } from '../../modules/membership/components/MemberTable';
import { useMemberships } from '../../modules/membership/hooks/useMemberships';
import { useOrganisation } from '../../modules/organisation/hooks/useOrganisations';
import { AddButton } from '../../ui/AddButton';
import { ErrorState, NotFoundState } from '../../ui/ErrorState';
import { ListCard } from '../../ui/ListCard';
import { ListToolbar } from '../../ui/ListToolbar';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';

const FILTERS = ['q', 'status', 'level'] as const;

function Members({ association }: { association: OrganisationDto }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const list = useListParams(FILTERS);
  const { q, status, level } = list.filters;
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<MembershipDto | null>(null);
  const result = useMemberships(association.id, {
    q,
    status: status as MembershipStatus | undefined,
    level: level as MembershipLevel | undefined,
    page: list.page,
    pageSize: list.pageSize,
  });
  const manage = association.abilities.manageMembers;
  const ownAssociation = me.organisations.some((organisation) => organisation.id === association.id);

  return (
    <>
      <PageHeader
        title={ownAssociation ? t('membership.title') : t('membership.titleOf', { name: association.name })}
        subtitle={ownAssociation ? association.name : t('membership.lead')}
        backTo={ownAssociation ? undefined : `/console/organisations/${association.id}`}
        extra={manage ? <AddButton onClick={() => setAdding(true)}>{t('membership.add')}</AddButton> : null}
      />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <ListToolbar list={list} searchPlaceholder={t('membership.searchPlaceholder')}>
            <LevelSelect
              style={{ width: 160 }}
              {...list.filterProps<MembershipLevel>('level', t('membership.fields.level'))}
            />
            <MembershipStatusSelect
              style={{ width: 140 }}
              {...list.filterProps<MembershipStatus>('status', t('membership.fields.status'))}
            />
          </ListToolbar>
        }
      >
        {(table) => <MemberTable {...table} onEdit={manage ? setEditing : undefined} />}
      </ListCard>
      {manage ? (
        <>
          <AddMemberDialog
            associationId={association.id}
            defaultRegionCode={association.regionCode}
            open={adding}
            onClose={() => setAdding(false)}
          />
          <EditMembershipDialog
            associationId={association.id}
            membership={editing}
            onClose={() => setEditing(null)}
            onReload={() => void result.refetch()}
          />
        </>
      ) : null}
    </>
  );
}

function MembersOfAssociation() {
  const { associationId = '' } = useParams();
  const association = useOrganisation(associationId);
  if (association.isPending) return <LoadingState />;
  if (association.isError) {
    return <ErrorState record error={association.error} onRetry={() => void association.refetch()} />;
  }
  if (association.data.kind !== 'industry_organisation') return <NotFoundState />;
  return <Members association={association.data} />;
}

export const MembersPage = withPermission(['membership.read'], MembersOfAssociation);
