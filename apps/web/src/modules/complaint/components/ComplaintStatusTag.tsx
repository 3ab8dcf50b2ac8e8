import type { ComplaintStatus } from '@gongzhi/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ComplaintStatus, string> = {
  received: 'gold',
  accepted: 'blue',
  with_enterprise: 'geekblue',
  enterprise_responded: 'cyan',
  mediating: 'purple',
  paused: 'orange',
  closed: 'success',
  refused: 'default',
  transferred: 'magenta',
};

export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`enums.complaintStatus.${status}`)}</Tag>;
}
