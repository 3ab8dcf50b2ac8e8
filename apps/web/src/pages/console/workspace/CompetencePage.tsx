import type { CompetenceDto } from '@gongzhi/contracts';
import { Button, Card, Flex, Rate, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CompetenceDialog } from '../../../modules/plan/dialogs';
import { useCompetence, usePlanOptions } from '../../../modules/plan/hooks';
import { useWorkspaceOrg } from '../../../modules/workspace/useWorkspaceOrg';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';

/** /console/workspace/competence — evaluations of the work team's competence (§7.3), internal or by experts. */
function Competence() {
  const { t } = useTranslation();
  const org = useWorkspaceOrg();
  const [adding, setAdding] = useState(false);
  const options = usePlanOptions(org.organisationId, org.ready);
  const list = useCompetence(org.organisationId, org.ready);
  const columns: TableColumnsType<CompetenceDto> = [
    { key: 'title', title: t('planConsole.competence.fields.title'), dataIndex: 'title' },
    { key: 'heldOn', title: t('planConsole.competence.fields.heldOn'), dataIndex: 'heldOn' },
    {
      key: 'evaluator',
      title: t('planConsole.competence.fields.evaluator'),
      render: (_, row) =>
        `${t(`planConsole.enums.evaluator.${row.evaluator}`)}${row.expertName ? ` · ${row.expertName}` : ''}`,
    },
    {
      key: 'rating',
      title: t('planConsole.competence.fields.rating'),
      render: (_, row) => <Rate disabled value={row.rating} style={{ fontSize: 14 }} />,
    },
    { key: 'findings', title: t('planConsole.competence.fields.findings'), dataIndex: 'findings', responsive: ['md'] },
    {
      key: 'recommendations',
      title: t('planConsole.competence.fields.recommendations'),
      dataIndex: 'recommendations',
      responsive: ['lg'],
    },
  ];
  return (
    <>
      <PageHeader
        title={t('planConsole.competence.title')}
        subtitle={t('planConsole.competence.lead')}
        extra={
          options.data?.canManage ? (
            <Button type="primary" onClick={() => setAdding(true)} data-testid="competence-add">
              {t('planConsole.competence.add')}
            </Button>
          ) : null
        }
      />
      {org.picker ? <Flex style={{ marginBottom: 16 }}>{org.picker}</Flex> : null}
      <Card>
        {!org.ready ? (
          <EmptyState description={t('planConsole.common.chooseAssociation')} />
        ) : list.error ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<CompetenceDto>
            rowKey="id"
            columns={columns}
            dataSource={list.data ?? []}
            loading={list.isLoading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState /> }}
          />
        )}
      </Card>
      <CompetenceDialog open={adding} onClose={() => setAdding(false)} options={options.data} />
    </>
  );
}

export const CompetencePage = withPermission(['workspace.read'], Competence);
