import { ASSESSMENT_KINDS, ASSESSMENT_STATUSES, type AssessmentKind, type AssessmentStatus } from '@gongzhi/contracts';
import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { AssessmentCreateDialog } from '../../../modules/evaluation/components/AssessmentCreateDialog';
import { AssessmentTable } from '../../../modules/evaluation/components/AssessmentTable';
import { useEvaluationScope } from '../../../modules/evaluation/components/useEvaluationScope';
import { useAssessments } from '../../../modules/evaluation/hooks/useAssessments';
import { OrganisationPicker } from '../../../modules/organisation/components/OrganisationPicker';
import { AddButton } from '../../../ui/AddButton';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['status', 'kind', 'organisationId'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return (values as readonly (string | undefined)[]).includes(value) ? (value as T) : undefined;
}

/**
 * /console/evaluation/assessments — the assessments the user may see: an association its own, the
 * regulator those it opened (filtered by organisation), an expert those that name them.
 */
function Assessments() {
  const { t } = useTranslation();
  const scope = useEvaluationScope();
  const list = useListParams(FILTERS);
  const [creating, setCreating] = useState(false);
  const status = oneOf<AssessmentStatus>(ASSESSMENT_STATUSES, list.filters.status);
  const kind = oneOf<AssessmentKind>(ASSESSMENT_KINDS, list.filters.kind);
  const organisationId = scope.regulator ? list.filters.organisationId : undefined;
  const result = useAssessments({ status, kind, organisationId, page: list.page, pageSize: list.pageSize });
  const canCreate = scope.canAssess && scope.kinds.length > 0;

  return (
    <>
      <PageHeader
        title={t('evaluationConsole.assessments.title')}
        subtitle={t('evaluationConsole.assessments.lead')}
        extra={
          canCreate ? (
            <span data-testid="assessment-create">
              <AddButton onClick={() => setCreating(true)}>{t('evaluationConsole.assessments.create')}</AddButton>
            </span>
          ) : null
        }
      />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <EnumSelect<AssessmentStatus>
              values={ASSESSMENT_STATUSES}
              label={(value) => t(`evaluationConsole.enums.status.${value}`)}
              style={{ width: 160 }}
              aria-label={t('evaluationConsole.assessments.filters.status')}
              {...list.filterProps<AssessmentStatus>('status', t('evaluationConsole.assessments.filters.status'))}
              value={status}
            />
            <EnumSelect<AssessmentKind>
              values={ASSESSMENT_KINDS}
              label={(value) => t(`evaluationConsole.enums.kind.${value}`)}
              style={{ width: 180 }}
              aria-label={t('evaluationConsole.assessments.filters.kind')}
              {...list.filterProps<AssessmentKind>('kind', t('evaluationConsole.assessments.filters.kind'))}
              value={kind}
            />
            {scope.regulator ? (
              <OrganisationPicker
                kind="industry_organisation"
                style={{ width: 280, maxWidth: '100%' }}
                {...list.filterProps('organisationId', t('evaluationConsole.assessments.filters.organisation'))}
              />
            ) : null}
          </Flex>
        }
      >
        {(table) => <AssessmentTable {...table} />}
      </ListCard>
      {canCreate ? <AssessmentCreateDialog open={creating} scope={scope} onClose={() => setCreating(false)} /> : null}
    </>
  );
}

export const AssessmentsPage = withPermission(['evaluation.read'], Assessments);
