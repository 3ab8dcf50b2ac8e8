import type { MembershipLevel } from '@gongzhi/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<MembershipLevel, string> = {
  president: 'gold',
  vice_president: 'orange',
  director: 'geekblue',
  member: 'default',
};

export function LevelTag({ level }: { level: MembershipLevel }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[level]}>{t(`enums.membershipLevel.${level}`)}</Tag>;
}
