import type { OrganisationKind } from '@gongzhi/contracts';
import { Select } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisation, useOrganisations } from '../hooks/useOrganisations';

interface PickerOption {
  value: string;
  label: string;
  code: string;
}

interface OrganisationPickerProps {
  kind?: OrganisationKind | undefined;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: CSSProperties;
  /** Search text to start with (e.g. a credit code the user already typed). */
  initialSearch?: string;
}

/** Picks an organisation the user may see, searched on the server by name or credit code. */
export function OrganisationPicker({ kind, value, onChange, initialSearch = '', ...rest }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(initialSearch);
  const [chosen, setChosen] = useState<PickerOption | null>(null);
  const result = useOrganisations({ q: search.trim() || undefined, kind, page: 1, pageSize: 20 });
  const fetched: PickerOption[] = (result.data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    label: organisation.name,
    code: organisation.creditCode,
  }));
  // A value set from outside (a default, an edit form) is not among the search results: load it so the
  // picker shows its name rather than its id.
  const missing = value && chosen?.value !== value && !fetched.some((o) => o.value === value) ? value : undefined;
  const preset = useOrganisation(missing);
  const presetOption: PickerOption | null =
    missing && preset.data ? { value: preset.data.id, label: preset.data.name, code: preset.data.creditCode } : null;
  const extra = [chosen, presetOption].filter(
    (o): o is PickerOption => o !== null && !fetched.some((f) => f.value === o.value),
  );
  const options = [...extra, ...fetched];

  return (
    <Select<string, PickerOption>
      {...rest}
      value={value ?? undefined}
      onChange={(next, option) => {
        setChosen(option && !Array.isArray(option) ? option : null);
        onChange?.(next);
      }}
      loading={result.isFetching}
      options={options}
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          <div style={{ fontSize: 12, opacity: 0.6, fontFamily: 'monospace' }}>{option.data.code}</div>
        </div>
      )}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={result.isFetching ? t('common.loading') : t('common.noMatch')}
    />
  );
}
