import type { OrganisationKind } from '@gongzhi/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<OrganisationKind, string> = {
  regulator: 'red',
  industry_organisation: 'blue',
  enterprise: 'green',
  testing_body: 'purple',
  certification_body: 'purple',
  research: 'cyan',
  media: 'orange',
  other: 'default',
};

export function KindTag({ kind }: { kind: OrganisationKind }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[kind]}>{t(`enums.organisationKind.${kind}`)}</Tag>;
}
