import { MEMBERSHIP_STATUSES, type MembershipStatus } from '@gongzhi/contracts';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

interface MembershipStatusSelectProps {
  value?: MembershipStatus;
  onChange?: (value: MembershipStatus | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  id?: string;
  style?: CSSProperties;
}

export function MembershipStatusSelect(props: MembershipStatusSelectProps) {
  const { t } = useTranslation();
  return (
    <Select<MembershipStatus>
      {...props}
      options={MEMBERSHIP_STATUSES.map((status) => ({ value: status, label: t(`enums.membershipStatus.${status}`) }))}
    />
  );
}
