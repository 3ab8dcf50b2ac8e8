import {
  INFRASTRUCTURE_KINDS,
  INFRASTRUCTURE_SCOPES,
  type InfrastructureDto,
  type InfrastructureKind,
  type InfrastructureScope,
  TALENT_POOLS,
  type TalentEntryDto,
  type TalentPool,
} from '@gongzhi/contracts';
import { App, Badge, Button, Card, Form, Input, Segmented, Select, Switch, Table, Tabs, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errorText';
import { currentLocale } from '../../../lib/format';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { resourceLabels } from '../../../modules/funds/components/labels';
import { requiredChoiceRule, requiredRule } from '../../../modules/organisation/components/fieldRules';
import { resourcesApi } from '../../../modules/resources/api';
import { useInfrastructure, useSaveInfrastructure, useSavePerson, useTalent } from '../../../modules/resources/hooks';
import { useWorkspaceOrg } from '../../../modules/workspace/useWorkspaceOrg';
import { AddButton } from '../../../ui/AddButton';
import { EmptyState } from '../../../ui/EmptyState';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ErrorState } from '../../../ui/ErrorState';
import { FormDialog } from '../../../ui/FormDialog';
import { PageHeader } from '../../../ui/PageHeader';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';

/** /console/workspace/resources — the infrastructure register and the five human-resource pools (§8.3). */
function Resources() {
  const { t } = useTranslation();
  const org = useWorkspaceOrg();
  return (
    <>
      <PageHeader
        title={t('fundsConsole.resources.title')}
        subtitle={t('fundsConsole.resources.lead')}
        extra={org.picker}
      />
      {org.organisationId ? (
        <Tabs
          items={[
            {
              key: 'infrastructure',
              label: t('fundsConsole.tabs.infrastructure'),
              children: (
                <InfrastructureTab
                  organisationId={org.organisationId}
                  regulator={org.regulator}
                  canManage={org.canManage}
                />
              ),
            },
            {
              key: 'talent',
              label: t('fundsConsole.tabs.talent'),
              children: (
                <TalentTab organisationId={org.organisationId} regulator={org.regulator} canManage={org.canManage} />
              ),
            },
          ]}
        />
      ) : (
        <EmptyState description={t('fundsConsole.common.pickAssociation')} />
      )}
    </>
  );
}

interface TabProps {
  organisationId: string;
  regulator: boolean;
  canManage: boolean;
}

function InfrastructureTab({ organisationId, regulator, canManage }: TabProps) {
  const { t, i18n } = useTranslation();
  const labels = resourceLabels(currentLocale(i18n.language));
  const [editing, setEditing] = useState<{ item: InfrastructureDto | null } | null>(null);
  const list = useInfrastructure(regulator ? { organisationId } : {});
  return (
    <Card
      extra={
        canManage ? (
          <span data-testid="infrastructure-create">
            <AddButton onClick={() => setEditing({ item: null })}>{t('fundsConsole.resources.createItem')}</AddButton>
          </span>
        ) : null
      }
    >
      {list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<InfrastructureDto>
        rowKey="id"
        size="small"
        scroll={{ x: true }}
        pagination={false}
        loading={list.isLoading}
        dataSource={list.data ?? []}
        locale={{ emptyText: <EmptyState /> }}
        data-testid="infrastructure-table"
        columns={[
          { title: t('fundsConsole.fields.name'), dataIndex: 'name' },
          {
            title: t('fundsConsole.fields.scope'),
            dataIndex: 'scope',
            render: (s: InfrastructureScope) => labels.infrastructureScope[s],
          },
          {
            title: t('fundsConsole.fields.kind'),
            dataIndex: 'kind',
            render: (k: InfrastructureKind) =>
              k === 'one_stop_service' ? (
                <Tag color="gold">{labels.infrastructureKind[k]}</Tag>
              ) : (
                labels.infrastructureKind[k]
              ),
          },
          { title: t('fundsConsole.fields.provider'), dataIndex: 'provider' },
          {
            title: t('fundsConsole.fields.url'),
            dataIndex: 'url',
            render: (u: string | null) =>
              u ? (
                <a href={u} target="_blank" rel="noreferrer">
                  {u}
                </a>
              ) : null,
          },
          {
            title: t('fundsConsole.fields.status'),
            dataIndex: 'active',
            render: (a: boolean) => (
              <Badge
                status={a ? 'success' : 'default'}
                text={a ? t('fundsConsole.common.active') : t('fundsConsole.common.inactive')}
              />
            ),
          },
          ...(canManage
            ? [
                {
                  key: 'edit',
                  render: (_: unknown, item: InfrastructureDto) => (
                    <Button size="small" onClick={() => setEditing({ item })}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? <InfrastructureDialog item={editing.item} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}

interface InfrastructureValues {
  scope: InfrastructureScope;
  kind: InfrastructureKind;
  name: string;
  provider?: string;
  description?: string;
  url?: string;
  contact?: string;
  active?: boolean;
}

function InfrastructureDialog({ item, onClose }: { item: InfrastructureDto | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const labels = resourceLabels(locale);
  const [form] = Form.useForm<InfrastructureValues>();
  const save = useSaveInfrastructure();
  const closeWith = useCloseWithMessage(onClose);
  useEffect(() => {
    form.setFieldsValue(item ? { ...item, url: item.url ?? '' } : { scope: 'internal', active: true });
  }, [item, form]);
  const submit = (v: InfrastructureValues) => {
    const fields = {
      scope: v.scope,
      kind: v.kind,
      name: v.name,
      provider: v.provider ?? '',
      description: v.description ?? '',
      url: v.url?.trim() ? v.url.trim() : null,
      contact: v.contact ?? '',
    };
    save.mutate(
      { id: item?.id ?? null, body: item ? { ...fields, active: v.active ?? true, version: item.version } : fields },
      { onSuccess: () => closeWith(t('fundsConsole.common.saved')) },
    );
  };
  return (
    <FormDialog
      open
      title={item ? t('fundsConsole.resources.editItem') : t('fundsConsole.resources.createItem')}
      form={form}
      save={save}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="infrastructure-form">
        <Form.Item name="scope" label={t('fundsConsole.fields.scope')} rules={[requiredChoiceRule(locale)]}>
          <EnumSelect values={INFRASTRUCTURE_SCOPES} label={(s) => labels.infrastructureScope[s]} />
        </Form.Item>
        <Form.Item name="kind" label={t('fundsConsole.fields.kind')} rules={[requiredChoiceRule(locale)]}>
          <EnumSelect values={INFRASTRUCTURE_KINDS} label={(k) => labels.infrastructureKind[k]} />
        </Form.Item>
        <Form.Item name="name" label={t('fundsConsole.fields.name')} rules={[requiredRule(locale)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="provider" label={t('fundsConsole.fields.provider')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="url" label={t('fundsConsole.fields.url')}>
          <Input maxLength={500} placeholder="https://" />
        </Form.Item>
        <Form.Item name="contact" label={t('fundsConsole.fields.contact')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('fundsConsole.fields.description')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
        </Form.Item>
        {item ? (
          <Form.Item name="active" label={t('fundsConsole.fields.status')} valuePropName="checked">
            <Switch
              checkedChildren={t('fundsConsole.common.active')}
              unCheckedChildren={t('fundsConsole.common.inactive')}
            />
          </Form.Item>
        ) : null}
      </Form>
    </FormDialog>
  );
}

function TalentTab({ organisationId, regulator, canManage }: TabProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const labels = resourceLabels(currentLocale(i18n.language));
  const [pool, setPool] = useState<TalentPool | 'all'>('all');
  const [editing, setEditing] = useState<{ person: TalentEntryDto | null } | null>(null);
  const [revealed, setRevealed] = useState<Record<string, TalentEntryDto>>({});
  const list = useTalent({ ...(regulator ? { organisationId } : {}), ...(pool === 'all' ? {} : { pool }) });
  const count = (p: TalentPool) => list.data?.counts.find((c) => c.pool === p)?.active ?? 0;
  const reveal = async (id: string) => {
    try {
      const full = await resourcesApi.person(id);
      setRevealed((r) => ({ ...r, [id]: full }));
    } catch (error) {
      void message.error(errorText(error, t));
    }
  };
  const edit = async (person: TalentEntryDto) => {
    try {
      setEditing({ person: await resourcesApi.person(person.id) });
    } catch (error) {
      void message.error(errorText(error, t));
    }
  };
  return (
    <Card
      extra={
        canManage ? (
          <span data-testid="talent-create">
            <AddButton onClick={() => setEditing({ person: null })}>
              {t('fundsConsole.resources.createPerson')}
            </AddButton>
          </span>
        ) : null
      }
    >
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented<TalentPool | 'all'>
          data-testid="talent-pools"
          value={pool}
          onChange={setPool}
          options={[
            { value: 'all', label: t('fundsConsole.resources.allPools') },
            ...TALENT_POOLS.map((p) => ({ value: p, label: `${labels.talentPool[p]} (${count(p)})` })),
          ]}
        />
      </div>
      {list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<TalentEntryDto>
        rowKey="id"
        size="small"
        scroll={{ x: true }}
        pagination={false}
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <EmptyState /> }}
        data-testid="talent-table"
        columns={[
          { title: t('fundsConsole.fields.personName'), dataIndex: 'name' },
          { title: t('fundsConsole.fields.pool'), dataIndex: 'pool', render: (p: TalentPool) => labels.talentPool[p] },
          { title: t('fundsConsole.fields.affiliation'), dataIndex: 'affiliation' },
          { title: t('fundsConsole.fields.title'), dataIndex: 'title' },
          {
            title: t('fundsConsole.fields.specialties'),
            dataIndex: 'specialties',
            render: (s: string[]) => s.map((x) => <Tag key={x}>{x}</Tag>),
          },
          {
            title: t('fundsConsole.fields.phone'),
            key: 'phone',
            render: (_: unknown, p: TalentEntryDto) => (revealed[p.id] ?? p).phone,
          },
          {
            title: t('fundsConsole.fields.email'),
            key: 'email',
            render: (_: unknown, p: TalentEntryDto) => (revealed[p.id] ?? p).email,
          },
          {
            title: t('fundsConsole.fields.status'),
            dataIndex: 'active',
            render: (a: boolean) => (a ? t('fundsConsole.common.active') : t('fundsConsole.common.inactive')),
          },
          {
            key: 'actions',
            render: (_: unknown, p: TalentEntryDto) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                {(p.phone || p.email) && !revealed[p.id] ? (
                  <Button
                    size="small"
                    type="link"
                    title={t('fundsConsole.resources.contactAudited')}
                    onClick={() => void reveal(p.id)}
                    data-testid="talent-reveal"
                  >
                    {t('fundsConsole.resources.showContact')}
                  </Button>
                ) : null}
                {canManage ? (
                  <Button size="small" onClick={() => void edit(p)}>
                    {t('common.edit')}
                  </Button>
                ) : null}
              </span>
            ),
          },
        ]}
      />
      {editing ? <PersonDialog person={editing.person} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}

interface PersonValues {
  pool: TalentPool;
  name: string;
  affiliation?: string;
  title?: string;
  specialties?: string[];
  phone?: string;
  email?: string;
  note?: string;
  active?: boolean;
}

function PersonDialog({ person, onClose }: { person: TalentEntryDto | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const labels = resourceLabels(locale);
  const [form] = Form.useForm<PersonValues>();
  const save = useSavePerson();
  const closeWith = useCloseWithMessage(onClose);
  useEffect(() => {
    form.setFieldsValue(
      person ? { ...person, phone: person.phone ?? '', email: person.email ?? '' } : { active: true, specialties: [] },
    );
  }, [person, form]);
  const submit = (v: PersonValues) => {
    const fields = {
      pool: v.pool,
      name: v.name,
      affiliation: v.affiliation ?? '',
      title: v.title ?? '',
      specialties: v.specialties ?? [],
      phone: v.phone?.trim() ? v.phone.trim() : null,
      email: v.email?.trim() ? v.email.trim() : null,
      note: v.note ?? '',
    };
    save.mutate(
      {
        id: person?.id ?? null,
        body: person ? { ...fields, active: v.active ?? true, version: person.version } : fields,
      },
      { onSuccess: () => closeWith(t('fundsConsole.common.saved')) },
    );
  };
  return (
    <FormDialog
      open
      title={person ? t('fundsConsole.resources.editPerson') : t('fundsConsole.resources.createPerson')}
      form={form}
      save={save}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="talent-form">
        <Form.Item name="pool" label={t('fundsConsole.fields.pool')} rules={[requiredChoiceRule(locale)]}>
          <EnumSelect values={TALENT_POOLS} label={(p) => labels.talentPool[p]} />
        </Form.Item>
        <Form.Item name="name" label={t('fundsConsole.fields.personName')} rules={[requiredRule(locale)]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="affiliation" label={t('fundsConsole.fields.affiliation')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="title" label={t('fundsConsole.fields.title')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="specialties" label={t('fundsConsole.fields.specialties')}>
          <Select mode="tags" open={false} />
        </Form.Item>
        <Form.Item name="phone" label={t('fundsConsole.fields.phone')}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
        <Form.Item name="email" label={t('fundsConsole.fields.email')}>
          <Input maxLength={200} inputMode="email" />
        </Form.Item>
        <Form.Item name="note" label={t('fundsConsole.fields.note')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
        </Form.Item>
        {person ? (
          <Form.Item name="active" label={t('fundsConsole.fields.status')} valuePropName="checked">
            <Switch
              checkedChildren={t('fundsConsole.common.active')}
              unCheckedChildren={t('fundsConsole.common.inactive')}
            />
          </Form.Item>
        ) : null}
      </Form>
    </FormDialog>
  );
}

export const ResourcesPage = withPermission(['workspace.read'], Resources);
