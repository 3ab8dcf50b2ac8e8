import {
  DOCUMENT_VISIBILITIES,
  type DocumentVisibility,
  type RuleDocumentDto,
  type RuleDocumentVersionDto,
} from '@gongzhi/contracts';
import {
  App,
  Button,
  type ButtonProps,
  Card,
  Flex,
  Input,
  List,
  Space,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../../../lib/errorText';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { isApiError } from '../../../lib/http';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { ClauseEditor, invalidClauses } from '../../../modules/rules/components/ClauseEditor';
import { ClauseText } from '../../../modules/rules/components/ClauseText';
import { ConsultationOpenDialog } from '../../../modules/rules/components/ConsultationOpenDialog';
import type { EditableClause } from '../../../modules/rules/components/clauses';
import { DiffView } from '../../../modules/rules/components/DiffView';
import {
  ConsultationStatusTag,
  KindTag,
  VersionStatusTag,
  VisibilityTag,
} from '../../../modules/rules/components/RulesTags';
import {
  useChangeVisibility,
  useDocument,
  useNewVersion,
  usePublish,
  useUpdateVersion,
} from '../../../modules/rules/hooks/useRules';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ErrorState } from '../../../ui/ErrorState';
import { FormAlert } from '../../../ui/FormAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

type Version = RuleDocumentVersionDto;

/** The staff's editor of a draft: title, preamble, clauses, change note; save, publish, open a consultation. */
function DraftEditor({ draft, onFailed }: { draft: Version; onFailed: (error: unknown) => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [title, setTitle] = useState(draft.title);
  const [preamble, setPreamble] = useState(draft.preamble);
  const [clauses, setClauses] = useState<EditableClause[]>(draft.clauses);
  const [changeNote, setChangeNote] = useState(draft.changeNote);
  const [consulting, setConsulting] = useState(false);
  const update = useUpdateVersion();
  const publish = usePublish();

  const save = () =>
    update.mutate(
      {
        versionId: draft.id,
        body: {
          title: title.trim(),
          preamble,
          clauses: clauses.map((c) => ({ ...(c.key ? { key: c.key } : {}), heading: c.heading, text: c.text })),
          changeNote,
          version: draft.version,
        },
      },
      { onSuccess: () => void message.success(t('rulesConsole.editor.saved')) },
    );

  const confirmPublish = () =>
    modal.confirm({
      title: t('rulesConsole.detail.publish'),
      content: t('rulesConsole.detail.publishConfirm'),
      okText: t('rulesConsole.detail.publish'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'version-publish-confirm' } as ButtonProps,
      onOk: async () => {
        try {
          await publish.mutateAsync({ versionId: draft.id, version: draft.version });
          void message.success(t('rulesConsole.detail.published'));
        } catch (error) {
          onFailed(error);
        }
      },
    });

  return (
    <Card
      title={
        <Space wrap>
          {t('rulesConsole.detail.draft')}
          {t('rulesConsole.documents.versionValue', { number: draft.number })}
          <VersionStatusTag status={draft.status} />
        </Space>
      }
      data-testid="draft-editor"
    >
      <Flex vertical gap={12}>
        <FormAlert error={update.error} />
        <div>
          <Typography.Text strong>{t('rulesConsole.editor.title')}</Typography.Text>
          <Input
            value={title}
            maxLength={200}
            aria-label={t('rulesConsole.editor.title')}
            onChange={(e) => setTitle(e.target.value)}
            data-testid="draft-title"
          />
        </div>
        <div>
          <Typography.Text strong>{t('rulesConsole.editor.preamble')}</Typography.Text>
          <Input.TextArea
            value={preamble}
            aria-label={t('rulesConsole.editor.preamble')}
            autoSize={{ minRows: 1, maxRows: 6 }}
            onChange={(e) => setPreamble(e.target.value)}
          />
        </div>
        <ClauseEditor
          value={clauses}
          onChange={setClauses}
          onPreamble={setPreamble}
          invalid={invalidClauses(fieldErrorsOf(update.error))}
        />
        <div>
          <Typography.Text strong>{t('rulesConsole.editor.changeNote')}</Typography.Text>
          <Input.TextArea
            value={changeNote}
            aria-label={t('rulesConsole.editor.changeNote')}
            maxLength={2000}
            autoSize={{ minRows: 1, maxRows: 4 }}
            onChange={(e) => setChangeNote(e.target.value)}
          />
        </div>
        <Space wrap>
          <Button type="primary" onClick={save} loading={update.isPending} data-testid="draft-save">
            {t('rulesConsole.editor.save')}
          </Button>
          <Button onClick={() => setConsulting(true)} data-testid="consultation-open">
            {t('rulesConsole.detail.openConsultation')}
          </Button>
          <Button onClick={confirmPublish} loading={publish.isPending} data-testid="version-publish">
            {t('rulesConsole.detail.publish')}
          </Button>
        </Space>
      </Flex>
      <ConsultationOpenDialog open={consulting} onClose={() => setConsulting(false)} draft={draft} />
    </Card>
  );
}

function VersionMeta({ version }: { version: Version }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (
    <Flex vertical gap={2}>
      {version.publishedAt ? (
        <Typography.Text type="secondary">
          {t('rulesConsole.detail.publishedBy', {
            name: version.publishedBy?.name ?? t('common.none'),
            at: formatDateTime(version.publishedAt, locale),
          })}
        </Typography.Text>
      ) : null}
      {version.changeNote ? (
        <Typography.Text type="secondary">
          {t('rulesConsole.detail.changeNote')}：{version.changeNote}
        </Typography.Text>
      ) : null}
      {version.consultationId ? (
        <Link to={`/console/workspace/consultations/${version.consultationId}`} data-testid="version-report-link">
          {t('rulesConsole.detail.report')}
        </Link>
      ) : null}
    </Flex>
  );
}

function Detail() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const result = useDocument(id);
  const visibility = useChangeVisibility(id);
  const newVersion = useNewVersion(id);
  const publish = usePublish();

  if (result.isPending) return <LoadingState />;
  if (result.isError) return <ErrorState error={result.error} record onRetry={() => void result.refetch()} />;
  const doc: RuleDocumentDto = result.data;
  const latest = doc.versions[0];
  const failed = (error: unknown) => {
    const details = fieldErrorsOf(error).map((f) => f.message);
    void message.error(details.length > 0 ? details.join(t('common.listSeparator')) : errorText(error, t));
    if (isApiError(error) && error.code === 'version_conflict') void result.refetch();
  };
  const inConsultation = latest?.status === 'in_consultation' ? latest : null;

  const columns: TableColumnsType<Version> = [
    {
      key: 'number',
      title: t('rulesConsole.documents.fields.version'),
      render: (_, v) => t('rulesConsole.documents.versionValue', { number: v.number }),
    },
    {
      key: 'status',
      title: t('rulesConsole.documents.fields.status'),
      render: (_, v) => <VersionStatusTag status={v.status} />,
    },
    {
      key: 'publishedAt',
      title: t('rulesConsole.documents.fields.publishedAt'),
      render: (_, v) => formatDateTime(v.publishedAt, locale) ?? t('common.none'),
    },
    {
      key: 'who',
      title: t('rulesConsole.detail.versions'),
      render: (_, v) => <VersionMeta version={v} />,
    },
  ];

  return (
    <>
      <PageHeader
        backTo="/console/workspace/documents"
        title={doc.title}
        tags={
          <>
            <KindTag kind={doc.kind} />
            <VisibilityTag visibility={doc.visibility} />
            {latest ? <VersionStatusTag status={latest.status} testId="document-status" /> : null}
          </>
        }
        extra={
          doc.canManage ? (
            <Space wrap>
              <EnumSelect<DocumentVisibility>
                value={doc.visibility}
                values={DOCUMENT_VISIBILITIES}
                label={(v) => t(`rulesConsole.enums.visibility.${v}`)}
                aria-label={t('rulesConsole.detail.visibility')}
                style={{ minWidth: 140 }}
                onChange={(value) =>
                  value &&
                  visibility.mutate(
                    { visibility: value, version: doc.version },
                    {
                      onSuccess: () => void message.success(t('rulesConsole.detail.visibilityChanged')),
                      onError: failed,
                    },
                  )
                }
              />
              {latest && (latest.status === 'published' || latest.status === 'superseded') ? (
                <Button
                  onClick={() =>
                    newVersion.mutate(undefined, {
                      onSuccess: () => void message.success(t('rulesConsole.detail.newVersionDone')),
                      onError: failed,
                    })
                  }
                  loading={newVersion.isPending}
                  data-testid="version-new"
                >
                  {t('rulesConsole.detail.newVersion')}
                </Button>
              ) : null}
            </Space>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        {doc.canManage && latest?.status === 'draft' ? (
          <DraftEditor key={`${latest.id}:${latest.version}`} draft={latest} onFailed={failed} />
        ) : null}
        {inConsultation ? (
          <Card
            title={
              <Space wrap>
                {t('rulesConsole.documents.versionValue', { number: inConsultation.number })}
                <VersionStatusTag status={inConsultation.status} />
              </Space>
            }
            extra={
              doc.canManage ? (
                <Space wrap>
                  {doc.consultations.some((c) => c.versionId === inConsultation.id && c.status === 'closed') ? (
                    <Button
                      onClick={() =>
                        newVersion.mutate(undefined, {
                          onSuccess: () => void message.success(t('rulesConsole.detail.reviseDone')),
                          onError: failed,
                        })
                      }
                      loading={newVersion.isPending}
                      data-testid="version-revise"
                    >
                      {t('rulesConsole.detail.revise')}
                    </Button>
                  ) : null}
                  <Button
                    onClick={() =>
                      publish.mutate(
                        { versionId: inConsultation.id, version: inConsultation.version },
                        { onSuccess: () => void message.success(t('rulesConsole.detail.published')), onError: failed },
                      )
                    }
                    loading={publish.isPending}
                    data-testid="version-publish"
                  >
                    {t('rulesConsole.detail.publish')}
                  </Button>
                </Space>
              ) : null
            }
          >
            <ClauseText preamble={inConsultation.preamble} clauses={inConsultation.clauses} />
          </Card>
        ) : null}
        <Card title={t('rulesConsole.detail.current')} data-testid="document-current">
          {doc.current ? (
            <Flex vertical gap={12}>
              <Space wrap>
                <Typography.Text strong>
                  {t('rulesConsole.documents.versionValue', { number: doc.current.number })}
                </Typography.Text>
                <VersionStatusTag status={doc.current.status} />
              </Space>
              <VersionMeta version={doc.current} />
              <ClauseText preamble={doc.current.preamble} clauses={doc.current.clauses} />
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('rulesConsole.detail.noCurrent')}</Typography.Text>
          )}
        </Card>
        {doc.consultations.length > 0 ? (
          <Card title={t('rulesConsole.detail.consultations')}>
            <List
              dataSource={doc.consultations}
              renderItem={(c) => (
                <List.Item>
                  <Space wrap>
                    <Link to={`/console/workspace/consultations/${c.id}`} data-testid="document-consultation">
                      {c.title}
                    </Link>
                    <ConsultationStatusTag status={c.status} />
                    <Typography.Text type="secondary">
                      {t('rulesConsole.documents.versionValue', { number: c.versionNumber })} ·{' '}
                      {formatDateTime(c.deadline, locale)}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        ) : null}
        <Card title={t('rulesConsole.detail.versions')}>
          <Table<Version>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={doc.versions}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="document-versions"
          />
        </Card>
        {doc.versions.length >= 2 ? <DiffView document={doc} /> : null}
      </Flex>
    </>
  );
}

export const DocumentDetailPage = withPermission(['workspace.read', 'member.read'], Detail);
