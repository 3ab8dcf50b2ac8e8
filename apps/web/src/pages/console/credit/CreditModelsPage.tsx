import { PlusOutlined } from '@ant-design/icons';
import type { CreditModelDto } from '@gongzhi/contracts';
import { App, Button, Card, Drawer, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorText } from '../../../lib/errorText';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditModelStatusTag } from '../../../modules/credit/components/CreditTags';
import { ModelDefinitionView } from '../../../modules/credit/components/ModelDefinitionView';
import { useActivateCreditModel, useCreditModels } from '../../../modules/credit/hooks/useCreditModels';
import { useCreditScope } from '../../../modules/credit/hooks/useCreditScope';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import '../../../modules/complaint/components/complaints.css';

function CreditModels() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const scope = useCreditScope();
  const models = useCreditModels(scope.association?.id);
  const activate = useActivateCreditModel();
  const [viewing, setViewing] = useState<CreditModelDto | null>(null);
  const active = models.data?.find((model) => model.status === 'active');

  const confirmActivate = (model: CreditModelDto) => {
    modal.confirm({
      title: t('creditConsole.models.activateConfirmTitle', { version: model.version }),
      content: t('creditConsole.models.activateConfirm'),
      okText: t('creditConsole.models.activate'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await activate.mutateAsync({ id: model.id, body: { version: model.version } });
          void message.success(t('creditConsole.models.activated'));
        } catch (error) {
          void message.error(errorText(error, t));
        }
      },
    });
  };

  const columns: TableColumnsType<CreditModelDto> = [
    { key: 'version', title: t('creditConsole.models.fields.version'), dataIndex: 'version' },
    { key: 'name', title: t('creditConsole.models.fields.name'), dataIndex: 'name' },
    {
      key: 'status',
      title: t('creditConsole.models.fields.status'),
      render: (_, row) => <CreditModelStatusTag status={row.status} />,
    },
    {
      key: 'createdAt',
      title: t('creditConsole.models.fields.createdAt'),
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
    {
      key: 'activatedAt',
      title: t('creditConsole.models.fields.activatedAt'),
      render: (_, row) => formatDateTime(row.activatedAt, locale) ?? t('common.none'),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, row) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setViewing(row)}>
            {t('creditConsole.models.view')}
          </Button>
          {scope.canModel ? (
            <Button type="link" size="small" onClick={() => navigate(`/console/credit/models/new?from=${row.id}`)}>
              {t('creditConsole.models.copy')}
            </Button>
          ) : null}
          {scope.canRecord && row.status === 'draft' ? (
            <Button type="link" size="small" onClick={() => navigate(`/console/credit/evaluations?preview=${row.id}`)}>
              {t('creditConsole.enums.runKind.preview')}
            </Button>
          ) : null}
          {scope.canModel && row.status === 'draft' ? (
            <Button type="link" size="small" onClick={() => confirmActivate(row)}>
              {t('creditConsole.models.activate')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('creditConsole.models.title')}
        subtitle={t('creditConsole.models.lead')}
        extra={
          scope.canModel ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() =>
                navigate(active ? `/console/credit/models/new?from=${active.id}` : '/console/credit/models/new')
              }
            >
              {t('creditConsole.models.newVersion')}
            </Button>
          ) : null
        }
      />
      <Card>
        {!scope.association ? (
          <EmptyState description={t('creditConsole.common.noAssociation')} />
        ) : models.isError ? (
          <ErrorState error={models.error} onRetry={() => void models.refetch()} />
        ) : (
          <Table<CreditModelDto>
            rowKey="id"
            size="middle"
            scroll={{ x: 'max-content' }}
            loading={models.isFetching}
            dataSource={models.data ?? []}
            columns={columns}
            pagination={false}
            locale={{
              emptyText: models.isPending ? ' ' : <EmptyState description={t('creditConsole.models.noModels')} />,
            }}
          />
        )}
      </Card>
      <Drawer
        open={viewing !== null}
        size="large"
        title={viewing ? t('creditConsole.models.detailTitle', { name: viewing.name, version: viewing.version }) : null}
        onClose={() => setViewing(null)}
        extra={viewing ? <CreditModelStatusTag status={viewing.status} /> : null}
      >
        {viewing ? <ModelDefinitionView model={viewing} /> : null}
      </Drawer>
    </>
  );
}

export const CreditModelsPage = withPermission(['credit.read'], CreditModels);
