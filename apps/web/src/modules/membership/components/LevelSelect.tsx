import { MEMBERSHIP_LEVELS, type MembershipLevel } from '@gongzhi/contracts';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

interface LevelSelectProps {
  value?: MembershipLevel;
  onChange?: (value: MembershipLevel | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  id?: string;
  style?: CSSProperties;
}

export function LevelSelect(props: LevelSelectProps) {
  const { t } = useTranslation();
  return (
    <Select<MembershipLevel>
      {...props}
      options={MEMBERSHIP_LEVELS.map((level) => ({ value: level, label: t(`enums.membershipLevel.${level}`) }))}
    />
  );
}
