import {
  ENVIRONMENT_CATEGORIES,
  ENVIRONMENT_KINDS,
  type EnvironmentCategory,
  type EnvironmentFactorDto,
  type EnvironmentKind,
} from '@gongzhi/contracts';
import { Button, Card, Flex, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { planApi } from '../../../modules/plan/api';
import { FactorDialog } from '../../../modules/plan/dialogs';
import { useEnvironment, usePlanMutation, usePlanOptions } from '../../../modules/plan/hooks';
import { useWorkspaceOrg } from '../../../modules/workspace/useWorkspaceOrg';
import { EmptyState } from '../../../ui/EmptyState';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';

/** /console/workspace/environment — external factors (§6.1) and internal enablers (§6.2), linked to plans and goals. */
function Environment() {
  const { t } = useTranslation();
  const org = useWorkspaceOrg();
  const [kind, setKind] = useState<EnvironmentKind | undefined>();
  const [category, setCategory] = useState<EnvironmentCategory | undefined>();
  const [editing, setEditing] = useState<EnvironmentFactorDto | null | 'new'>(null);
  const options = usePlanOptions(org.organisationId, org.ready);
  const factors = useEnvironment({ organisationId: org.organisationId, kind, category }, org.ready);
  const archive = usePlanMutation((f: EnvironmentFactorDto) => planApi.archiveFactor(f.id, { version: f.version }));
  const canManage = options.data?.canManage === true;
  const columns: TableColumnsType<EnvironmentFactorDto> = [
    {
      key: 'title',
      title: t('planConsole.environment.fields.title'),
      render: (_, row) => (
        <>
          <div>{row.title}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.source}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'category',
      title: t('planConsole.environment.fields.category'),
      render: (_, row) => (
        <>
          <Tag>{t(`planConsole.enums.environmentKind.${row.kind}`)}</Tag>
          {t(`planConsole.enums.category.${row.category}`)}
        </>
      ),
    },
    {
      key: 'impact',
      title: t('planConsole.environment.impact'),
      render: (_, row) => (
        <Tag color={row.impactDirection === 'negative' ? 'red' : row.impactDirection === 'positive' ? 'green' : 'gold'}>
          {t(`planConsole.enums.impactDirection.${row.impactDirection}`)} ·{' '}
          {t(`planConsole.enums.impactLevel.${row.impactLevel}`)}
        </Tag>
      ),
    },
    {
      key: 'observed',
      title: t('planConsole.environment.fields.observedOn'),
      dataIndex: 'observedOn',
      responsive: ['md'],
    },
    {
      key: 'review',
      title: t('planConsole.environment.fields.reviewOn'),
      render: (_, row) =>
        row.reviewOn ? (
          <Typography.Text type={row.reviewDue ? 'danger' : undefined} strong={row.reviewDue}>
            {row.reviewOn}
            {row.reviewDue ? ` · ${t('planConsole.environment.reviewDue')}` : ''}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      key: 'links',
      title: t('planConsole.environment.links'),
      responsive: ['lg'],
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          {row.linkedPlans.map((p) => (
            <Link key={p.id} to={`/console/workspace/plans/${p.id}`}>
              {p.title}
            </Link>
          ))}
          {row.linkedGoals.map((g) => (
            <Typography.Text key={g.id} type="secondary">
              {g.planTitle} · {g.title}
            </Typography.Text>
          ))}
        </Space>
      ),
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, row: EnvironmentFactorDto) => (
              <Space>
                <Button size="small" onClick={() => setEditing(row)} data-testid="factor-edit">
                  {t('common.edit')}
                </Button>
                <Button size="small" onClick={() => archive.mutate(row)} data-testid="factor-archive">
                  {t('planConsole.environment.archive')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader
        title={t('planConsole.environment.title')}
        subtitle={t('planConsole.environment.lead')}
        extra={
          canManage ? (
            <Button type="primary" onClick={() => setEditing('new')} data-testid="factor-add">
              {t('planConsole.environment.add')}
            </Button>
          ) : null
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        {org.picker}
        <EnumSelect<EnvironmentKind>
          values={ENVIRONMENT_KINDS}
          label={(value) => t(`planConsole.enums.environmentKind.${value}`)}
          allowClear
          placeholder={t('planConsole.environment.fields.kind')}
          aria-label={t('planConsole.environment.fields.kind')}
          style={{ width: 140 }}
          value={kind}
          onChange={(value) => {
            setKind(value);
            setCategory(undefined);
          }}
        />
        <EnumSelect<EnvironmentCategory>
          values={ENVIRONMENT_CATEGORIES}
          label={(value) => t(`planConsole.enums.category.${value}`)}
          allowClear
          placeholder={t('planConsole.environment.fields.category')}
          aria-label={t('planConsole.environment.fields.category')}
          style={{ width: 200 }}
          value={category}
          onChange={setCategory}
        />
      </Flex>
      <Card>
        {!org.ready ? (
          <EmptyState description={t('planConsole.common.chooseAssociation')} />
        ) : factors.error ? (
          <ErrorState error={factors.error} onRetry={() => void factors.refetch()} />
        ) : (
          <Table<EnvironmentFactorDto>
            rowKey="id"
            columns={columns}
            dataSource={factors.data ?? []}
            loading={factors.isLoading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState filtered={Boolean(kind || category)} /> }}
          />
        )}
      </Card>
      <FactorDialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        editing={editing === 'new' ? null : editing}
        options={options.data}
      />
    </>
  );
}

export const EnvironmentPage = withPermission(['workspace.read'], Environment);
