import { MEMBERSHIP_LEVELS, type MembershipLevel } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';

export function LevelSelect(props: EnumSelectProps<MembershipLevel>) {
  const { t } = useTranslation();
  return <EnumSelect {...props} values={MEMBERSHIP_LEVELS} label={(level) => t(`enums.membershipLevel.${level}`)} />;
}
