import { Select } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../hooks/useOrganisations';

export interface OrganisationOption {
  /** The organisation's id. */
  value: string;
  label: string;
  /** Its unified social credit code. */
  code: string;
}

/** The props a form or a filter gives an organisation picker. */
export interface OrganisationPickerFieldProps {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: CSSProperties;
}

interface OrganisationSelectProps extends OrganisationPickerFieldProps {
  /** The organisations the server found for the search text. */
  fetched: OrganisationOption[];
  loading: boolean;
  onSearch: (text: string) => void;
  /** Said when the search finds nothing. */
  noMatch: string;
}

/**
 * A select of organisations (name over credit code) searched on the server. The chosen one stays
 * among the options when a new search leaves it out, and a value set from outside (a default, the URL,
 * an edit form) is loaded so that the select shows its name rather than its id.
 */
export function OrganisationSelect({
  fetched,
  loading,
  onSearch,
  noMatch,
  value,
  onChange,
  ...rest
}: OrganisationSelectProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<OrganisationOption | null>(null);
  const missing = value && chosen?.value !== value && !fetched.some((o) => o.value === value) ? value : undefined;
  const preset = useOrganisation(missing);
  const presetOption: OrganisationOption | null =
    missing && preset.data ? { value: preset.data.id, label: preset.data.name, code: preset.data.creditCode } : null;
  const extra = [chosen, presetOption].filter(
    (o): o is OrganisationOption => o !== null && !fetched.some((f) => f.value === o.value),
  );
  const options = [...extra, ...fetched];

  return (
    <Select<string, OrganisationOption>
      {...rest}
      value={value ?? undefined}
      onChange={(next, option) => {
        setChosen(option && !Array.isArray(option) ? option : null);
        onChange?.(next);
      }}
      loading={loading}
      options={options}
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          <div style={{ fontSize: 12, opacity: 0.6, fontFamily: 'monospace' }}>{option.data.code}</div>
        </div>
      )}
      showSearch={{ filterOption: false, onSearch }}
      notFoundContent={loading ? t('common.loading') : noMatch}
    />
  );
}
