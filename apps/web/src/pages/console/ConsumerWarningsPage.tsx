import type { ConsumerWarningDto, WarningStatus } from '@gongzhi/contracts';
import { App, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errorText';
import { useListParams } from '../../lib/useListParams';
import { withPermission } from '../../modules/auth/components/RequirePermission';
import { WarningDialog } from '../../modules/warning/components/WarningDialog';
import { WarningStatusSelect } from '../../modules/warning/components/WarningStatusSelect';
import { WarningTable } from '../../modules/warning/components/WarningTable';
import { useUpdateWarning, useWarnings } from '../../modules/warning/hooks/useWarnings';
import { AddButton } from '../../ui/AddButton';
import { ListCard } from '../../ui/ListCard';
import { PageHeader } from '../../ui/PageHeader';

const FILTERS = ['status'] as const;

function ConsumerWarnings() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const list = useListParams(FILTERS);
  const [editing, setEditing] = useState<ConsumerWarningDto | null>(null);
  const [creating, setCreating] = useState(false);
  const update = useUpdateWarning();
  const result = useWarnings({
    status: list.filters.status as WarningStatus | undefined,
    page: list.page,
    pageSize: list.pageSize,
  });

  const changeStatus = (warning: ConsumerWarningDto, status: WarningStatus) => {
    const publishing = status === 'published';
    modal.confirm({
      title: publishing ? t('warning.publish') : t('warning.withdraw'),
      content: t(publishing ? 'warning.publishConfirm' : 'warning.withdrawConfirm', { title: warning.title }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: !publishing },
      onOk: async () => {
        try {
          await update.mutateAsync({ id: warning.id, body: { version: warning.version, status } });
          void message.success(publishing ? t('warning.publishedDone') : t('warning.withdrawnDone'));
        } catch (error) {
          void message.error(errorText(error, t));
        }
      },
    });
  };

  return (
    <>
      <PageHeader
        title={t('warning.title')}
        subtitle={t('warning.lead')}
        extra={<AddButton onClick={() => setCreating(true)}>{t('warning.create')}</AddButton>}
      />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <WarningStatusSelect
              style={{ width: 160 }}
              {...list.filterProps<WarningStatus>('status', t('warning.statusFilter'))}
            />
          </Flex>
        }
      >
        {(table) => <WarningTable {...table} onEdit={setEditing} onStatus={changeStatus} />}
      </ListCard>
      <WarningDialog
        open={creating || editing !== null}
        warning={editing}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
        onReload={() => void result.refetch()}
      />
    </>
  );
}

export const ConsumerWarningsPage = withPermission(['warning.manage'], ConsumerWarnings);
