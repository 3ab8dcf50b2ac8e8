import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { withPermission } from '../../modules/auth/components/RequirePermission';
import { useCurrentUser } from '../../modules/auth/hooks/currentUser';
import { OrganisationForm } from '../../modules/organisation/components/OrganisationForm';
import { toCreateBody } from '../../modules/organisation/components/organisationFormValues';
import { useCreateOrganisation } from '../../modules/organisation/hooks/useSaveOrganisation';
import { PageHeader } from '../../ui/PageHeader';

function CreateOrganisation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const create = useCreateOrganisation();
  const me = useCurrentUser();
  // A new organisation is most often in the user's own region.
  const regionCode = me.organisations[0]?.regionCode;
  return (
    <>
      <PageHeader title={t('organisation.createTitle')} backTo="/console/organisations" />
      <OrganisationForm
        mode="create"
        initialValues={{ published: true, regionCode }}
        submitting={create.isPending}
        error={create.error}
        onCancel={() => navigate('/console/organisations')}
        onSubmit={(values) =>
          create.mutate(toCreateBody(values), {
            onSuccess: (created) => {
              void message.success(t('common.created'));
              navigate(`/console/organisations/${created.id}`, { replace: true });
            },
          })
        }
      />
    </>
  );
}

export const OrganisationCreatePage = withPermission(['organisation.create'], CreateOrganisation);
