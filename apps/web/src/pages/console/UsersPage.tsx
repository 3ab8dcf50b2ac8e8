import type { UserDto } from '@gongzhi/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../lib/useListParams';
import { withPermission } from '../../modules/auth/components/RequirePermission';
import { can, hasOrganisationKind, useCurrentUser } from '../../modules/auth/hooks/currentUser';
import { OrganisationPicker } from '../../modules/organisation/components/OrganisationPicker';
import { CreateUserDialog } from '../../modules/user/components/CreateUserDialog';
import { ResetPasswordDialog } from '../../modules/user/components/ResetPasswordDialog';
import { UserTable } from '../../modules/user/components/UserTable';
import { useToggleUserStatus } from '../../modules/user/hooks/useToggleUserStatus';
import { useUsers } from '../../modules/user/hooks/useUsers';
import { AddButton } from '../../ui/AddButton';
import { ListCard } from '../../ui/ListCard';
import { ListToolbar } from '../../ui/ListToolbar';
import { PageHeader } from '../../ui/PageHeader';

const FILTERS = ['q', 'organisationId'] as const;

function Users() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const list = useListParams(FILTERS);
  const { q, organisationId } = list.filters;
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserDto | null>(null);
  const toggleStatus = useToggleUserStatus();
  const result = useUsers({ q, organisationId, page: list.page, pageSize: list.pageSize });
  const manage = can(me, 'user.manage');
  const pickOrganisation = hasOrganisationKind(me, 'regulator', 'industry_organisation');

  return (
    <>
      <PageHeader
        title={t('user.title')}
        subtitle={t('user.lead')}
        extra={manage ? <AddButton onClick={() => setCreating(true)}>{t('user.create')}</AddButton> : null}
      />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <ListToolbar list={list} searchPlaceholder={t('user.searchPlaceholder')} searchWidth={260}>
            {pickOrganisation ? (
              <OrganisationPicker
                style={{ width: 260 }}
                {...list.filterProps('organisationId', t('user.organisationFilter'))}
              />
            ) : null}
          </ListToolbar>
        }
      >
        {(table) => (
          <UserTable
            {...table}
            actions={
              manage
                ? { currentUserId: me.user.id, onToggleStatus: toggleStatus, onResetPassword: setResetting }
                : undefined
            }
          />
        )}
      </ListCard>
      {manage ? (
        <>
          <CreateUserDialog open={creating} onClose={() => setCreating(false)} />
          <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
        </>
      ) : null}
    </>
  );
}

export const UsersPage = withPermission(['user.read', 'user.manage'], Users);
