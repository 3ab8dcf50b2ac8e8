import {
  IMPROVEMENT_ACTION_STATUSES,
  type ImprovementActionDto,
  type ImprovementActionStatus,
} from '@gongzhi/contracts';
import { Checkbox, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { ActionDialog } from '../../../modules/evaluation/components/ActionDialog';
import { type ActionMode, ActionTable } from '../../../modules/evaluation/components/ActionTable';
import { useEvaluationScope } from '../../../modules/evaluation/components/useEvaluationScope';
import { useImprovementActions } from '../../../modules/evaluation/hooks/useImprovementActions';
import { OrganisationPicker } from '../../../modules/organisation/components/OrganisationPicker';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['status', 'overdue', 'organisationId', 'assessmentId'] as const;

/**
 * /console/evaluation/actions — the improvement actions of final assessments (R-PDCA-4): the
 * association analyses, decides, carries out and verifies; the regulator follows them.
 */
function ImprovementActions() {
  const { t } = useTranslation();
  const scope = useEvaluationScope();
  const list = useListParams(FILTERS);
  const [editing, setEditing] = useState<{ action: ImprovementActionDto; mode: ActionMode } | null>(null);
  const status = (IMPROVEMENT_ACTION_STATUSES as readonly (string | undefined)[]).includes(list.filters.status)
    ? (list.filters.status as ImprovementActionStatus)
    : undefined;
  const overdue = list.filters.overdue === 'true' ? true : undefined;
  const result = useImprovementActions({
    status,
    overdue,
    organisationId: scope.regulator ? list.filters.organisationId : undefined,
    assessmentId: list.filters.assessmentId,
    page: list.page,
    pageSize: list.pageSize,
  });

  return (
    <>
      <PageHeader title={t('evaluationConsole.actions.title')} subtitle={t('evaluationConsole.actions.lead')} />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
            <EnumSelect<ImprovementActionStatus>
              values={IMPROVEMENT_ACTION_STATUSES}
              label={(value) => t(`evaluationConsole.enums.actionStatus.${value}`)}
              style={{ width: 160 }}
              aria-label={t('evaluationConsole.actions.filters.status')}
              {...list.filterProps<ImprovementActionStatus>('status', t('evaluationConsole.actions.filters.status'))}
              value={status}
            />
            {scope.regulator ? (
              <OrganisationPicker
                kind="industry_organisation"
                style={{ width: 280, maxWidth: '100%' }}
                {...list.filterProps('organisationId', t('evaluationConsole.actions.fields.organisation'))}
              />
            ) : null}
            <Checkbox
              checked={overdue === true}
              onChange={(event) => list.setFilters({ overdue: event.target.checked ? 'true' : undefined })}
              data-testid="actions-overdue"
            >
              {t('evaluationConsole.actions.filters.overdue')}
            </Checkbox>
          </Flex>
        }
      >
        {(table) => (
          <ActionTable
            {...table}
            editable={scope.canAssess}
            showOrganisation={scope.regulator}
            onAction={(action, mode) => setEditing({ action, mode })}
          />
        )}
      </ListCard>
      {scope.canAssess ? (
        <ActionDialog editing={editing} canListUsers={scope.canListUsers} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}

export const ImprovementActionsPage = withPermission(['evaluation.read'], ImprovementActions);
