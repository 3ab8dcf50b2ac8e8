import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText, isStatus } from '../../lib/errorText';
import { usePublicOrganisation } from '../../modules/organisation/hooks/usePublic';
import { MemberComplaintStats } from './components/MemberComplaintStats';
import { OrganisationHeading } from './components/OrganisationHeading';
import { Spinner } from './components/Spinner';
import { StateBox } from './components/StateBox';
import { CreditLinkSection } from './credit/components/CreditLinkSection';

export function OrganisationPublicPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const result = usePublicOrganisation(id);
  const back = (
    <Link to="/directory" className="pt-back">
      ← {t('portal.organisation.back')}
    </Link>
  );

  if (result.isPending) return <Spinner />;
  if (result.isError) {
    const notFound = isStatus(result.error, 400, 404);
    return (
      <>
        {back}
        <StateBox
          tone={notFound ? 'neutral' : 'error'}
          title={notFound ? t('portal.organisation.notFound') : t('errors.loadFailed')}
          text={notFound ? undefined : errorText(result.error, t)}
        />
      </>
    );
  }
  const organisation = result.data;
  return (
    <>
      {back}
      <div className="pt-detail__head">
        <h1 className="pt-detail__name">{organisation.name}</h1>
        <span className="pt-badge">{t(`enums.organisationKind.${organisation.kind}`)}</span>
      </div>
      <section className="pt-card">
        <dl className="pt-fields">
          {organisation.nameEn ? (
            <>
              <dt>{t('organisation.fields.nameEn')}</dt>
              <dd>{organisation.nameEn}</dd>
            </>
          ) : null}
          <dt>{t('portal.directory.creditCode')}</dt>
          <dd className="pt-code">{organisation.creditCode}</dd>
          <dt>{t('portal.directory.region')}</dt>
          <dd>{organisation.regionName ?? organisation.regionCode}</dd>
          {organisation.industryName || organisation.industryCode ? (
            <>
              <dt>{t('portal.directory.industry')}</dt>
              <dd>{organisation.industryName ?? organisation.industryCode}</dd>
            </>
          ) : null}
          {organisation.website ? (
            <>
              <dt>{t('portal.organisation.website')}</dt>
              <dd>
                <a href={organisation.website} target="_blank" rel="noopener noreferrer nofollow">
                  {organisation.website}
                </a>
              </dd>
            </>
          ) : null}
          {organisation.description ? (
            <>
              <dt>{t('portal.organisation.description')}</dt>
              <dd>{organisation.description}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="pt-section">
        <h2 className="pt-section__title">{t('portal.organisation.associations')}</h2>
        {organisation.associations.length === 0 ? (
          <StateBox title={t('portal.organisation.noAssociations')} />
        ) : (
          <ul className="pt-org-list">
            {organisation.associations.map((association) => (
              <li key={association.id} className="pt-org">
                <OrganisationHeading
                  id={association.id}
                  name={association.name}
                  badge={t(`enums.membershipLevel.${association.level}`)}
                  level
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      {organisation.kind === 'enterprise' ? <CreditLinkSection creditCode={organisation.creditCode} /> : null}
      {organisation.kind === 'enterprise' ? <MemberComplaintStats id={organisation.id} /> : null}
    </>
  );
}
