import { ORGANISATION_KINDS, type OrganisationKind } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';

export function KindSelect(props: EnumSelectProps<OrganisationKind>) {
  const { t } = useTranslation();
  return <EnumSelect {...props} values={ORGANISATION_KINDS} label={(kind) => t(`enums.organisationKind.${kind}`)} />;
}
