import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useDivisions } from '../hooks/useReference';
import { ReferenceTreeSelect } from './ReferenceTreeSelect';

interface RegionSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  allowClear?: boolean;
  placeholder?: string;
  id?: string;
  style?: CSSProperties;
}

export function RegionSelect({ placeholder, ...props }: RegionSelectProps) {
  const { t } = useTranslation();
  const divisions = useDivisions();
  return (
    <ReferenceTreeSelect
      {...props}
      items={divisions.data}
      loading={divisions.isPending}
      placeholder={placeholder ?? t('organisation.placeholders.region')}
    />
  );
}
