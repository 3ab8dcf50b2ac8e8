import { LIMITS } from '@gongzhi/contracts';
import type { ReactNode, SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchText } from '../../../../lib/useSearchText';

interface CreditSearchFormProps {
  id: string;
  /** The search box's accessible name (also its placeholder). */
  label: string;
  q: string | undefined;
  onSearch: (q: string | undefined) => void;
  /** Filters shown after the search box (labelled selects). */
  children?: ReactNode;
}

/** A search box that searches as one types (after a pause, not mid-pinyin), with optional filters. */
export function CreditSearchForm({ id, label, q, onSearch, children }: CreditSearchFormProps) {
  const { t } = useTranslation();
  const search = useSearchText(q, (text) => onSearch(text || undefined));
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    search.submit();
  };
  return (
    <search>
      <form className="pt-toolbar" aria-label={t('common.search')} onSubmit={submit}>
        <label className="gz-visually-hidden" htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          className="pt-input"
          type="search"
          autoComplete="off"
          maxLength={LIMITS.searchMax}
          placeholder={label}
          value={search.value}
          onChange={search.onChange}
          onCompositionStart={search.onCompositionStart}
          onCompositionEnd={search.onCompositionEnd}
        />
        {children}
        <button type="submit" className="pt-button pt-button--primary">
          {t('common.search')}
        </button>
      </form>
    </search>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  allLabel: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
}

/** A labelled filter of a credit list; the empty choice removes the filter. */
export function FilterSelect({ id, label, allLabel, value, options, onChange }: FilterSelectProps) {
  return (
    <>
      <label className="gz-visually-hidden" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="pt-select"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
}
