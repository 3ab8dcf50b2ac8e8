import { MEMBERSHIP_STATUSES, type MembershipStatus } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';

export function MembershipStatusSelect(props: EnumSelectProps<MembershipStatus>) {
  const { t } = useTranslation();
  return (
    <EnumSelect {...props} values={MEMBERSHIP_STATUSES} label={(status) => t(`enums.membershipStatus.${status}`)} />
  );
}
