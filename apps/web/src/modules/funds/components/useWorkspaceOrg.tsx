import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, organisationsOfKind, useCurrentUser } from '../../auth/hooks/currentUser';
import { useOrganisations } from '../../organisation/hooks/useOrganisations';

export interface WorkspaceOrg {
  /** The association whose records are shown (undefined: a regulator has not chosen one yet). */
  organisationId: string | undefined;
  /** The user's own association: it may change the records. */
  canManage: boolean;
  regulator: boolean;
  /** The association selector (regulators only). */
  selector: React.ReactNode;
}

/** Whose funds and resources the page shows: the user's association, or the one a regulator picks. */
export function useWorkspaceOrg(): WorkspaceOrg {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [own] = organisationsOfKind(me, 'industry_organisation');
  const regulator = !own && organisationsOfKind(me, 'regulator').length > 0;
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const associations = useOrganisations({ kind: 'industry_organisation', pageSize: 100 }, regulator);
  const options = (associations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  const organisationId = own ? own.id : (picked ?? options[0]?.value);
  return {
    organisationId,
    canManage: Boolean(own) && can(me, 'workspace.manage'),
    regulator,
    selector: regulator ? (
      <Select
        data-testid="workspace-association"
        aria-label={t('fundsConsole.common.association')}
        style={{ minWidth: 240, maxWidth: '100%' }}
        loading={associations.isLoading}
        value={organisationId}
        options={options}
        onChange={setPicked}
        showSearch={{ optionFilterProp: 'label' }}
      />
    ) : null,
  };
}
