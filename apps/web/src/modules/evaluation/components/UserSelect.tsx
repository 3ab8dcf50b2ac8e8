import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userApi, userKeys } from '../../user/api/user.api';

export interface KnownUser {
  id: string;
  name: string;
}

interface Option {
  value: string;
  label: string;
}

/**
 * The accounts offered: those the server finds for the search text (when the user may list accounts),
 * after the people already known (the current assignee, the experts, oneself), each once.
 */
function useUserOptions(organisationId: string | undefined, known: readonly KnownUser[], searchable: boolean) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  /** The people chosen from earlier searches, so that a new search does not turn their names into ids. */
  const [chosen, setChosen] = useState<Option[]>([]);
  const query = { q: search.trim() || undefined, organisationId, page: 1, pageSize: 50 };
  const users = useQuery({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => userApi.list(query, signal),
    placeholderData: keepPreviousData,
    enabled: searchable,
    retry: false,
  });
  const listed = searchable && !users.isError;
  const fetched: Option[] = listed
    ? (users.data?.items ?? []).map((user) => ({ value: user.id, label: `${user.displayName} (${user.username})` }))
    : [];
  const extra: Option[] = [...known.map((person) => ({ value: person.id, label: person.name })), ...chosen].filter(
    (option, index, all) =>
      all.findIndex((other) => other.value === option.value) === index &&
      !fetched.some((other) => other.value === option.value),
  );
  const options = [...extra, ...fetched];
  return {
    props: {
      options,
      loading: listed && users.isFetching,
      notFoundContent: listed && users.isFetching ? t('common.loading') : t('common.noMatch'),
      showSearch: listed
        ? { filterOption: false, onSearch: setSearch }
        : { optionFilterProp: 'label' as const, filterOption: true },
    },
    /** Keeps the names of the chosen ids. */
    remember: (ids: readonly string[]) =>
      setChosen((before) => [
        ...before,
        ...options.filter((option) => ids.includes(option.value) && !before.some((b) => b.value === option.value)),
      ]),
  };
}

interface UserSelectProps {
  /** The organisation whose accounts are offered (any the user may see when absent). */
  organisationId?: string | undefined;
  /** People already known: offered even when the list cannot load. */
  known?: readonly KnownUser[];
  /** False when the user may not list accounts (no user.read): only the known people are offered. */
  searchable: boolean;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  loading?: boolean;
  id?: string;
  style?: CSSProperties;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** Picks one account by name (null when cleared). */
export function UserSelect({
  value,
  onChange,
  organisationId,
  known = [],
  searchable,
  loading = false,
  ...rest
}: UserSelectProps & { value?: string | null; onChange?: (value: string | null) => void }) {
  const { props, remember } = useUserOptions(organisationId, known, searchable);
  return (
    <Select<string>
      {...rest}
      {...props}
      loading={loading || props.loading}
      value={value ?? undefined}
      onChange={(next) => {
        if (next) remember([next]);
        onChange?.(next ?? null);
      }}
    />
  );
}

/** Picks several accounts (the experts of a third-party assessment). */
export function UsersSelect({
  value,
  onChange,
  organisationId,
  known = [],
  searchable,
  loading = false,
  ...rest
}: UserSelectProps & { value?: string[]; onChange?: (value: string[]) => void }) {
  const { props, remember } = useUserOptions(organisationId, known, searchable);
  return (
    <Select<string[]>
      {...rest}
      {...props}
      mode="multiple"
      loading={loading || props.loading}
      value={value ?? []}
      onChange={(next) => {
        remember(next);
        onChange?.(next);
      }}
    />
  );
}
