import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { withPermission } from '../../modules/auth/components/RequirePermission';
import { organisationsOfKind, useCurrentUser } from '../../modules/auth/hooks/currentUser';
import { MembershipList } from '../../modules/membership/components/MembershipList';
import { useOrganisationMemberships } from '../../modules/organisation/hooks/useOrganisations';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { PageHeader } from '../../ui/PageHeader';

function OwnMemberships() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [enterprise] = organisationsOfKind(me, 'enterprise');
  const memberships = useOrganisationMemberships(enterprise?.id);
  return (
    <>
      <PageHeader title={t('membership.ownTitle')} subtitle={enterprise ? enterprise.name : t('membership.ownLead')} />
      <Card>
        {!enterprise ? (
          <EmptyState description={t('dashboard.noOrganisation')} />
        ) : memberships.isError ? (
          <ErrorState error={memberships.error} onRetry={() => void memberships.refetch()} />
        ) : (
          <MembershipList memberships={memberships.data} loading={memberships.isPending} />
        )}
      </Card>
    </>
  );
}

export const OwnMembershipsPage = withPermission(['membership.read'], OwnMemberships);
