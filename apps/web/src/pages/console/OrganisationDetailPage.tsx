import { EditOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { can, canBrowseOrganisations, hasOrganisationKind, useCurrentUser } from '../../modules/auth/hooks/currentUser';
import { MembershipList } from '../../modules/membership/components/MembershipList';
import { KindTag } from '../../modules/organisation/components/KindTag';
import { OrganisationDescriptions } from '../../modules/organisation/components/OrganisationDescriptions';
import { useOrganisation, useOrganisationMemberships } from '../../modules/organisation/hooks/useOrganisations';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';

function EnterpriseMemberships({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const memberships = useOrganisationMemberships(id);
  return (
    <Card title={t('organisation.membershipsTitle')}>
      {memberships.isError ? (
        <ErrorState error={memberships.error} onRetry={() => void memberships.refetch()} />
      ) : (
        <MembershipList
          memberships={memberships.data}
          loading={memberships.isPending}
          linkAssociations={hasOrganisationKind(me, 'regulator')}
        />
      )}
    </Card>
  );
}

export function OrganisationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const result = useOrganisation(id);

  if (result.isPending) return <LoadingState />;
  if (result.isError) return <ErrorState record error={result.error} onRetry={() => void result.refetch()} />;
  const organisation = result.data;
  const isAssociation = organisation.kind === 'industry_organisation';
  const showMembers = isAssociation && (organisation.abilities.manageMembers || can(me, 'membership.read'));

  return (
    <>
      <PageHeader
        title={organisation.name}
        tags={<KindTag kind={organisation.kind} />}
        backTo={canBrowseOrganisations(me) ? '/console/organisations' : undefined}
        extra={
          <>
            {showMembers ? (
              <Button
                icon={<TeamOutlined />}
                onClick={() => navigate(`/console/associations/${organisation.id}/members`)}
              >
                {t('organisation.membersButton')}
              </Button>
            ) : null}
            {organisation.abilities.update ? (
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => navigate(`/console/organisations/${organisation.id}/edit`)}
              >
                {t('common.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('organisation.basicInfo')}>
          <OrganisationDescriptions organisation={organisation} />
        </Card>
        {organisation.kind === 'enterprise' && can(me, 'membership.read') ? (
          <EnterpriseMemberships id={organisation.id} />
        ) : null}
      </Flex>
    </>
  );
}
