import { Select } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMemberships } from '../../membership/hooks/useMemberships';
import { useOrganisation } from '../../organisation/hooks/useOrganisations';

interface MemberOption {
  value: string;
  label: string;
  code: string;
}

interface MemberPickerProps {
  /** Only this association's active members are offered. */
  associationId: string;
  /** The enterprise id. */
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: CSSProperties;
}

/** Picks an enterprise among the association's active members, searched on the server by name or credit code. */
export function MemberPicker({ associationId, value, onChange, placeholder, ...rest }: MemberPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<MemberOption | null>(null);
  const result = useMemberships(associationId, {
    q: search.trim() || undefined,
    status: 'active',
    page: 1,
    pageSize: 20,
  });
  const fetched: MemberOption[] = (result.data?.items ?? []).map((membership) => ({
    value: membership.enterpriseId,
    label: membership.enterpriseName,
    code: membership.enterpriseCreditCode,
  }));
  // A value from the URL or a default is not among the search results: load its name rather than show its id.
  const missing = value && chosen?.value !== value && !fetched.some((o) => o.value === value) ? value : undefined;
  const preset = useOrganisation(missing);
  const presetOption: MemberOption | null =
    missing && preset.data ? { value: preset.data.id, label: preset.data.name, code: preset.data.creditCode } : null;
  const extra = [chosen, presetOption].filter(
    (o): o is MemberOption => o !== null && !fetched.some((f) => f.value === o.value),
  );
  const options = [...extra, ...fetched];
  return (
    <Select<string, MemberOption>
      {...rest}
      placeholder={placeholder ?? t('creditConsole.records.memberSearch')}
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
      notFoundContent={result.isFetching ? t('common.loading') : t('creditConsole.records.noMembers')}
    />
  );
}
