import type { MemberNoticeCreate } from '@gongzhi/contracts';
import { App, Button, Card, Flex, Form, Input, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime, formatPercent } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { can, useCurrentUser } from '../../../modules/auth/hooks/currentUser';
import { inlineFile } from '../../../modules/liaison/api/liaison.api';
import { FilePicker } from '../../../modules/liaison/components/FilePicker';
import { useNotices, usePublishNotice } from '../../../modules/liaison/hooks/useLiaison';
import { AddButton } from '../../../ui/AddButton';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { FormAlert } from '../../../ui/FormAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { SearchInput } from '../../../ui/SearchInput';
import { useServerErrors } from '../../../ui/useServerErrors';

const FILTERS = ['q'] as const;

function PublishDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const publish = usePublishNotice();
  const [form] = Form.useForm<MemberNoticeCreate>();
  const [files, setFiles] = useState<File[]>([]);
  const details = useServerErrors(form, publish.error);
  const submit = async (values: MemberNoticeCreate) => {
    const file = files[0] ? await inlineFile(files[0]) : undefined;
    await publish.mutateAsync({ ...values, ...(file ? { file } : {}) });
    message.success(t('liaisonConsole.notices.published'));
    form.resetFields();
    setFiles([]);
    onClose();
  };
  return (
    <Modal open={open} title={t('liaisonConsole.notices.publish')} footer={null} onCancel={onClose} destroyOnHidden>
      <FormAlert error={publish.error} details={details} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v).catch(() => undefined)}>
        <Form.Item
          name="title"
          label={t('liaisonConsole.notices.noticeTitle')}
          rules={[{ required: true, whitespace: true, message: t('liaisonConsole.required') }]}
        >
          <Input maxLength={200} data-testid="notice-title" />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('liaisonConsole.notices.body')}
          rules={[{ required: true, whitespace: true, message: t('liaisonConsole.required') }]}
        >
          <Input.TextArea rows={6} maxLength={20000} data-testid="notice-body" />
        </Form.Item>
        <Form.Item label={t('liaisonConsole.notices.file')}>
          <FilePicker files={files} onChange={setFiles} multiple={false} testId="notice-file-input" />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={publish.isPending} data-testid="notice-publish-submit">
            {t('liaisonConsole.notices.publish')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}

/** /console/workspace/notices — the association publishes and sees read rates; a member sees its associations' notices. */
function Notices() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const me = useCurrentUser();
  const canPublish = can(me, 'workspace.manage');
  const staff = can(me, 'workspace.read');
  const list = useListParams(FILTERS);
  const q = list.filters.q;
  const [publishing, setPublishing] = useState(false);
  const result = useNotices({ q, page: list.page, pageSize: list.pageSize });
  const total = result.data?.total ?? 0;
  return (
    <>
      <PageHeader
        title={t('liaisonConsole.notices.title')}
        subtitle={staff ? t('liaisonConsole.notices.lead') : t('liaisonConsole.notices.memberLead')}
        extra={
          canPublish ? (
            <span data-testid="notice-publish">
              <AddButton onClick={() => setPublishing(true)}>{t('liaisonConsole.notices.publish')}</AddButton>
            </span>
          ) : null
        }
      />
      <Card>
        <div style={{ marginBottom: 12, maxWidth: 360 }}>
          <SearchInput
            value={q}
            onSearch={(text) => list.setFilters({ q: text })}
            placeholder={t('liaisonConsole.notices.search')}
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
            renderItem={(notice) => (
              <List.Item data-testid="notice-row">
                <List.Item.Meta
                  title={
                    <Flex gap={8} align="center" wrap>
                      <Link to={`/console/workspace/notices/${notice.id}`}>{notice.title}</Link>
                      {!staff ? (
                        notice.readByMeAt ? (
                          <Tag>{t('liaisonConsole.notices.readMark')}</Tag>
                        ) : (
                          <Tag color="red" data-testid="notice-unread">
                            {t('liaisonConsole.notices.unreadMark')}
                          </Tag>
                        )
                      ) : null}
                    </Flex>
                  }
                  description={
                    <Flex gap={12} wrap>
                      <Typography.Text type="secondary">{notice.organisationName}</Typography.Text>
                      <Typography.Text type="secondary">{formatDateTime(notice.publishedAt, locale)}</Typography.Text>
                      {staff ? (
                        <Typography.Text data-testid="notice-read-rate">
                          {t('liaisonConsole.notices.readRate')}：{formatPercent(notice.readRate, locale) ?? '—'}（
                          {notice.readCount}/{notice.recipientCount}）
                        </Typography.Text>
                      ) : null}
                    </Flex>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
      {canPublish ? <PublishDialog open={publishing} onClose={() => setPublishing(false)} /> : null}
    </>
  );
}

export const NoticesPage = withPermission(['workspace.read', 'member.read'], Notices);
