import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can, organisationsOfKind, useCurrentUser } from '../auth/hooks/currentUser';
import { OrganisationPicker } from '../organisation/components/OrganisationPicker';

export interface WorkspaceOrg {
  /** The association whose workspace is shown: the user's own, or the one a regulator picked (none yet: undefined). */
  organisationId: string | undefined;
  /** A regulator reads the associations of its region, one at a time. */
  regulator: boolean;
  /** The association is known (a regulator has picked one). */
  ready: boolean;
  /** The user's own association, with workspace.manage: it may change the records. */
  canManage: boolean;
  /** The association picker (regulators only); the choice is kept in the address as `?org=`. */
  picker: React.ReactNode;
}

/** Whose workspace a page shows (issue #7): the user's association, or the association a regulator picks. */
export function useWorkspaceOrg(): WorkspaceOrg {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [own] = organisationsOfKind(me, 'industry_organisation');
  const regulator = !own && organisationsOfKind(me, 'regulator').length > 0;
  const [params, setParams] = useSearchParams();
  const picked = regulator ? (params.get('org') ?? undefined) : undefined;
  const organisationId = own?.id ?? picked;
  const picker = regulator ? (
    <span data-testid="workspace-association" style={{ display: 'inline-block', width: 320, maxWidth: '100%' }}>
      <OrganisationPicker
        kind="industry_organisation"
        value={picked ?? null}
        placeholder={t('common.chooseAssociation')}
        style={{ width: '100%' }}
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
    </span>
  ) : null;
  return {
    organisationId,
    regulator,
    ready: organisationId !== undefined,
    canManage: Boolean(own) && can(me, 'workspace.manage'),
    picker,
  };
}
