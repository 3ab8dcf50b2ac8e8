import { LinkOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { EVALUATION_LIMITS, TASK_EVIDENCE_BYTES_MAX, type TaskDto } from '@gongzhi/contracts';
import { Alert, App, Button, Drawer, Flex, Form, Input, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errorText';
import { fieldErrorsOf } from '../../lib/fieldErrors';
import { currentLocale, formatDateTime } from '../../lib/format';
import { EmptyState } from '../../ui/EmptyState';
import { formatSize, isWebAddress } from '../evaluation/components/links';
import { maxRule, requiredRule } from '../organisation/components/fieldRules';
import { planApi } from './api';
import { usePlanMutation } from './hooks';

/** What the server keeps (it checks the content, not the name): PDF, images, Office files, ZIP — as evaluation. */
const EVIDENCE_ACCEPT = EVALUATION_LIMITS.evidenceExtensions.join(',');
const EVIDENCE_MB = TASK_EVIDENCE_BYTES_MAX / (1024 * 1024);

interface LinkValues {
  label: string;
  url: string;
}

function SaveError({ error, onClose }: { error: unknown; onClose: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginTop: 8 }}
      title={
        fieldErrorsOf(error)
          .map((field) => field.message)
          .join(t('common.listSeparator')) || errorText(error, t)
      }
      closable={{ onClose }}
    />
  );
}

/**
 * A task's evidence: the files (downloads) and web links, and — for who may change the task — a file
 * upload (≤ 20 MB, checked by content on the server) and an http(s) link.
 */
export function TaskEvidenceDrawer({
  open,
  task,
  editable,
  onClose,
}: {
  open: boolean;
  task: TaskDto | null;
  editable: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const [form] = Form.useForm<LinkValues>();
  const upload = usePlanMutation((v: { id: string; file: File }) => planApi.uploadEvidence(v.id, v.file));
  const link = usePlanMutation((v: { id: string; body: LinkValues }) => planApi.linkEvidence(v.id, v.body));
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={task ? t('planConsole.evidence.title', { task: task.title }) : null}
      size="default"
      afterOpenChange={(open) => {
        if (open) return;
        form.resetFields();
        upload.reset();
        link.reset();
      }}
      data-testid="task-evidence-drawer"
    >
      {task ? (
        <Flex vertical gap={16}>
          {task.evidence.length === 0 ? (
            <EmptyState description={t('planConsole.evidence.none')} />
          ) : (
            <Flex vertical gap={8} data-testid="task-evidence-list">
              {task.evidence.map((item) => (
                <div key={item.id} data-evidence={item.kind}>
                  <Flex gap={6} wrap align="baseline">
                    {item.kind === 'file' ? <PaperClipOutlined /> : <LinkOutlined />}
                    {item.kind === 'file' ? (
                      <a
                        href={planApi.evidenceUrl(task.id, item.id)}
                        download={item.fileName ?? true}
                        data-testid="task-evidence-download"
                      >
                        {item.label}
                      </a>
                    ) : (
                      <a href={item.url ?? '#'} target="_blank" rel="noopener noreferrer">
                        {item.label}
                      </a>
                    )}
                    {item.kind === 'file' && item.size !== null ? (
                      <Typography.Text type="secondary">{formatSize(item.size)}</Typography.Text>
                    ) : null}
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.kind === 'link' ? `${item.url ?? ''} · ` : ''}
                    {formatDateTime(item.createdAt, locale)}
                  </Typography.Text>
                </div>
              ))}
            </Flex>
          )}
          {editable ? (
            <>
              <section aria-label={t('planConsole.evidence.upload')}>
                <Upload
                  accept={EVIDENCE_ACCEPT}
                  multiple={false}
                  showUploadList={false}
                  disabled={upload.isPending}
                  beforeUpload={(file) => {
                    if (file.size > TASK_EVIDENCE_BYTES_MAX) {
                      void message.error(t('planConsole.evidence.tooLarge', { size: EVIDENCE_MB }));
                      return false;
                    }
                    upload.mutate(
                      { id: task.id, file },
                      {
                        onSuccess: () => void message.success(t('planConsole.evidence.uploaded', { name: file.name })),
                      },
                    );
                    return false;
                  }}
                >
                  <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="task-evidence-upload">
                    {t('planConsole.evidence.upload')}
                  </Button>
                </Upload>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 4, marginBottom: 0 }}>
                  {t('planConsole.evidence.uploadHint', { size: EVIDENCE_MB })}
                </Typography.Paragraph>
                <SaveError error={upload.error} onClose={() => upload.reset()} />
              </section>
              <section aria-label={t('planConsole.evidence.addLink')}>
                <Typography.Title level={5}>{t('planConsole.evidence.addLink')}</Typography.Title>
                <Form<LinkValues>
                  form={form}
                  layout="vertical"
                  data-testid="task-evidence-link-form"
                  onFinish={(values) =>
                    link.mutate(
                      { id: task.id, body: { label: values.label.trim(), url: values.url.trim() } },
                      {
                        onSuccess: () => {
                          form.resetFields();
                          void message.success(t('planConsole.evidence.linked'));
                        },
                      },
                    )
                  }
                >
                  <Form.Item
                    name="label"
                    label={t('planConsole.evidence.fields.label')}
                    rules={[requiredRule(locale), maxRule(locale, 200)]}
                  >
                    <Input maxLength={200} data-testid="task-evidence-link-label" />
                  </Form.Item>
                  <Form.Item
                    name="url"
                    label={t('planConsole.evidence.fields.url')}
                    rules={[
                      requiredRule(locale),
                      {
                        validator: (_, value: string | undefined) =>
                          !value || isWebAddress(value)
                            ? Promise.resolve()
                            : Promise.reject(new Error(t('planConsole.evidence.urlInvalid'))),
                      },
                    ]}
                  >
                    <Input
                      maxLength={2000}
                      placeholder="https://"
                      inputMode="url"
                      data-testid="task-evidence-link-url"
                    />
                  </Form.Item>
                  <Button
                    htmlType="submit"
                    icon={<LinkOutlined />}
                    loading={link.isPending}
                    data-testid="task-evidence-link-add"
                  >
                    {t('planConsole.evidence.addLink')}
                  </Button>
                  <SaveError error={link.error} onClose={() => link.reset()} />
                </Form>
              </section>
            </>
          ) : null}
        </Flex>
      ) : null}
    </Drawer>
  );
}
