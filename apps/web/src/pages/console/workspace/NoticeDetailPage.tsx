import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorText } from '../../../lib/errorText';
import { currentLocale, formatDateTime, formatPercent } from '../../../lib/format';
import { saveFile } from '../../../lib/http';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { can, useCurrentUser } from '../../../modules/auth/hooks/currentUser';
import { liaisonApi } from '../../../modules/liaison/api/liaison.api';
import { useNotice } from '../../../modules/liaison/hooks/useLiaison';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

/** /console/workspace/notices/:id — the notice; a member's opening is recorded; staff see who read it. */
function NoticeDetail() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const staff = can(useCurrentUser(), 'workspace.read');
  const notice = useNotice(id);
  if (notice.error) return <ErrorState error={notice.error} record onRetry={() => void notice.refetch()} />;
  if (!notice.data) return <LoadingState />;
  const data = notice.data;
  return (
    <>
      <PageHeader title={data.title} subtitle={data.organisationName} backTo="/console/workspace/notices" />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{formatDateTime(data.publishedAt, locale)}</Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{data.body}</Typography.Paragraph>
        {data.fileName ? (
          <Button
            icon={<PaperClipOutlined />}
            data-testid="notice-file"
            onClick={() =>
              void liaisonApi
                .noticeFile(data.id)
                .then((f) => saveFile(f, data.fileName ?? 'file'))
                .catch((error: unknown) => message.error(errorText(error, t)))
            }
          >
            {data.fileName}
          </Button>
        ) : null}
      </Card>
      {staff ? (
        <Card title={t('liaisonConsole.notices.reads')}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'recipients', label: t('liaisonConsole.notices.recipients'), children: data.recipientCount },
              {
                key: 'rate',
                label: t('liaisonConsole.notices.readRate'),
                children: `${formatPercent(data.readRate, locale) ?? '—'}（${data.readCount}/${data.recipientCount}）`,
              },
            ]}
          />
          <Table
            size="small"
            rowKey="enterpriseId"
            scroll={{ x: true }}
            pagination={false}
            dataSource={data.reads}
            data-testid="notice-reads"
            columns={[
              { key: 'e', title: t('liaisonConsole.notices.enterprise'), dataIndex: 'enterpriseName' },
              { key: 'u', title: t('liaisonConsole.notices.reader'), render: (_, r) => r.userName ?? '—' },
              {
                key: 'at',
                title: t('liaisonConsole.notices.readAt'),
                render: (_, r) => formatDateTime(r.readAt, locale) ?? t('liaisonConsole.notices.notRead'),
              },
            ]}
          />
        </Card>
      ) : null}
    </>
  );
}

export const NoticeDetailPage = withPermission(['workspace.read', 'member.read'], NoticeDetail);
