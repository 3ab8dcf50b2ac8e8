import { ORGANISATION_KINDS } from '@gongzhi/contracts';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchText } from '../../../lib/useSearchText';

interface DirectorySearchProps {
  q: string | undefined;
  kind: string | undefined;
  onChange: (changes: { q?: string | undefined; kind?: string | undefined }) => void;
}

export function DirectorySearch({ q, kind, onChange }: DirectorySearchProps) {
  const { t } = useTranslation();
  const search = useSearchText(q, (text) => onChange({ q: text || undefined }));
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    search.submit();
  };
  return (
    <form className="pt-toolbar" aria-label={t('common.search')} onSubmit={submit}>
      <label className="gz-visually-hidden" htmlFor="directory-q">
        {t('common.search')}
      </label>
      <input
        id="directory-q"
        className="pt-input"
        type="search"
        maxLength={50}
        placeholder={t('common.searchPlaceholder')}
        value={search.value}
        onChange={search.onChange}
        onCompositionStart={search.onCompositionStart}
        onCompositionEnd={search.onCompositionEnd}
      />
      <label className="gz-visually-hidden" htmlFor="directory-kind">
        {t('portal.directory.kindFilter')}
      </label>
      <select
        id="directory-kind"
        className="pt-select"
        value={kind ?? ''}
        onChange={(event) => onChange({ kind: event.target.value || undefined })}
      >
        <option value="">{t('portal.directory.allKinds')}</option>
        {ORGANISATION_KINDS.map((value) => (
          <option key={value} value={value}>
            {t(`enums.organisationKind.${value}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="pt-button pt-button--primary">
        {t('common.search')}
      </button>
    </form>
  );
}
