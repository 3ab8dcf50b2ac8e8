import {
  type GuidanceCreate,
  TEAM_ROLES,
  type TeamDocumentCreate,
  type TeamDocumentDto,
  type TeamDutyCreate,
  type TeamMemberCreate,
  type TeamMemberDto,
  type TeamOverviewDto,
  type TeamPostDto,
  type TeamRole,
} from '@gongzhi/contracts';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../../../lib/errorText';
import { saveFile } from '../../../lib/http';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { can, useCurrentUser } from '../../../modules/auth/hooks/currentUser';
import { inlineFile } from '../../../modules/liaison/api/liaison.api';
import { FilePicker } from '../../../modules/liaison/components/FilePicker';
import { teamApi } from '../../../modules/team/api/team.api';
import { useGuidance, useTeam, useTeamAssociations, useTeamMutation } from '../../../modules/team/hooks/useTeam';
import { AddButton } from '../../../ui/AddButton';
import { EmptyState } from '../../../ui/EmptyState';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ErrorState } from '../../../ui/ErrorState';
import { FormAlert } from '../../../ui/FormAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { useServerErrors } from '../../../ui/useServerErrors';

const TABS = ['members', 'posts', 'duties', 'documents', 'guidance'] as const;
type Tab = (typeof TABS)[number];
const ALL = 'all';
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/** Chooses a file and keeps it for the inline (base64) upload of a document. */
function useOneFile() {
  const [files, setFiles] = useState<File[]>([]);
  return { files, setFiles, inline: async () => (files[0] ? { file: await inlineFile(files[0]) } : {}) };
}

function DialogButtons({ onClose, loading, testId }: { onClose: () => void; loading: boolean; testId: string }) {
  const { t } = useTranslation();
  return (
    <Flex justify="flex-end" gap={8}>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button type="primary" htmlType="submit" loading={loading} data-testid={testId}>
        {t('common.save')}
      </Button>
    </Flex>
  );
}

function AppointDialog({ team, onClose }: { team: TeamOverviewDto; onClose: () => void }) {
  const { t } = useTranslation();
  const appoint = useTeamMutation(teamApi.appoint);
  const [form] = Form.useForm<Omit<TeamMemberCreate, 'since'> & { since: Dayjs }>();
  const details = useServerErrors(form, appoint.error);
  const submit = async (v: Omit<TeamMemberCreate, 'since'> & { since: Dayjs }) => {
    await appoint.mutateAsync({ ...v, since: day(v.since) as string });
    onClose();
  };
  const required = [{ required: true, message: t('liaisonConsole.required') }];
  return (
    <Modal open title={t('liaisonConsole.team.appoint')} footer={null} onCancel={onClose} destroyOnHidden>
      <FormAlert error={appoint.error} details={details} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ role: 'member', since: dayjs() }}
        onFinish={(v) => void submit(v).catch(() => undefined)}
      >
        <Form.Item name="userId" label={t('liaisonConsole.team.person')} rules={required}>
          <Select
            data-testid="team-member-user"
            showSearch
            optionFilterProp="label"
            options={team.people.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('liaisonConsole.team.role')}
          rules={required}
          extra={t('liaisonConsole.team.roleHint')}
        >
          <EnumSelect<TeamRole>
            data-testid="team-member-role"
            values={TEAM_ROLES}
            label={(r) => t(`liaisonConsole.team.roles.${r}`)}
          />
        </Form.Item>
        <Form.Item name="postId" label={t('liaisonConsole.team.post')}>
          <Select
            allowClear
            options={team.posts.filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item name="appointmentDocumentId" label={t('liaisonConsole.team.appointmentDocument')}>
          <Select
            allowClear
            options={team.documents
              .filter((d) => d.kind === 'appointment')
              .map((d) => ({ value: d.id, label: d.title }))}
          />
        </Form.Item>
        <Form.Item name="since" label={t('liaisonConsole.team.since')} rules={required}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <DialogButtons onClose={onClose} loading={appoint.isPending} testId="team-member-submit" />
      </Form>
    </Modal>
  );
}

interface PostForm {
  name: string;
  description?: string;
  holderUserId?: string | null;
  active?: boolean;
}

function PostDialog({ team, post, onClose }: { team: TeamOverviewDto; post: TeamPostDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useTeamMutation(async (v: PostForm) =>
    post
      ? teamApi.updatePost(post.id, {
          name: v.name,
          description: v.description ?? '',
          holderUserId: v.holderUserId ?? null,
          active: v.active ?? true,
          version: post.version,
        })
      : teamApi.createPost({ name: v.name, description: v.description ?? '', holderUserId: v.holderUserId ?? null }),
  );
  const [form] = Form.useForm<PostForm>();
  const details = useServerErrors(form, save.error);
  return (
    <Modal
      open
      title={post ? t('liaisonConsole.team.editPost') : t('liaisonConsole.team.addPost')}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormAlert error={save.error} details={details} />
      <Form
        form={form}
        layout="vertical"
        initialValues={post ?? { active: true }}
        onFinish={(v) =>
          void save
            .mutateAsync(v)
            .then(onClose)
            .catch(() => undefined)
        }
      >
        <Form.Item
          name="name"
          label={t('liaisonConsole.team.postName')}
          rules={[{ required: true, whitespace: true, message: t('liaisonConsole.required') }]}
        >
          <Input maxLength={100} data-testid="team-post-name" />
        </Form.Item>
        <Form.Item name="description" label={t('liaisonConsole.team.description')}>
          <Input.TextArea rows={3} maxLength={20000} />
        </Form.Item>
        <Form.Item name="holderUserId" label={t('liaisonConsole.team.holder')}>
          <Select allowClear options={team.people.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        {post ? (
          <Form.Item name="active" label={t('liaisonConsole.team.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
        <DialogButtons onClose={onClose} loading={save.isPending} testId="team-post-submit" />
      </Form>
    </Modal>
  );
}

function DutyDialog({ team, onClose }: { team: TeamOverviewDto; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useTeamMutation(teamApi.createDuty);
  const [form] = Form.useForm<TeamDutyCreate & { to: 'person' | 'post' }>();
  const details = useServerErrors(form, create.error);
  const to = Form.useWatch('to', form) ?? 'person';
  const submit = async ({ to: target, ...v }: TeamDutyCreate & { to: 'person' | 'post' }) => {
    await create.mutateAsync({
      title: v.title,
      description: v.description ?? '',
      ...(target === 'post'
        ? { assigneePostId: v.assigneePostId ?? null }
        : { assigneeUserId: v.assigneeUserId ?? null }),
    });
    onClose();
  };
  const required = [{ required: true, message: t('liaisonConsole.required') }];
  return (
    <Modal open title={t('liaisonConsole.team.addDuty')} footer={null} onCancel={onClose} destroyOnHidden>
      <FormAlert error={create.error} details={details} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ to: 'person' }}
        onFinish={(v) => void submit(v).catch(() => undefined)}
      >
        <Form.Item
          name="title"
          label={t('liaisonConsole.team.dutyTitle')}
          rules={[{ required: true, whitespace: true, message: t('liaisonConsole.required') }]}
        >
          <Input maxLength={200} data-testid="team-duty-title" />
        </Form.Item>
        <Form.Item name="description" label={t('liaisonConsole.team.description')}>
          <Input.TextArea rows={3} maxLength={20000} />
        </Form.Item>
        <Form.Item name="to" label={t('liaisonConsole.team.assignee')}>
          <Radio.Group data-testid="team-duty-to">
            <Radio value="person">{t('liaisonConsole.team.toPerson')}</Radio>
            <Radio value="post">{t('liaisonConsole.team.toPost')}</Radio>
          </Radio.Group>
        </Form.Item>
        {to === 'person' ? (
          <Form.Item name="assigneeUserId" label={t('liaisonConsole.team.person')} rules={required}>
            <Select data-testid="team-duty-person" options={team.people.map((p) => ({ value: p.id, label: p.name }))} />
          </Form.Item>
        ) : (
          <Form.Item name="assigneePostId" label={t('liaisonConsole.team.post')} rules={required}>
            <Select
              data-testid="team-duty-post"
              options={team.posts.filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
        )}
        <DialogButtons onClose={onClose} loading={create.isPending} testId="team-duty-submit" />
      </Form>
    </Modal>
  );
}

type DocumentForm = Omit<TeamDocumentCreate, 'issuedOn' | 'file'> & { issuedOn: Dayjs };
type GuidanceForm = Omit<GuidanceCreate, 'issuedOn' | 'file' | 'addresseeId'> & { issuedOn: Dayjs; addressee: string };

/** An appointment document or the incentive scheme (association), or a guidance document (regulator). */
function DocumentDialog({
  mode,
  associations,
  onClose,
}: {
  mode: 'team' | 'guidance';
  associations: { id: string; name: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const file = useOneFile();
  const create = useTeamMutation(async (v: DocumentForm | GuidanceForm) => {
    const common = {
      title: v.title,
      documentNumber: v.documentNumber ?? '',
      issuedOn: day(v.issuedOn) as string,
      body: v.body ?? '',
      ...(await file.inline()),
    };
    if (mode === 'guidance') {
      const addressee = (v as GuidanceForm).addressee;
      return teamApi.issueGuidance({ ...common, addresseeId: addressee === ALL ? null : addressee });
    }
    return teamApi.createDocument({ ...common, kind: (v as DocumentForm).kind });
  });
  const [form] = Form.useForm<DocumentForm & GuidanceForm>();
  const details = useServerErrors(form, create.error);
  const required = [{ required: true, message: t('liaisonConsole.required') }];
  return (
    <Modal
      open
      title={mode === 'guidance' ? t('liaisonConsole.team.issueGuidance') : t('liaisonConsole.team.addDocument')}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormAlert error={create.error} details={details} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'appointment', issuedOn: dayjs(), addressee: ALL }}
        onFinish={(v) =>
          void create
            .mutateAsync(v)
            .then(onClose)
            .catch(() => undefined)
        }
      >
        {mode === 'guidance' ? (
          <Form.Item name="addressee" label={t('liaisonConsole.team.addressee')} rules={required}>
            <Select
              data-testid="team-guidance-addressee"
              showSearch
              optionFilterProp="label"
              options={[
                { value: ALL, label: t('liaisonConsole.team.allInRegion') },
                ...associations.map((a) => ({ value: a.id, label: a.name })),
              ]}
            />
          </Form.Item>
        ) : (
          <Form.Item name="kind" label={t('liaisonConsole.team.kind')} rules={required}>
            <Radio.Group data-testid="team-document-kind">
              <Radio value="appointment">{t('liaisonConsole.team.kinds.appointment')}</Radio>
              <Radio value="talent_incentive">{t('liaisonConsole.team.kinds.talent_incentive')}</Radio>
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('liaisonConsole.team.documentTitle')}
          rules={[{ required: true, whitespace: true, message: t('liaisonConsole.required') }]}
        >
          <Input maxLength={200} data-testid="team-document-title" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="documentNumber" label={t('liaisonConsole.team.documentNumber')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="issuedOn" label={t('liaisonConsole.team.issuedOn')} rules={required}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="body" label={t('liaisonConsole.team.body')}>
          <Input.TextArea rows={5} maxLength={20000} data-testid="team-document-body" />
        </Form.Item>
        <Form.Item label={t('liaisonConsole.team.file')}>
          <FilePicker files={file.files} onChange={file.setFiles} multiple={false} testId="team-document-file" />
        </Form.Item>
        <DialogButtons onClose={onClose} loading={create.isPending} testId="team-document-submit" />
      </Form>
    </Modal>
  );
}

function DocumentTable({ rows, guidance, testId }: { rows: TeamDocumentDto[]; guidance: boolean; testId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Table<TeamDocumentDto>
      rowKey="id"
      size="small"
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: <EmptyState /> }}
      onRow={() => ({ 'data-testid': testId }) as React.HTMLAttributes<HTMLElement>}
      expandable={{
        rowExpandable: (d) => d.body !== '',
        expandedRowRender: (d) => (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{d.body}</Typography.Paragraph>
        ),
      }}
      columns={[
        { title: t('liaisonConsole.team.documentTitle'), dataIndex: 'title' },
        guidance
          ? {
              title: t('liaisonConsole.team.addressee'),
              key: 'to',
              render: (_, d) => d.addresseeName ?? t('liaisonConsole.team.allInRegion'),
            }
          : {
              title: t('liaisonConsole.team.kind'),
              dataIndex: 'kind',
              render: (k: TeamDocumentDto['kind']) => <Tag>{t(`liaisonConsole.team.kinds.${k}`)}</Tag>,
            },
        ...(guidance ? [{ title: t('liaisonConsole.team.issuer'), dataIndex: 'organisationName' }] : []),
        { title: t('liaisonConsole.team.documentNumber'), dataIndex: 'documentNumber' },
        { title: t('liaisonConsole.team.issuedOn'), dataIndex: 'issuedOn' },
        {
          title: t('liaisonConsole.team.file'),
          key: 'file',
          render: (_, d) =>
            d.fileName ? (
              <Button
                type="link"
                size="small"
                data-testid="team-document-download"
                onClick={() =>
                  void teamApi
                    .file(d.id)
                    .then((f) => saveFile(f, d.fileName ?? 'file'))
                    .catch((error: unknown) => message.error(errorText(error, t)))
                }
              >
                {d.fileName}
              </Button>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}

function PersonCard({ title, member, testId }: { title: string; member: TeamMemberDto | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} data-testid={testId}>
      {member ? (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('liaisonConsole.team.person')}>
            <Typography.Text strong>{member.name}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('liaisonConsole.team.post')}>{member.postName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('liaisonConsole.team.since')}>{member.since}</Descriptions.Item>
          <Descriptions.Item label={t('liaisonConsole.team.appointmentDocument')}>
            {member.appointmentDocumentTitle ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{t('liaisonConsole.team.notAppointed')}</Typography.Text>
      )}
    </Card>
  );
}

type Dialog = 'appoint' | 'post' | 'duty' | 'document' | 'guidance' | null;

function TeamView({ team, regulator }: { team: TeamOverviewDto; regulator: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'members';
  const [dialog, setDialog] = useState<Dialog>(null);
  const [post, setPost] = useState<TeamPostDto | null>(null);
  const end = useTeamMutation((m: TeamMemberDto) => teamApi.endAppointment(m.id, { version: m.version }));
  const deactivate = useTeamMutation((d: { id: string; version: number }) => teamApi.deactivateDuty(d.id, d.version));
  const issued = useGuidance();
  const associations = useTeamAssociations();
  const manage = team.canManage;
  const failed = (error: unknown) => void message.error(errorText(error, t));
  const add = (label: string, open: Dialog, testId: string) =>
    manage ? (
      <span data-testid={testId}>
        <AddButton onClick={() => setDialog(open)}>{label}</AddButton>
      </span>
    ) : null;
  const guidanceRows = regulator ? (issued.data ?? []) : team.guidance;

  const items = [
    {
      key: 'members',
      label: t('liaisonConsole.team.tabs.members'),
      children: (
        <>
          <Flex justify="flex-end" style={{ marginBottom: 8 }}>
            {add(t('liaisonConsole.team.appoint'), 'appoint', 'team-appoint')}
          </Flex>
          <Table<TeamMemberDto>
            rowKey="id"
            size="small"
            scroll={{ x: 'max-content' }}
            pagination={false}
            dataSource={team.members}
            locale={{ emptyText: <EmptyState /> }}
            columns={[
              { title: t('liaisonConsole.team.person'), dataIndex: 'name' },
              {
                title: t('liaisonConsole.team.role'),
                dataIndex: 'role',
                render: (r: TeamRole) => (
                  <Tag color={r === 'member' ? undefined : 'blue'}>{t(`liaisonConsole.team.roles.${r}`)}</Tag>
                ),
              },
              { title: t('liaisonConsole.team.post'), dataIndex: 'postName', render: (v: string | null) => v ?? '—' },
              {
                title: t('liaisonConsole.team.term'),
                key: 'term',
                render: (_, m) => `${m.since} ~ ${m.until ?? t('liaisonConsole.team.present')}`,
              },
              {
                title: t('liaisonConsole.team.state'),
                dataIndex: 'active',
                render: (a: boolean) =>
                  a ? (
                    <Tag color="green">{t('liaisonConsole.team.serving')}</Tag>
                  ) : (
                    <Tag>{t('liaisonConsole.team.ended')}</Tag>
                  ),
              },
              ...(manage
                ? [
                    {
                      title: '',
                      key: 'actions',
                      render: (_: unknown, m: TeamMemberDto) =>
                        m.active ? (
                          <Popconfirm
                            title={t('liaisonConsole.team.endConfirm')}
                            onConfirm={() => end.mutateAsync(m).catch(failed)}
                          >
                            <Button size="small" data-testid="team-member-end">
                              {t('liaisonConsole.team.end')}
                            </Button>
                          </Popconfirm>
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        </>
      ),
    },
    {
      key: 'posts',
      label: t('liaisonConsole.team.tabs.posts'),
      children: (
        <>
          <Flex justify="flex-end" style={{ marginBottom: 8 }}>
            {add(t('liaisonConsole.team.addPost'), 'post', 'team-add-post')}
          </Flex>
          <Table<TeamPostDto>
            rowKey="id"
            size="small"
            scroll={{ x: 'max-content' }}
            pagination={false}
            dataSource={team.posts}
            locale={{ emptyText: <EmptyState /> }}
            columns={[
              { title: t('liaisonConsole.team.postName'), dataIndex: 'name' },
              {
                title: t('liaisonConsole.team.holder'),
                dataIndex: 'holderName',
                render: (v: string | null) => v ?? '—',
              },
              { title: t('liaisonConsole.team.description'), dataIndex: 'description' },
              {
                title: t('liaisonConsole.team.state'),
                dataIndex: 'active',
                render: (a: boolean) =>
                  a ? (
                    <Tag color="green">{t('liaisonConsole.team.active')}</Tag>
                  ) : (
                    <Tag>{t('liaisonConsole.team.inactive')}</Tag>
                  ),
              },
              ...(manage
                ? [
                    {
                      title: '',
                      key: 'actions',
                      render: (_: unknown, p: TeamPostDto) => (
                        <Button
                          size="small"
                          data-testid="team-post-edit"
                          onClick={() => {
                            setPost(p);
                            setDialog('post');
                          }}
                        >
                          {t('common.edit')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      ),
    },
    {
      key: 'duties',
      label: t('liaisonConsole.team.tabs.duties'),
      children: (
        <>
          <Flex justify="flex-end" style={{ marginBottom: 8 }}>
            {add(t('liaisonConsole.team.addDuty'), 'duty', 'team-add-duty')}
          </Flex>
          <Table
            rowKey="id"
            size="small"
            scroll={{ x: 'max-content' }}
            pagination={false}
            dataSource={team.duties}
            locale={{ emptyText: <EmptyState /> }}
            columns={[
              { title: t('liaisonConsole.team.dutyTitle'), dataIndex: 'title' },
              {
                title: t('liaisonConsole.team.assignee'),
                key: 'assignee',
                render: (_, d) =>
                  d.assigneePostName ? (
                    <Space size={4}>
                      <Tag>{t('liaisonConsole.team.toPost')}</Tag>
                      {d.assigneePostName}
                    </Space>
                  ) : (
                    d.assigneeName
                  ),
              },
              { title: t('liaisonConsole.team.description'), dataIndex: 'description' },
              {
                title: t('liaisonConsole.team.state'),
                dataIndex: 'active',
                render: (a: boolean) =>
                  a ? (
                    <Tag color="green">{t('liaisonConsole.team.active')}</Tag>
                  ) : (
                    <Tag>{t('liaisonConsole.team.inactive')}</Tag>
                  ),
              },
              ...(manage
                ? [
                    {
                      title: '',
                      key: 'actions',
                      render: (_: unknown, d: { id: string; version: number; active: boolean }) =>
                        d.active ? (
                          <Popconfirm
                            title={t('liaisonConsole.team.deactivateConfirm')}
                            onConfirm={() => deactivate.mutateAsync(d).catch(failed)}
                          >
                            <Button size="small" data-testid="team-duty-deactivate">
                              {t('liaisonConsole.team.deactivate')}
                            </Button>
                          </Popconfirm>
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        </>
      ),
    },
    {
      key: 'documents',
      label: t('liaisonConsole.team.tabs.documents'),
      children: (
        <>
          <Flex justify="flex-end" style={{ marginBottom: 8 }}>
            {add(t('liaisonConsole.team.addDocument'), 'document', 'team-add-document')}
          </Flex>
          <DocumentTable rows={team.documents} guidance={false} testId="team-document-row" />
        </>
      ),
    },
    {
      key: 'guidance',
      label: regulator ? t('liaisonConsole.team.tabs.guidanceIssued') : t('liaisonConsole.team.tabs.guidance'),
      children: (
        <>
          {regulator ? (
            <Flex justify="flex-end" style={{ marginBottom: 8 }}>
              <span data-testid="team-issue-guidance">
                <AddButton onClick={() => setDialog('guidance')}>{t('liaisonConsole.team.issueGuidance')}</AddButton>
              </span>
            </Flex>
          ) : null}
          <DocumentTable rows={guidanceRows} guidance testId="team-guidance-row" />
        </>
      ),
    },
  ];

  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={12}>
          <PersonCard title={t('liaisonConsole.team.lead')} member={team.lead} testId="team-lead" />
        </Col>
        <Col xs={24} md={12}>
          <PersonCard title={t('liaisonConsole.team.liaison')} member={team.liaison} testId="team-liaison" />
        </Col>
      </Row>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            setParams(
              (p) => {
                p.set('tab', key);
                return p;
              },
              { replace: true },
            )
          }
          items={items}
        />
      </Card>
      {dialog === 'appoint' ? <AppointDialog team={team} onClose={() => setDialog(null)} /> : null}
      {dialog === 'post' ? (
        <PostDialog
          team={team}
          post={post}
          onClose={() => {
            setDialog(null);
            setPost(null);
          }}
        />
      ) : null}
      {dialog === 'duty' ? <DutyDialog team={team} onClose={() => setDialog(null)} /> : null}
      {dialog === 'document' ? <DocumentDialog mode="team" associations={[]} onClose={() => setDialog(null)} /> : null}
      {dialog === 'guidance' ? (
        <DocumentDialog mode="guidance" associations={associations.data ?? []} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}

/** /console/workspace/team — the association's work team; a regulator picks an association and reads it, and issues guidance. */
function Team() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const regulator = can(me, 'workspace.guide');
  const [params, setParams] = useSearchParams();
  const associations = useTeamAssociations();
  const chosen = params.get('organisationId') ?? (regulator ? associations.data?.[0]?.id : undefined);
  const team = useTeam(regulator ? chosen : undefined, !regulator || Boolean(chosen));
  return (
    <>
      <PageHeader
        title={t('liaisonConsole.team.title')}
        subtitle={regulator ? t('liaisonConsole.team.regulatorLead') : t('liaisonConsole.team.subtitle')}
        extra={
          regulator ? (
            <Select
              data-testid="team-association"
              style={{ minWidth: 240, maxWidth: '100%' }}
              showSearch
              optionFilterProp="label"
              placeholder={t('liaisonConsole.team.chooseAssociation')}
              value={chosen}
              loading={associations.isLoading}
              options={(associations.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
              onChange={(id: string) =>
                setParams(
                  (p) => {
                    p.set('organisationId', id);
                    return p;
                  },
                  { replace: true },
                )
              }
            />
          ) : null
        }
      />
      {team.error ? (
        <ErrorState error={team.error} onRetry={() => void team.refetch()} />
      ) : team.data ? (
        <TeamView team={team.data} regulator={regulator} />
      ) : regulator && associations.data?.length === 0 ? (
        <EmptyState />
      ) : (
        <LoadingState />
      )}
    </>
  );
}

export const TeamPage = withPermission(['workspace.read'], Team);
