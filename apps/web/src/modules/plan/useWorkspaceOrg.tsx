import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OrganisationPicker } from '../organisation/components/OrganisationPicker';
import { useIsRegulator } from './hooks';

/**
 * Whose workspace the page shows: an association's people see their own; a regulator picks an
 * association of its region (kept in the address as `?org=`).
 */
export function useWorkspaceOrg() {
  const { t } = useTranslation();
  const regulator = useIsRegulator();
  const [params, setParams] = useSearchParams();
  const organisationId = regulator ? (params.get('org') ?? undefined) : undefined;
  const picker = regulator ? (
    <OrganisationPicker
      kind="industry_organisation"
      value={organisationId ?? null}
      placeholder={t('planConsole.common.chooseAssociation')}
      style={{ width: 320, maxWidth: '100%' }}
      onChange={(value) =>
        setParams(
          (current) => {
            const next = new URLSearchParams(current);
            if (value) next.set('org', value);
            else next.delete('org');
            return next;
          },
          { replace: true },
        )
      }
    />
  ) : null;
  /** a regulator must choose first */
  const ready = !regulator || organisationId !== undefined;
  return { regulator, organisationId, picker, ready };
}
