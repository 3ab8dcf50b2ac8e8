import { ORGANISATION_KINDS, type OrganisationKind } from '@gongzhi/contracts';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

interface KindSelectProps {
  value?: OrganisationKind | null;
  onChange?: (value: OrganisationKind | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  disabled?: boolean;
  id?: string;
  style?: CSSProperties;
}

export function KindSelect({ value, ...props }: KindSelectProps) {
  const { t } = useTranslation();
  return (
    <Select<OrganisationKind>
      {...props}
      value={value ?? undefined}
      options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`enums.organisationKind.${kind}`) }))}
    />
  );
}
