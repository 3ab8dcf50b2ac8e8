import type { PublicOrganisationDto } from '@gongzhi/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchText } from '../../../lib/useSearchText';
import { usePublicOrganisations } from '../../../modules/organisation/hooks/usePublic';
import { fieldAria } from './FormField';

interface EnterpriseSearchProps {
  id: string;
  error: string | undefined;
  /** A result was picked (its detail, with associations, is loaded by the form). */
  onPick: (organisation: PublicOrganisationDto) => void;
  /** The consumer gives up searching and types the name. */
  onTypeInstead: (typed: string) => void;
}

/** Search-as-you-type over the published member enterprises (name or credit code). */
export function EnterpriseSearch({ id, error, onPick, onTypeInstead }: EnterpriseSearchProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useSearchText(q, setQ);
  const result = usePublicOrganisations({ q: q || undefined, kind: 'enterprise', page: 1, pageSize: 8 }, q.length > 0);
  const items = q ? (result.data?.items ?? []) : [];

  return (
    <>
      <input
        {...fieldAria(id, error, true)}
        className="pt-input"
        type="search"
        autoComplete="off"
        maxLength={50}
        placeholder={t('portal.intake.enterpriseSearch')}
        value={search.value}
        onChange={search.onChange}
        onCompositionStart={search.onCompositionStart}
        onCompositionEnd={search.onCompositionEnd}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            search.submit();
          }
        }}
      />
      {q ? (
        <ul className="pt-suggest" aria-label={t('portal.intake.enterprise')} aria-busy={result.isFetching}>
          {items.map((organisation) => (
            <li key={organisation.id}>
              <button type="button" className="pt-suggest__option" onClick={() => onPick(organisation)}>
                {organisation.name}
                <span className="pt-suggest__meta">
                  {organisation.creditCode}
                  {organisation.regionName ? ` · ${organisation.regionName}` : ''}
                </span>
              </button>
            </li>
          ))}
          {items.length === 0 ? (
            <li className="pt-suggest__empty">
              {result.isFetching ? t('portal.intake.searching') : t('portal.intake.noEnterprise')}
            </li>
          ) : null}
        </ul>
      ) : null}
      <button type="button" className="pt-link-button" onClick={() => onTypeInstead(search.value.trim())}>
        {t('portal.intake.useTyped')}
      </button>
    </>
  );
}
