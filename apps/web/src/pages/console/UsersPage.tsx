import { PlusOutlined } from '@ant-design/icons';
import type { UserDto } from '@gongzhi/contracts';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../lib/useListParams';
import { RequirePermission } from '../../modules/auth/components/RequirePermission';
import { can, hasOrganisationKind, useCurrentUser } from '../../modules/auth/hooks/currentUser';
import { OrganisationPicker } from '../../modules/organisation/components/OrganisationPicker';
import { CreateUserDialog } from '../../modules/user/components/CreateUserDialog';
import { ResetPasswordDialog } from '../../modules/user/components/ResetPasswordDialog';
import { UserTable } from '../../modules/user/components/UserTable';
import { useToggleUserStatus } from '../../modules/user/hooks/useToggleUserStatus';
import { useUsers } from '../../modules/user/hooks/useUsers';
import { ErrorState } from '../../ui/ErrorState';
import { ListToolbar } from '../../ui/ListToolbar';
import { PageHeader } from '../../ui/PageHeader';
import { SearchInput } from '../../ui/SearchInput';

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
        extra={
          manage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('user.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <ListToolbar>
          <SearchInput
            value={q}
            onSearch={(text) => list.setFilters({ q: text || undefined })}
            placeholder={t('user.searchPlaceholder')}
            style={{ width: 260, maxWidth: '100%' }}
          />
          {pickOrganisation ? (
            <OrganisationPicker
              allowClear
              placeholder={t('user.organisationFilter')}
              value={organisationId ?? null}
              onChange={(value) => list.setFilters({ organisationId: value })}
              style={{ width: 260 }}
            />
          ) : null}
        </ListToolbar>
        {result.isError ? (
          <ErrorState error={result.error} onRetry={() => void result.refetch()} />
        ) : (
          <UserTable
            data={result.data}
            loading={result.isFetching}
            filtered={Boolean(q || organisationId)}
            onPageChange={list.setPage}
            actions={
              manage
                ? { currentUserId: me.user.id, onToggleStatus: toggleStatus, onResetPassword: setResetting }
                : undefined
            }
          />
        )}
      </Card>
      {manage ? (
        <>
          <CreateUserDialog open={creating} onClose={() => setCreating(false)} />
          <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
        </>
      ) : null}
    </>
  );
}

export function UsersPage() {
  return (
    <RequirePermission anyOf={['user.read', 'user.manage']}>
      <Users />
    </RequirePermission>
  );
}
