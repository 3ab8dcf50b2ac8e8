import { PaperClipOutlined } from '@ant-design/icons';
import type { LiaisonAttachmentDto, LiaisonMessageDto } from '@gongzhi/contracts';
import { App, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorText } from '../../../lib/errorText';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { saveFile } from '../../../lib/http';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { liaisonApi } from '../../../modules/liaison/api/liaison.api';
import { FilePicker } from '../../../modules/liaison/components/FilePicker';
import { useReply, useThread } from '../../../modules/liaison/hooks/useLiaison';
import { ErrorState } from '../../../ui/ErrorState';
import { FormAlert } from '../../../ui/FormAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

function AttachmentLink({ file }: { file: LiaisonAttachmentDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Button
      type="link"
      size="small"
      icon={<PaperClipOutlined />}
      data-testid="liaison-attachment"
      onClick={() =>
        void liaisonApi
          .attachment(file.id)
          .then((f) => saveFile(f, file.fileName))
          .catch((error: unknown) => message.error(errorText(error, t)))
      }
    >
      {file.fileName}
    </Button>
  );
}

function MessageItem({ item }: { item: LiaisonMessageDto }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (
    <Flex justify={item.mine ? 'flex-end' : 'flex-start'} data-testid="liaison-message" data-mine={item.mine}>
      <Card size="small" style={{ maxWidth: 'min(640px, 92%)', background: item.mine ? '#e6f4ff' : undefined }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {item.authorName} · {item.authorOrganisationName} · {formatDateTime(item.createdAt, locale)}
        </Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{item.body}</Typography.Paragraph>
        {item.attachments.length > 0 ? (
          <Flex vertical align="flex-start">
            {item.attachments.map((file) => (
              <AttachmentLink key={file.id} file={file} />
            ))}
          </Flex>
        ) : null}
        {item.mine ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="liaison-receipt">
            {item.readBy.length === 0
              ? t('liaisonConsole.receipt.none')
              : item.readBy
                  .map((r) =>
                    t('liaisonConsole.receipt.read', { name: r.name, time: formatDateTime(r.readAt, locale) }),
                  )
                  .join('；')}
          </Typography.Text>
        ) : null}
      </Card>
    </Flex>
  );
}

/** /console/workspace/liaison/:id — a thread as a conversation; opening it records my read receipts. */
function LiaisonThread() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const thread = useThread(id);
  const reply = useReply(id);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  if (thread.error) return <ErrorState error={thread.error} record onRetry={() => void thread.refetch()} />;
  if (!thread.data) return <LoadingState />;
  const data = thread.data;
  const send = async () => {
    if (!body.trim()) return;
    await reply.mutateAsync({ body, files });
    setBody('');
    setFiles([]);
    await thread.refetch();
  };
  return (
    <>
      <PageHeader
        title={data.subject}
        subtitle={`${data.organisationName} ⇄ ${data.regulatorName}`}
        backTo="/console/workspace/liaison"
      />
      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        {data.messages.map((m) => (
          <MessageItem key={m.id} item={m} />
        ))}
      </Flex>
      <Card>
        <FormAlert error={reply.error} />
        <Input.TextArea
          rows={4}
          maxLength={20000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          placeholder={t('liaisonConsole.replyPlaceholder')}
          data-testid="liaison-reply"
        />
        <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 8 }}>
          <FilePicker files={files} onChange={setFiles} testId="liaison-reply-attach-input" />
          <Button
            type="primary"
            loading={reply.isPending}
            disabled={!body.trim()}
            onClick={() => void send().catch(() => undefined)}
            data-testid="liaison-reply-send"
          >
            {t('liaisonConsole.send')}
          </Button>
        </Flex>
      </Card>
    </>
  );
}

export const LiaisonThreadPage = withPermission(['liaison.message'], LiaisonThread);
