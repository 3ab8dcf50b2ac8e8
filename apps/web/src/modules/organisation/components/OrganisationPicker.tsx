import type { OrganisationKind } from '@gongzhi/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisations } from '../hooks/useOrganisations';
import { type OrganisationPickerFieldProps, OrganisationSelect } from './OrganisationSelect';

interface OrganisationPickerProps extends OrganisationPickerFieldProps {
  kind?: OrganisationKind | undefined;
  /** Search text to start with (e.g. a credit code the user already typed). */
  initialSearch?: string;
}

/** Picks an organisation the user may see, searched on the server by name or credit code. */
export function OrganisationPicker({ kind, initialSearch = '', ...rest }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(initialSearch);
  const result = useOrganisations({ q: search.trim() || undefined, kind, page: 1, pageSize: 20 });
  const fetched = (result.data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    label: organisation.name,
    code: organisation.creditCode,
  }));
  return (
    <OrganisationSelect
      {...rest}
      fetched={fetched}
      loading={result.isFetching}
      onSearch={setSearch}
      noMatch={t('common.noMatch')}
    />
  );
}
