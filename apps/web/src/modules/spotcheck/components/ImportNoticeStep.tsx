import { type FieldError, fieldMessage, type SpotCheckNoticeDto, type SpotCheckPreviewDto } from '@gongzhi/contracts';
import { Alert, App, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { currentLocale } from '../../../lib/format';
import { FormAlert } from '../../../ui/FormAlert';
import { maxRule, requiredChoiceRule, requiredRule } from '../../organisation/components/fieldRules';
import { useCommitImport } from '../hooks/useSpotChecks';
import {
  commitBlock,
  NOTICE_FACT_FIELDS,
  type NoticeValues,
  nonConformityRate,
  splitCommitErrors,
  suggestedFacts,
  toNoticeFacts,
} from './importWizard';
import { SpotCheckLevelSelect } from './SpotCheckSelects';
import { formatRate } from './spotCheckFormat';

interface ImportNoticeStepProps {
  preview: SpotCheckPreviewDto;
  onBack: () => void;
  /** A refused commit with row problems: back to the list of problems. */
  onRowProblems: () => void;
}

const BATCH_MAX = 1_000_000;

/** Step 4: the notice's facts, with the live non-conformity rate, and the commit. */
export function ImportNoticeStep({ preview, onBack, onRowProblems }: ImportNoticeStepProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<NoticeValues>();
  const commit = useCommitImport(preview.id);
  const [other, setOther] = useState<FieldError[]>([]);
  const inspected = Form.useWatch('batchesInspected', form);
  const unqualified = Form.useWatch('batchesUnqualified', form);
  const rate = nonConformityRate(inspected, unqualified);
  const block = commitBlock(preview);

  // The server's messages about the facts go next to their fields; the rest (rows, mapping) above the form.
  useEffect(() => {
    if (!commit.error) {
      setOther([]);
      return;
    }
    const split = splitCommitErrors(fieldErrorsOf(commit.error));
    form.setFields(
      NOTICE_FACT_FIELDS.filter((field) => split.notice[field]).map((field) => ({
        name: field,
        errors: split.notice[field] ?? [],
      })),
    );
    setOther(split.other);
  }, [commit.error, form]);

  const submit = (values: NoticeValues) => {
    commit.mutate(
      { notice: toNoticeFacts(values), mapping: preview.mapping, excludedRows: preview.excludedRows },
      {
        onSuccess: (notice: SpotCheckNoticeDto) => {
          if (notice.alreadyImported) void message.info(t('spotCheckConsole.import.notice.alreadyImported'));
          else void message.success(t('spotCheckConsole.import.notice.committed'));
          navigate(`/console/spot-checks/notices/${notice.id}`);
        },
      },
    );
  };

  const label = (field: (typeof NOTICE_FACT_FIELDS)[number]) => t(`spotCheckConsole.import.notice.fields.${field}`);
  // The input itself keeps the value a whole number from 0 to the server's maximum.
  const batchRules = [requiredChoiceRule(locale)];
  const number = (field: 'batchesSampled' | 'batchesInspected' | 'batchesUnqualified' | 'refusals') => (
    <InputNumber min={0} max={BATCH_MAX} precision={0} style={{ width: '100%' }} aria-label={label(field)} />
  );

  return (
    <Form<NoticeValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={suggestedFacts(preview)}
      data-testid="notice-form"
    >
      <Typography.Paragraph type="secondary">{t('spotCheckConsole.import.notice.lead')}</Typography.Paragraph>
      {block && block !== 'committed' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('spotCheckConsole.import.notice.commitBlocked')}
          data-testid="commit-blocked"
          action={
            <Button size="small" onClick={block === 'mapping' ? onBack : onRowProblems}>
              {t('spotCheckConsole.import.notice.showProblems')}
            </Button>
          }
        />
      ) : null}
      <FormAlert error={commit.error} details={other} />
      {other.length > 0 ? (
        <Button type="link" style={{ padding: 0, marginBottom: 16 }} onClick={onRowProblems}>
          {t('spotCheckConsole.import.notice.showProblems')}
        </Button>
      ) : null}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="noticeNo" label={label('noticeNo')} rules={[requiredRule(locale), maxRule(locale, 100)]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="title" label={label('title')} rules={[requiredRule(locale), maxRule(locale, 200)]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={8}>
          <Form.Item name="level" label={label('level')} rules={[requiredChoiceRule(locale)]}>
            <SpotCheckLevelSelect aria-label={label('level')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={8}>
          <Form.Item name="publishedOn" label={label('publishedOn')} rules={[requiredChoiceRule(locale)]}>
            <DatePicker
              style={{ width: '100%' }}
              aria-label={label('publishedOn')}
              disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="productCategory"
            label={label('productCategory')}
            rules={[requiredRule(locale), maxRule(locale, 100)]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="standards" label={label('standards')} rules={[maxRule(locale, 2000)]}>
            <Input.TextArea rows={2} maxLength={2000} showCount />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="batchesSampled" label={label('batchesSampled')} rules={batchRules}>
            {number('batchesSampled')}
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="batchesInspected"
            label={label('batchesInspected')}
            dependencies={['batchesSampled']}
            rules={[
              ...batchRules,
              ({ getFieldValue }) => ({
                validator: async (_, value: number | null | undefined) => {
                  const sampled = getFieldValue('batchesSampled') as number | null | undefined;
                  if (typeof value === 'number' && typeof sampled === 'number' && value > sampled) {
                    throw new Error(fieldMessage(locale, 'batches_order'));
                  }
                },
              }),
            ]}
          >
            {number('batchesInspected')}
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="batchesUnqualified"
            label={label('batchesUnqualified')}
            dependencies={['batchesInspected']}
            rules={[
              ...batchRules,
              ({ getFieldValue }) => ({
                validator: async (_, value: number | null | undefined) => {
                  const total = getFieldValue('batchesInspected') as number | null | undefined;
                  if (typeof value === 'number' && typeof total === 'number' && value > total) {
                    throw new Error(fieldMessage(locale, 'rate_above_100'));
                  }
                },
              }),
            ]}
          >
            {number('batchesUnqualified')}
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="refusals" label={label('refusals')}>
            {number('refusals')}
          </Form.Item>
        </Col>
      </Row>
      <Alert
        type={rate !== null && rate > 0 ? 'warning' : 'info'}
        style={{ marginBottom: 16 }}
        data-testid="live-rate"
        title={
          rate === null
            ? t('spotCheckConsole.import.notice.noRate')
            : t('spotCheckConsole.import.notice.liveRate', { rate: formatRate(rate, locale) })
        }
        description={t('spotCheckConsole.import.notice.suggested')}
      />
      <Flex gap={8} wrap justify="flex-end">
        <Button onClick={onBack}>{t('spotCheckConsole.import.previousStep')}</Button>
        <Tooltip title={block ? t('spotCheckConsole.import.notice.commitBlocked') : undefined}>
          <Button
            type="primary"
            htmlType="submit"
            loading={commit.isPending}
            disabled={block !== null}
            data-testid="commit-button"
          >
            {t('spotCheckConsole.import.notice.commit')}
          </Button>
        </Tooltip>
      </Flex>
    </Form>
  );
}
