import type { PublicOrganisationDto } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { OrganisationHeading } from './OrganisationHeading';

export function DirectoryItem({ organisation }: { organisation: PublicOrganisationDto }) {
  const { t } = useTranslation();
  return (
    <li className="pt-org">
      <OrganisationHeading
        id={organisation.id}
        name={organisation.name}
        badge={t(`enums.organisationKind.${organisation.kind}`)}
      />
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
