import type { MembershipStatus, OrganisationStatus, UserStatus } from '@gongzhi/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  active: 'success',
  suspended: 'warning',
  withdrawn: 'default',
  disabled: 'default',
};

type StatusTagProps =
  | { kind: 'organisation'; value: OrganisationStatus }
  | { kind: 'membership'; value: MembershipStatus }
  | { kind: 'user'; value: UserStatus };

/** A coloured status label from the i18n maps keyed by the enum values. */
export function StatusTag({ kind, value }: StatusTagProps) {
  const { t } = useTranslation();
  const label =
    kind === 'organisation'
      ? t(`enums.organisationStatus.${value as OrganisationStatus}`)
      : kind === 'membership'
        ? t(`enums.membershipStatus.${value as MembershipStatus}`)
        : t(`enums.userStatus.${value as UserStatus}`);
  return <Tag color={COLORS[value] ?? 'default'}>{label}</Tag>;
}
