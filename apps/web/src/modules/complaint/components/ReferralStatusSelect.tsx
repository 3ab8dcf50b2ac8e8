import { REFERRAL_STATUSES, type ReferralStatus } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';

export function ReferralStatusSelect(props: EnumSelectProps<ReferralStatus>) {
  const { t } = useTranslation();
  return <EnumSelect {...props} values={REFERRAL_STATUSES} label={(value) => t(`enums.referralStatus.${value}`)} />;
}
