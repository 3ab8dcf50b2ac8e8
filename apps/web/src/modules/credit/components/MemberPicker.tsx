import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMemberships } from '../../membership/hooks/useMemberships';
import {
  type OrganisationPickerFieldProps,
  OrganisationSelect,
} from '../../organisation/components/OrganisationSelect';

interface MemberPickerProps extends OrganisationPickerFieldProps {
  /** Only this association's active members are offered. */
  associationId: string;
}

/** Picks an enterprise among the association's active members, searched on the server by name or credit code. */
export function MemberPicker({ associationId, placeholder, ...rest }: MemberPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const result = useMemberships(associationId, {
    q: search.trim() || undefined,
    status: 'active',
    page: 1,
    pageSize: 20,
  });
  const fetched = (result.data?.items ?? []).map((membership) => ({
    value: membership.enterpriseId,
    label: membership.enterpriseName,
    code: membership.enterpriseCreditCode,
  }));
  return (
    <OrganisationSelect
      {...rest}
      placeholder={placeholder ?? t('creditConsole.records.memberSearch')}
      fetched={fetched}
      loading={result.isFetching}
      onSearch={setSearch}
      noMatch={t('creditConsole.records.noMembers')}
    />
  );
}
