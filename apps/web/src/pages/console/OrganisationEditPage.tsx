import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { OrganisationForm } from '../../modules/organisation/components/OrganisationForm';
import { toFormValues, toUpdateBody } from '../../modules/organisation/components/organisationFormValues';
import { useOrganisation } from '../../modules/organisation/hooks/useOrganisations';
import { useUpdateOrganisation } from '../../modules/organisation/hooks/useSaveOrganisation';
import { ErrorState, ForbiddenState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';

export function OrganisationEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const result = useOrganisation(id);
  const update = useUpdateOrganisation(id);
  const detailPath = `/console/organisations/${id}`;

  if (result.isPending) return <LoadingState />;
  if (result.isError) return <ErrorState record error={result.error} onRetry={() => void result.refetch()} />;
  const organisation = result.data;
  if (!organisation.abilities.update) return <ForbiddenState />;

  return (
    <>
      <PageHeader title={t('organisation.editTitle')} subtitle={organisation.name} backTo={detailPath} />
      <OrganisationForm
        key={organisation.version}
        mode="edit"
        initialValues={toFormValues(organisation)}
        submitting={update.isPending}
        error={update.error}
        onCancel={() => navigate(detailPath)}
        onReload={() => {
          update.reset();
          void result.refetch();
        }}
        onSubmit={(values) =>
          update.mutate(toUpdateBody(values, organisation.version), {
            onSuccess: () => {
              void message.success(t('common.saved'));
              navigate(detailPath);
            },
          })
        }
      />
    </>
  );
}
