import { REFERRAL_KINDS, type ReferralKind } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';

export function ReferralKindSelect(props: EnumSelectProps<ReferralKind>) {
  const { t } = useTranslation();
  return <EnumSelect {...props} values={REFERRAL_KINDS} label={(value) => t(`enums.referralKind.${value}`)} />;
}
