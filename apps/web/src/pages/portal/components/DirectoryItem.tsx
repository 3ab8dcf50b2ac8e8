import type { PublicOrganisationDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function DirectoryItem({ organisation }: { organisation: PublicOrganisationDto }) {
  const { t } = useTranslation();
  return (
    <li className="pt-org">
      <div className="pt-org__head">
        <h3 className="pt-org__name">
          <Link to={`/directory/${organisation.id}`}>{organisation.name}</Link>
        </h3>
        <span className="pt-badge">{t(`enums.organisationKind.${organisation.kind}`)}</span>
      </div>
      <dl className="pt-org__meta">
        <div>
          <dt>{t('portal.directory.creditCode')}</dt>
          <dd className="pt-code">{organisation.creditCode}</dd>
        </div>
        <div>
          <dt>{t('portal.directory.region')}</dt>
          <dd>{organisation.regionName ?? organisation.regionCode}</dd>
        </div>
        {organisation.industryName ? (
          <div>
            <dt>{t('portal.directory.industry')}</dt>
            <dd>{organisation.industryName}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}
