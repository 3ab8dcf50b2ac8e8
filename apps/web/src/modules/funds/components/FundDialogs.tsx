import {
  type BudgetLineDto,
  FUND_KINDS,
  FUND_PURPOSES,
  type FundKind,
  type FundPurpose,
  type FundSourceDto,
} from '@gongzhi/contracts';
import { Alert, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { EnumSelect } from '../../../ui/EnumSelect';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { requiredChoiceRule, requiredRule } from '../../organisation/components/fieldRules';
import {
  useCreateBudgetLine,
  useCreateExpenditure,
  useCreateFundSource,
  useUpdateBudgetLine,
  useUpdateFundSource,
} from '../hooks';
import { formatYuan, resourceLabels } from './labels';

const DATE = 'YYYY-MM-DD';
const money = { min: 0.01, precision: 2, style: { width: '100%' } } as const;

interface SourceValues {
  kind: FundKind;
  name: string;
  grantor?: string;
  purposes?: FundPurpose[];
  purposeNote?: string;
  amount: number;
  receivedOn: Dayjs;
  year: number;
}

/** Records a fund source, or edits one (`source`). */
export function SourceDialog({
  open,
  source,
  onClose,
}: {
  open: boolean;
  source: FundSourceDto | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const labels = resourceLabels(locale);
  const [form] = Form.useForm<SourceValues>();
  const create = useCreateFundSource();
  const update = useUpdateFundSource();
  const save = source ? update : create;
  const closeWith = useCloseWithMessage(onClose);
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(
      source
        ? { ...source, receivedOn: dayjs(source.receivedOn) }
        : { kind: 'self_raised', year: dayjs().year(), receivedOn: dayjs(), purposes: [] },
    );
  }, [open, source, form]);

  const submit = (v: SourceValues) => {
    const fields = {
      name: v.name,
      grantor: v.grantor ?? '',
      purposes: v.purposes ?? [],
      purposeNote: v.purposeNote ?? '',
      amount: v.amount,
      receivedOn: v.receivedOn.format(DATE),
      year: v.year,
    };
    const done = () => closeWith(t('fundsConsole.common.saved'));
    if (source) update.mutate({ id: source.id, body: { ...fields, version: source.version } }, { onSuccess: done });
    else create.mutate({ kind: v.kind, ...fields }, { onSuccess: done });
  };

  return (
    <FormDialog
      open={open}
      title={source ? t('fundsConsole.sources.edit') : t('fundsConsole.sources.create')}
      form={form}
      save={save}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="fund-source-form">
        <Form.Item name="kind" label={t('fundsConsole.fields.kind')} rules={[requiredChoiceRule(locale)]}>
          <EnumSelect values={FUND_KINDS} label={(k) => labels.fundKind[k]} disabled={Boolean(source)} />
        </Form.Item>
        <Form.Item name="name" label={t('fundsConsole.fields.name')} rules={[requiredRule(locale)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="grantor" label={t('fundsConsole.fields.grantor')}>
          <Input maxLength={200} />
        </Form.Item>
        {kind === 'special' ? (
          <>
            <Form.Item
              name="purposes"
              label={t('fundsConsole.fields.purposes')}
              rules={[requiredChoiceRule(locale)]}
              extra={t('fundsConsole.sources.purposesHint')}
            >
              <Select
                mode="multiple"
                options={FUND_PURPOSES.map((p) => ({ value: p, label: labels.fundPurpose[p] }))}
                data-testid="fund-source-purposes"
              />
            </Form.Item>
            <Form.Item name="purposeNote" label={t('fundsConsole.fields.purposeNote')}>
              <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="amount" label={t('fundsConsole.fields.amount')} rules={[requiredChoiceRule(locale)]}>
          <InputNumber {...money} />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('fundsConsole.fields.receivedOn')} rules={[requiredChoiceRule(locale)]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="year" label={t('fundsConsole.fields.year')} rules={[requiredChoiceRule(locale)]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

interface LineValues {
  fundSourceId: string;
  year: number;
  purpose: FundPurpose;
  name: string;
  amount: number;
}

/** Sets aside part of a source for one purpose (a special fund offers only its declared purposes). */
export function LineDialog({
  open,
  line,
  sources,
  onClose,
}: {
  open: boolean;
  line: BudgetLineDto | null;
  sources: FundSourceDto[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const labels = resourceLabels(locale);
  const [form] = Form.useForm<LineValues>();
  const create = useCreateBudgetLine();
  const update = useUpdateBudgetLine();
  const save = line ? update : create;
  const closeWith = useCloseWithMessage(onClose);
  const sourceId = Form.useWatch('fundSourceId', form);
  const source = sources.find((s) => s.id === (line?.fundSourceId ?? sourceId));
  const purposes = source?.kind === 'special' ? source.purposes : FUND_PURPOSES;

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(line ? { ...line } : { year: dayjs().year() });
  }, [open, line, form]);

  const submit = (v: LineValues) => {
    const done = () => closeWith(t('fundsConsole.common.saved'));
    if (line)
      update.mutate(
        { id: line.id, body: { name: v.name, amount: v.amount, version: line.version } },
        { onSuccess: done },
      );
    else create.mutate(v, { onSuccess: done });
  };

  return (
    <FormDialog
      open={open}
      title={line ? t('fundsConsole.lines.edit') : t('fundsConsole.lines.create')}
      form={form}
      save={save}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="budget-line-form">
        <Form.Item name="fundSourceId" label={t('fundsConsole.fields.source')} rules={[requiredChoiceRule(locale)]}>
          <Select
            disabled={Boolean(line)}
            options={sources.map((s) => ({ value: s.id, label: `${s.name}（${labels.fundKind[s.kind]}）` }))}
          />
        </Form.Item>
        {source ? (
          <Alert
            type="info"
            style={{ marginBottom: 16 }}
            title={t('fundsConsole.lines.sourceLeft', {
              amount: formatYuan(source.amount - source.budgeted, locale),
            })}
          />
        ) : null}
        <Form.Item name="year" label={t('fundsConsole.fields.year')} rules={[requiredChoiceRule(locale)]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} disabled={Boolean(line)} />
        </Form.Item>
        <Form.Item name="purpose" label={t('fundsConsole.fields.purpose')} rules={[requiredChoiceRule(locale)]}>
          <EnumSelect values={purposes} label={(p) => labels.fundPurpose[p]} disabled={Boolean(line)} />
        </Form.Item>
        <Form.Item name="name" label={t('fundsConsole.fields.lineName')} rules={[requiredRule(locale)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="amount" label={t('fundsConsole.fields.amount')} rules={[requiredChoiceRule(locale)]}>
          <InputNumber {...money} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

interface ExpenditureValues {
  budgetLineId: string;
  purpose?: FundPurpose;
  amount: number;
  spentOn: Dayjs;
  payee: string;
  description?: string;
  voucherNumber?: string;
}

/** Books an expenditure; shows what the chosen line has left and what its fund may be spent on. */
export function ExpenditureDialog({
  open,
  lines,
  onClose,
}: {
  open: boolean;
  lines: BudgetLineDto[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const labels = resourceLabels(locale);
  const [form] = Form.useForm<ExpenditureValues>();
  const create = useCreateExpenditure();
  const closeWith = useCloseWithMessage(onClose);
  const lineId = Form.useWatch('budgetLineId', form);
  const line = lines.find((l) => l.id === lineId);

  useEffect(() => {
    if (open) form.setFieldsValue({ spentOn: dayjs() });
  }, [open, form]);
  useEffect(() => {
    if (line) form.setFieldValue('purpose', line.purpose);
  }, [line, form]);

  const submit = (v: ExpenditureValues) => {
    create.mutate(
      {
        budgetLineId: v.budgetLineId,
        ...(v.purpose ? { purpose: v.purpose } : {}),
        amount: v.amount,
        spentOn: v.spentOn.format(DATE),
        payee: v.payee,
        description: v.description ?? '',
        voucherNumber: v.voucherNumber ?? '',
      },
      { onSuccess: () => closeWith(t('fundsConsole.common.saved')) },
    );
  };

  return (
    <FormDialog open={open} title={t('fundsConsole.expenditures.create')} form={form} save={create} onClose={onClose}>
      <Form form={form} layout="vertical" onFinish={submit} data-testid="expenditure-form">
        <Form.Item name="budgetLineId" label={t('fundsConsole.fields.line')} rules={[requiredChoiceRule(locale)]}>
          <Select
            data-testid="expenditure-line"
            options={lines.map((l) => ({ value: l.id, label: `${l.year} · ${l.fundSourceName} · ${l.name}` }))}
          />
        </Form.Item>
        {line ? (
          <Alert
            type="info"
            style={{ marginBottom: 16 }}
            data-testid="expenditure-line-remaining"
            title={t('fundsConsole.expenditures.remaining', { amount: formatYuan(line.remaining, locale) })}
            description={
              line.fundKind === 'special'
                ? t('fundsConsole.expenditures.allowed', {
                    purposes: line.allowedPurposes
                      .map((p) => labels.fundPurpose[p])
                      .join(locale === 'zh-CN' ? '、' : ', '),
                  })
                : t('fundsConsole.expenditures.selfRaised')
            }
          />
        ) : null}
        <Form.Item
          name="purpose"
          label={t('fundsConsole.fields.purpose')}
          extra={t('fundsConsole.expenditures.purposeHint')}
        >
          <EnumSelect values={FUND_PURPOSES} label={(p) => labels.fundPurpose[p]} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('fundsConsole.fields.amount')}
          rules={[requiredChoiceRule(locale)]}
          extra={t('fundsConsole.expenditures.correctionHint')}
        >
          <InputNumber precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="spentOn" label={t('fundsConsole.fields.spentOn')} rules={[requiredChoiceRule(locale)]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="payee" label={t('fundsConsole.fields.payee')} rules={[requiredRule(locale)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="voucherNumber" label={t('fundsConsole.fields.voucherNumber')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="description" label={t('fundsConsole.fields.description')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
