import { fieldMessage, SPOT_CHECK_ANALYSIS_DIMENSIONS, type SpotCheckAnalysisDimension } from '@gongzhi/contracts';
import { Checkbox, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { TextField } from '../../organisation/components/TextField';
import { useCreateRiskReport } from '../hooks/useRiskReports';
import { CategorySelect } from './CategorySelect';
import { type ReportPrefill, reportDefaults, toReportCreate } from './reportForm';

const DATE = 'YYYY-MM-DD';

interface DialogValues {
  title: string;
  period: [Dayjs, Dayjs];
  summary: string;
  recommendations?: string;
  dimensions: SpotCheckAnalysisDimension[];
  categories?: string[];
}

interface RiskReportDialogProps {
  open: boolean;
  /** The analysis in view: its period, dimension and category are filled in. */
  prefill?: ReportPrefill;
  onClose: () => void;
}

/** An association writes a risk report for the regulator; the analyses and charts are attached by the server. */
export function RiskReportDialog({ open, prefill = {}, onClose }: RiskReportDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const navigate = useNavigate();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<DialogValues>();
  const create = useCreateRiskReport();
  const { from, to, by, category } = prefill;
  /** The title last filled in for a period: replaced when the period changes, unless the user wrote their own. */
  const autoTitle = useRef('');

  useEffect(() => {
    if (!open) return;
    const defaults = reportDefaults(
      { from, to, by, category },
      from && to ? t('riskConsole.reports.defaultTitle', { from, to }) : '',
    );
    autoTitle.current = defaults.title ?? '';
    form.setFieldsValue({
      title: defaults.title,
      dimensions: defaults.dimensions,
      categories: defaults.categories,
      ...(defaults.period ? { period: [dayjs(defaults.period.from), dayjs(defaults.period.to)] } : {}),
    });
  }, [open, from, to, by, category, form, t]);

  const submit = (values: DialogValues) => {
    const [start, end] = values.period;
    const body = toReportCreate({
      ...values,
      period: { from: start.format(DATE), to: end.format(DATE) },
    });
    create.mutate(body, {
      onSuccess: (report) => {
        closeWith(t('riskConsole.reports.created'));
        navigate(`/console/risk/reports/${report.id}`);
      },
    });
  };

  return (
    <FormDialog
      open={open}
      title={t('riskConsole.reports.createTitle')}
      width={720}
      form={form}
      save={create}
      onClose={onClose}
      okText={t('riskConsole.reports.create')}
    >
      <Form<DialogValues> form={form} layout="vertical" onFinish={submit} data-testid="risk-report-form">
        <TextField name="title" label={t('riskConsole.reports.fields.title')} max={200} required />
        <Form.Item name="period" label={t('riskConsole.reports.fields.period')} rules={[requiredChoiceRule(locale)]}>
          <DatePicker.RangePicker
            style={{ width: '100%' }}
            aria-label={t('riskConsole.reports.fields.period')}
            onChange={(range) => {
              const [start, end] = range ?? [null, null];
              const title = (form.getFieldValue('title') as string | undefined) ?? '';
              if (start && end && (!title.trim() || title === autoTitle.current)) {
                autoTitle.current = t('riskConsole.reports.defaultTitle', {
                  from: start.format(DATE),
                  to: end.format(DATE),
                });
                form.setFieldsValue({ title: autoTitle.current });
              }
            }}
          />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('riskConsole.reports.fields.summary')}
          rules={[
            requiredChoiceRule(locale),
            { whitespace: true, min: 10, message: fieldMessage(locale, 'too_short', { limit: 10 }) },
          ]}
        >
          <Input.TextArea rows={6} maxLength={20_000} showCount />
        </Form.Item>
        <TextField
          name="recommendations"
          label={t('riskConsole.reports.fields.recommendations')}
          max={20_000}
          rows={4}
        />
        <Form.Item
          name="dimensions"
          label={t('riskConsole.reports.fields.dimensions')}
          extra={t('riskConsole.reports.hints.dimensions')}
          rules={[requiredChoiceRule(locale)]}
        >
          <Checkbox.Group
            options={SPOT_CHECK_ANALYSIS_DIMENSIONS.map((value) => ({
              value,
              label: t(`riskConsole.enums.dimension.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="categories"
          label={t('riskConsole.reports.fields.categories')}
          extra={t('riskConsole.reports.hints.categories')}
        >
          <CategorySelect multiple maxCount={10} allowClear aria-label={t('riskConsole.reports.fields.categories')} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
