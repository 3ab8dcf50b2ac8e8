import {
  POLICY_KINDS,
  type PolicyDto,
  type PolicyFeedbackDto,
  type PolicyKind,
  type ReceivedFeedbackDto,
} from '@gongzhi/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  Space,
  Table,
  Tabs,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errorText';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { resourceLabels } from '../../../modules/funds/components/labels';
import { requiredChoiceRule, requiredRule } from '../../../modules/organisation/components/fieldRules';
import {
  useCreateFeedback,
  usePolicies,
  usePolicy,
  useReceivedFeedback,
  useSavePolicy,
  useSubmitFeedback,
  useUpdateFeedback,
} from '../../../modules/resources/hooks';
import { useWorkspaceOrg } from '../../../modules/workspace/useWorkspaceOrg';
import { AddButton } from '../../../ui/AddButton';
import { EmptyState } from '../../../ui/EmptyState';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ErrorState } from '../../../ui/ErrorState';
import { FormDialog } from '../../../ui/FormDialog';
import { PageHeader } from '../../../ui/PageHeader';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';

const DATE = 'YYYY-MM-DD';

/** /console/workspace/policies — policy information and the association's feedback; the regulator reads what was submitted. */
function Policies() {
  const { t } = useTranslation();
  const org = useWorkspaceOrg();
  const list = org.organisationId ? (
    <PolicyList organisationId={org.organisationId} regulator={org.regulator} canManage={org.canManage} />
  ) : (
    <EmptyState description={t('fundsConsole.common.pickAssociation')} />
  );
  return (
    <>
      <PageHeader
        title={t('fundsConsole.policies.title')}
        subtitle={t('fundsConsole.policies.lead')}
        extra={org.picker}
      />
      {org.regulator ? (
        <Tabs
          items={[
            { key: 'received', label: t('fundsConsole.policies.received'), children: <ReceivedList /> },
            { key: 'list', label: t('fundsConsole.policies.mine'), children: list },
          ]}
        />
      ) : (
        list
      )}
    </>
  );
}

function PolicyList({
  organisationId,
  regulator,
  canManage,
}: {
  organisationId: string;
  regulator: boolean;
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const labels = resourceLabels(currentLocale(i18n.language));
  const [kind, setKind] = useState<PolicyKind | undefined>(undefined);
  const [editing, setEditing] = useState<{ policy: PolicyDto | null } | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = usePolicies({ ...(regulator ? { organisationId } : {}), ...(kind ? { kind } : {}) });
  return (
    <Card
      title={
        <EnumSelect
          values={POLICY_KINDS}
          label={(k) => labels.policyKind[k]}
          value={kind}
          onChange={setKind}
          allowClear
          placeholder={t('fundsConsole.fields.policyKind')}
          style={{ minWidth: 160 }}
        />
      }
      extra={
        canManage ? (
          <span data-testid="policy-create">
            <AddButton onClick={() => setEditing({ policy: null })}>{t('fundsConsole.policies.create')}</AddButton>
          </span>
        ) : null
      }
    >
      {list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<PolicyDto>
        rowKey="id"
        size="small"
        scroll={{ x: true }}
        pagination={false}
        loading={list.isLoading}
        dataSource={list.data ?? []}
        locale={{ emptyText: <EmptyState /> }}
        data-testid="policy-table"
        onRow={(p) => ({ onClick: () => setOpenId(p.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('fundsConsole.fields.policyTitle'),
            dataIndex: 'title',
            render: (title: string, p: PolicyDto) => (
              <Button
                type="link"
                style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
                data-testid="policy-open"
              >
                {title} {p.open ? <Tag color="green">{t('fundsConsole.policies.open')}</Tag> : null}
              </Button>
            ),
          },
          {
            title: t('fundsConsole.fields.policyKind'),
            dataIndex: 'kind',
            render: (k: PolicyKind) => labels.policyKind[k],
          },
          { title: t('fundsConsole.fields.issuer'), dataIndex: 'issuer' },
          { title: t('fundsConsole.fields.issuedOn'), dataIndex: 'issuedOn' },
          { title: t('fundsConsole.fields.deadline'), dataIndex: 'deadline' },
          {
            title: t('fundsConsole.policies.feedback'),
            key: 'feedback',
            render: (_: unknown, p: PolicyDto) =>
              t('fundsConsole.policies.feedbackCount', { submitted: p.feedbackSubmitted, drafts: p.feedbackDrafts }),
          },
        ]}
      />
      {editing ? <PolicyDialog policy={editing.policy} onClose={() => setEditing(null)} /> : null}
      <PolicyDrawer
        id={openId}
        canManage={canManage}
        onClose={() => setOpenId(null)}
        onEdit={(policy) => setEditing({ policy })}
      />
    </Card>
  );
}

interface PolicyValues {
  kind: PolicyKind;
  title: string;
  issuer: string;
  documentNumber?: string;
  issuedOn: Dayjs;
  effectiveOn?: Dayjs | null;
  deadline?: Dayjs | null;
  url?: string;
  summary?: string;
}

function PolicyDialog({ policy, onClose }: { policy: PolicyDto | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const labels = resourceLabels(locale);
  const [form] = Form.useForm<PolicyValues>();
  const save = useSavePolicy();
  const closeWith = useCloseWithMessage(onClose);
  const kind = Form.useWatch('kind', form);
  useEffect(() => {
    form.setFieldsValue(
      policy
        ? {
            ...policy,
            issuedOn: dayjs(policy.issuedOn),
            effectiveOn: policy.effectiveOn ? dayjs(policy.effectiveOn) : null,
            deadline: policy.deadline ? dayjs(policy.deadline) : null,
            url: policy.url ?? '',
          }
        : { issuedOn: dayjs() },
    );
  }, [policy, form]);
  const submit = (v: PolicyValues) => {
    const fields = {
      kind: v.kind,
      title: v.title,
      issuer: v.issuer,
      documentNumber: v.documentNumber ?? '',
      issuedOn: v.issuedOn.format(DATE),
      effectiveOn: v.effectiveOn ? v.effectiveOn.format(DATE) : null,
      deadline: v.deadline ? v.deadline.format(DATE) : null,
      url: v.url?.trim() ? v.url.trim() : null,
      summary: v.summary ?? '',
    };
    save.mutate(
      { id: policy?.id ?? null, body: policy ? { ...fields, version: policy.version } : fields },
      { onSuccess: () => closeWith(t('fundsConsole.common.saved')) },
    );
  };
  return (
    <FormDialog
      open
      title={policy ? t('fundsConsole.policies.edit') : t('fundsConsole.policies.create')}
      form={form}
      save={save}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="policy-form">
        <Form.Item name="kind" label={t('fundsConsole.fields.policyKind')} rules={[requiredChoiceRule(locale)]}>
          <EnumSelect values={POLICY_KINDS} label={(k) => labels.policyKind[k]} />
        </Form.Item>
        <Form.Item name="title" label={t('fundsConsole.fields.policyTitle')} rules={[requiredRule(locale)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="issuer" label={t('fundsConsole.fields.issuer')} rules={[requiredRule(locale)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="documentNumber" label={t('fundsConsole.fields.documentNumber')}>
          <Input maxLength={100} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="issuedOn" label={t('fundsConsole.fields.issuedOn')} rules={[requiredChoiceRule(locale)]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="effectiveOn" label={t('fundsConsole.fields.effectiveOn')}>
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={t('fundsConsole.fields.deadline')}
            rules={kind === 'project_call' ? [requiredChoiceRule(locale)] : []}
          >
            <DatePicker />
          </Form.Item>
        </Flex>
        <Form.Item name="url" label={t('fundsConsole.fields.url')}>
          <Input maxLength={500} placeholder="https://" />
        </Form.Item>
        <Form.Item name="summary" label={t('fundsConsole.fields.summary')}>
          <Input.TextArea maxLength={10000} autoSize={{ minRows: 3 }} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

function PolicyDrawer({
  id,
  canManage,
  onClose,
  onEdit,
}: {
  id: string | null;
  canManage: boolean;
  onClose: () => void;
  onEdit: (p: PolicyDto) => void;
}) {
  const { t, i18n } = useTranslation();
  const labels = resourceLabels(currentLocale(i18n.language));
  const detail = usePolicy(id);
  const policy = detail.data?.policy;
  return (
    <Drawer open={Boolean(id)} onClose={onClose} size="large" title={policy?.title} data-testid="policy-drawer">
      {detail.error ? <ErrorState error={detail.error} record /> : null}
      {policy ? (
        <Flex vertical gap={16}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('fundsConsole.fields.policyKind')}>
              {labels.policyKind[policy.kind]}
            </Descriptions.Item>
            <Descriptions.Item label={t('fundsConsole.fields.issuer')}>{policy.issuer}</Descriptions.Item>
            <Descriptions.Item label={t('fundsConsole.fields.documentNumber')}>
              {policy.documentNumber}
            </Descriptions.Item>
            <Descriptions.Item label={t('fundsConsole.fields.issuedOn')}>{policy.issuedOn}</Descriptions.Item>
            {policy.effectiveOn ? (
              <Descriptions.Item label={t('fundsConsole.fields.effectiveOn')}>{policy.effectiveOn}</Descriptions.Item>
            ) : null}
            {policy.deadline ? (
              <Descriptions.Item label={t('fundsConsole.fields.deadline')}>
                {policy.deadline}{' '}
                <Tag color={policy.open ? 'green' : 'default'}>
                  {policy.open ? t('fundsConsole.policies.open') : t('fundsConsole.policies.closed')}
                </Tag>
              </Descriptions.Item>
            ) : null}
            {policy.url ? (
              <Descriptions.Item label={t('fundsConsole.fields.url')}>
                <a href={policy.url} target="_blank" rel="noreferrer">
                  {policy.url}
                </a>
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('fundsConsole.fields.summary')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{policy.summary}</span>
            </Descriptions.Item>
          </Descriptions>
          {canManage ? (
            <Button onClick={() => onEdit(policy)} style={{ alignSelf: 'flex-start' }}>
              {t('fundsConsole.policies.edit')}
            </Button>
          ) : null}
          <Card size="small" title={t('fundsConsole.policies.feedback')}>
            {(detail.data?.feedback ?? []).length === 0 ? <EmptyState /> : null}
            {(detail.data?.feedback ?? []).map((f) => (
              <FeedbackItem key={f.id} feedback={f} canManage={canManage} />
            ))}
          </Card>
          {canManage ? <FeedbackForm policyId={policy.id} /> : null}
        </Flex>
      ) : null}
    </Drawer>
  );
}

interface FeedbackValues {
  effect?: string;
  suggestions?: string;
  demands?: string;
}

function FeedbackFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="effect" label={t('fundsConsole.fields.effect')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item name="suggestions" label={t('fundsConsole.fields.suggestions')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item name="demands" label={t('fundsConsole.fields.demands')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </>
  );
}

const feedbackBody = (v: FeedbackValues) => ({
  effect: v.effect ?? '',
  suggestions: v.suggestions ?? '',
  demands: v.demands ?? '',
});

/** A new feedback on the policy: kept as a draft or submitted to the regulator at once. */
function FeedbackForm({ policyId }: { policyId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FeedbackValues>();
  const create = useCreateFeedback();
  const send = (submit: boolean) => {
    const body = feedbackBody(form.getFieldsValue());
    if (submit && !body.effect.trim() && !body.suggestions.trim() && !body.demands.trim()) {
      void message.warning(t('fundsConsole.policies.feedbackRequired'));
      return;
    }
    create.mutate(
      { policyId, body: { ...body, submit } },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('fundsConsole.common.saved'));
        },
      },
    );
  };
  return (
    <Card size="small" title={t('fundsConsole.policies.newFeedback')}>
      <Form form={form} layout="vertical" data-testid="policy-feedback-form">
        <FeedbackFields />
        {create.error ? (
          <Alert type="error" showIcon title={errorText(create.error, t)} style={{ marginBottom: 12 }} />
        ) : null}
        <Space wrap>
          <Button onClick={() => send(false)} loading={create.isPending} data-testid="policy-feedback-draft">
            {t('fundsConsole.policies.saveDraft')}
          </Button>
          <Button
            type="primary"
            onClick={() => send(true)}
            loading={create.isPending}
            data-testid="policy-feedback-submit"
          >
            {t('fundsConsole.policies.submit')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

function FeedbackItem({ feedback, canManage }: { feedback: PolicyFeedbackDto; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<FeedbackValues>();
  const update = useUpdateFeedback();
  const submit = useSubmitFeedback();
  const draft = feedback.status === 'draft';
  const failed = (error: unknown) => void message.error(errorText(error, t));
  return (
    <div style={{ borderBottom: '1px solid rgba(5,5,5,0.06)', padding: '8px 0' }} data-testid="policy-feedback-item">
      <Flex gap={8} wrap align="center">
        <Tag color={draft ? 'default' : 'green'}>
          {draft ? t('fundsConsole.policies.draft') : t('fundsConsole.policies.submitted')}
        </Tag>
        <span>{feedback.authorName}</span>
        <span style={{ opacity: 0.65 }}>{formatDateTime(feedback.submittedAt ?? feedback.updatedAt, locale)}</span>
      </Flex>
      {editing ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={feedback}
          onFinish={(v) =>
            update.mutate(
              { id: feedback.id, body: { ...feedbackBody(v), version: feedback.version } },
              { onSuccess: () => setEditing(false), onError: failed },
            )
          }
        >
          <FeedbackFields />
          <Space>
            <Button htmlType="submit" type="primary" loading={update.isPending}>
              {t('common.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      ) : (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('fundsConsole.fields.effect')}>{feedback.effect}</Descriptions.Item>
          <Descriptions.Item label={t('fundsConsole.fields.suggestions')}>{feedback.suggestions}</Descriptions.Item>
          <Descriptions.Item label={t('fundsConsole.fields.demands')}>{feedback.demands}</Descriptions.Item>
        </Descriptions>
      )}
      {canManage && draft && !editing ? (
        <Space>
          <Button size="small" onClick={() => setEditing(true)}>
            {t('fundsConsole.policies.edit_draft')}
          </Button>
          <Button
            size="small"
            type="primary"
            loading={submit.isPending}
            onClick={() => submit.mutate({ id: feedback.id, version: feedback.version }, { onError: failed })}
          >
            {t('fundsConsole.policies.submit')}
          </Button>
        </Space>
      ) : null}
      {canManage && !draft ? <div style={{ opacity: 0.65 }}>{t('fundsConsole.policies.submittedHint')}</div> : null}
    </div>
  );
}

/** The regulator's view: feedback the associations of its region submitted. */
function ReceivedList() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const labels = resourceLabels(locale);
  const [page, setPage] = useState(1);
  const list = useReceivedFeedback({ page, pageSize: 20 });
  return (
    <Card title={t('fundsConsole.policies.receivedLead')}>
      {list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<ReceivedFeedbackDto>
        rowKey={(r) => r.feedback.id}
        size="small"
        scroll={{ x: true }}
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <EmptyState /> }}
        data-testid="policy-feedback-received"
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: t('fundsConsole.common.association'), dataIndex: 'associationName' },
          { title: t('fundsConsole.fields.policyTitle'), dataIndex: 'policyTitle' },
          {
            title: t('fundsConsole.fields.policyKind'),
            dataIndex: 'policyKind',
            render: (k: PolicyKind) => labels.policyKind[k],
          },
          { title: t('fundsConsole.fields.effect'), key: 'effect', render: (_: unknown, r) => r.feedback.effect },
          {
            title: t('fundsConsole.fields.suggestions'),
            key: 'suggestions',
            render: (_: unknown, r) => r.feedback.suggestions,
          },
          { title: t('fundsConsole.fields.demands'), key: 'demands', render: (_: unknown, r) => r.feedback.demands },
          {
            title: t('fundsConsole.policies.submitted'),
            key: 'at',
            render: (_: unknown, r) => formatDateTime(r.feedback.submittedAt, locale),
          },
        ]}
      />
    </Card>
  );
}

export const PoliciesPage = withPermission(['workspace.read'], Policies);
