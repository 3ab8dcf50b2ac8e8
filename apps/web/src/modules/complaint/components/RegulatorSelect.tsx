import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublicOrganisations } from '../../organisation/hooks/usePublic';

interface RegulatorSelectProps {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  id?: string;
  style?: CSSProperties;
}

/**
 * The market regulators a case can go to, from the public directory: an association may not browse
 * the register (it sees itself and its members), but every published regulator is public.
 */
export function RegulatorSelect({ value, onChange, ...rest }: RegulatorSelectProps) {
  const { t } = useTranslation();
  const result = usePublicOrganisations({ kind: 'regulator', page: 1, pageSize: 100 });
  return (
    <Select<string>
      {...rest}
      value={value ?? undefined}
      onChange={onChange}
      loading={result.isFetching}
      showSearch={{ optionFilterProp: 'label' }}
      options={(result.data?.items ?? []).map((regulator) => ({ value: regulator.id, label: regulator.name }))}
      notFoundContent={result.isFetching ? t('common.loading') : t('common.noMatch')}
    />
  );
}
