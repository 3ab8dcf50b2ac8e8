import type { ComplaintKind } from '@gongzhi/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function ComplaintKindTag({ kind }: { kind: ComplaintKind }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'complaint' ? 'volcano' : 'default'}>{t(`enums.complaintKind.${kind}`)}</Tag>;
}
