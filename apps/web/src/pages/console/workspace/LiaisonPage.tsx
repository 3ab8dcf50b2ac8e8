import type { LiaisonThreadCreate } from '@gongzhi/contracts';
import { Badge, Button, Card, Flex, Form, Input, List, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { hasOrganisationKind, useCurrentUser } from '../../../modules/auth/hooks/currentUser';
import { FilePicker } from '../../../modules/liaison/components/FilePicker';
import { useCounterparts, useCreateThread, useThreads } from '../../../modules/liaison/hooks/useLiaison';
import { AddButton } from '../../../ui/AddButton';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { FormAlert } from '../../../ui/FormAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { SearchInput } from '../../../ui/SearchInput';
import { useServerErrors } from '../../../ui/useServerErrors';

const FILTERS = ['q'] as const;

function NewThreadDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const regulator = hasOrganisationKind(me, 'regulator');
  const counterparts = useCounterparts();
  const create = useCreateThread();
  const [form] = Form.useForm<LiaisonThreadCreate>();
  const [files, setFiles] = useState<File[]>([]);
  const details = useServerErrors(form, create.error);
  const submit = async (values: LiaisonThreadCreate) => {
    const thread = await create.mutateAsync({ body: values, files });
    form.resetFields();
    setFiles([]);
    onClose();
    navigate(`/console/workspace/liaison/${thread.id}`);
  };
  const options = (counterparts.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  return (
    <Modal open={open} title={t('liaisonConsole.threads.create')} footer={null} onCancel={onClose} destroyOnHidden>
      <FormAlert error={create.error} details={details} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v).catch(() => undefined)}>
        {regulator ? (
          <Form.Item
            name="organisationId"
            label={t('liaisonConsole.threads.association')}
            rules={[{ required: true, message: t('liaisonConsole.required') }]}
          >
            <Select
              data-testid="liaison-association-select"
              showSearch={{ optionFilterProp: 'label' }}
              loading={counterparts.isLoading}
              options={options}
            />
          </Form.Item>
        ) : (
          <Form.Item name="regulatorId" label={t('liaisonConsole.threads.regulator')}>
            <Select
              data-testid="liaison-regulator-select"
              allowClear
              placeholder={counterparts.data?.[0]?.name}
              options={options}
            />
          </Form.Item>
        )}
        <Form.Item
          name="subject"
          label={t('liaisonConsole.threads.subject')}
          rules={[{ required: true, whitespace: true, message: t('liaisonConsole.required') }]}
        >
          <Input maxLength={200} data-testid="liaison-subject" />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('liaisonConsole.message')}
          rules={[{ required: true, whitespace: true, message: t('liaisonConsole.required') }]}
        >
          <Input.TextArea rows={5} maxLength={20000} data-testid="liaison-body" />
        </Form.Item>
        <Form.Item>
          <FilePicker files={files} onChange={setFiles} testId="liaison-attach-input" />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="liaison-send">
            {t('liaisonConsole.send')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}

/** /console/workspace/liaison — the threads between the association and the regulator, with unread counts. */
function Liaison() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const list = useListParams(FILTERS);
  const q = list.filters.q;
  const [creating, setCreating] = useState(false);
  const result = useThreads({ q, page: list.page, pageSize: list.pageSize });
  const total = result.data?.total ?? 0;
  return (
    <>
      <PageHeader
        title={t('liaisonConsole.threads.title')}
        subtitle={t('liaisonConsole.threads.lead')}
        extra={
          <span data-testid="liaison-new-thread">
            <AddButton onClick={() => setCreating(true)}>{t('liaisonConsole.threads.create')}</AddButton>
          </span>
        }
      />
      <Card>
        <div data-testid="liaison-search" style={{ marginBottom: 12, maxWidth: 360 }}>
          <SearchInput
            value={q}
            onSearch={(text) => list.setFilters({ q: text })}
            placeholder={t('liaisonConsole.threads.search')}
          />
        </div>
        {result.error ? (
          <ErrorState error={result.error} onRetry={() => void result.refetch()} />
        ) : (
          <List
            loading={result.isLoading}
            dataSource={result.data?.items ?? []}
            locale={{ emptyText: <EmptyState filtered={list.filtered} /> }}
            pagination={
              total > list.pageSize
                ? { current: list.page, pageSize: list.pageSize, total, onChange: (p, s) => list.setPage(p, s) }
                : false
            }
            renderItem={(thread) => (
              <List.Item data-testid="liaison-thread-row" data-thread-id={thread.id}>
                <List.Item.Meta
                  title={
                    <Flex gap={8} align="center" wrap>
                      <Link to={`/console/workspace/liaison/${thread.id}`}>{thread.subject}</Link>
                      {thread.unread > 0 ? (
                        <span data-testid="liaison-unread" title={t('liaisonConsole.unread')}>
                          <Badge count={thread.unread} />
                        </span>
                      ) : null}
                    </Flex>
                  }
                  description={
                    <Flex vertical gap={2}>
                      <Typography.Text type="secondary">
                        {thread.organisationName} ⇄ {thread.regulatorName}
                      </Typography.Text>
                      {thread.lastMessage ? (
                        <Typography.Text ellipsis>
                          {thread.lastMessage.authorName}：{thread.lastMessage.excerpt}
                        </Typography.Text>
                      ) : null}
                      <Typography.Text type="secondary">{formatDateTime(thread.lastMessageAt, locale)}</Typography.Text>
                    </Flex>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
      <NewThreadDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

export const LiaisonPage = withPermission(['liaison.message'], Liaison);
