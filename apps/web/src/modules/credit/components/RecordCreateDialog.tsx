import type { CreditRecordType, CreditSeverity } from '@gongzhi/contracts';
import { Checkbox, Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { maxRule, requiredChoiceRule, requiredRule } from '../../organisation/components/fieldRules';
import { TextField } from '../../organisation/components/TextField';
import { useCreateCreditRecord } from '../hooks/useCreditRecords';
import { CreditPolaritySelect, CreditRecordTypeSelect, CreditSeveritySelect } from './CreditSelects';
import { EvidencePicker } from './EvidencePicker';
import { fileErrors } from './evidence';
import { MemberPicker } from './MemberPicker';
import {
  defaultPolarity,
  defaultPublicationMonths,
  defaultPublishUntil,
  type RecordFormValues,
  toRecordCreate,
} from './recordForm';

interface RecordCreateDialogProps {
  open: boolean;
  associationId: string;
  /** A member to start with (e.g. the list's enterprise filter). */
  enterpriseId?: string | undefined;
  onClose: () => void;
}

/** A new credit record for a member: saved as a draft, with its evidence files. */
export function RecordCreateDialog({ open, associationId, enterpriseId, onClose }: RecordCreateDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const navigate = useNavigate();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<RecordFormValues>();
  const create = useCreateCreditRecord();
  const recordType = Form.useWatch('recordType', form) as CreditRecordType | undefined;
  const severity = Form.useWatch('severity', form) as CreditSeverity | undefined;
  const occurredOn = Form.useWatch('occurredOn', form) as Dayjs | undefined;

  const polarityHint =
    recordType && severity
      ? t('creditConsole.records.polarityHint', {
          polarity: t(`creditConsole.enums.polarity.${defaultPolarity(recordType, severity)}`),
        })
      : undefined;
  const publishUntilHint =
    recordType && severity && occurredOn
      ? t('creditConsole.records.publishUntilHint', {
          date: defaultPublishUntil(recordType, severity, occurredOn.format('YYYY-MM-DD')),
          months: defaultPublicationMonths(recordType, severity),
        })
      : t('creditConsole.records.publishUntilNeedsDate');

  const submit = (values: RecordFormValues) => {
    create.mutate(toRecordCreate(associationId, values), {
      onSuccess: (record) => {
        closeWith(t('creditConsole.records.created'));
        navigate(`/console/credit/records/${record.id}`);
      },
    });
  };

  return (
    <FormDialog
      open={open}
      title={t('creditConsole.records.createTitle')}
      width={720}
      form={form}
      save={create}
      onClose={onClose}
    >
      <Form<RecordFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ enterpriseId, severity: 'general', specialSector: false, evidence: [] }}
      >
        <Form.Item
          name="enterpriseId"
          label={t('creditConsole.records.fields.enterprise')}
          rules={[requiredChoiceRule(locale)]}
        >
          <MemberPicker associationId={associationId} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="recordType"
              label={t('creditConsole.records.fields.recordType')}
              rules={[requiredChoiceRule(locale)]}
            >
              <CreditRecordTypeSelect />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item
              name="severity"
              label={t('creditConsole.records.fields.severity')}
              rules={[requiredChoiceRule(locale)]}
            >
              <CreditSeveritySelect />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item name="polarity" label={t('creditConsole.records.fields.polarity')} extra={polarityHint}>
              <CreditPolaritySelect allowClear />
            </Form.Item>
          </Col>
        </Row>
        <TextField name="title" label={t('creditConsole.records.fields.title')} max={200} required />
        <TextField name="description" label={t('creditConsole.records.fields.description')} max={5000} rows={3} />
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="occurredOn"
              label={t('creditConsole.records.fields.occurredOn')}
              rules={[requiredChoiceRule(locale)]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="publishUntil"
              label={t('creditConsole.records.fields.publishUntil')}
              extra={publishUntilHint}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="sourceName"
          label={t('creditConsole.records.fields.sourceName')}
          rules={[requiredRule(locale), maxRule(locale, 200)]}
        >
          <Input maxLength={200} placeholder={t('creditConsole.records.sourceNamePlaceholder')} />
        </Form.Item>
        <Form.Item name="specialSector" valuePropName="checked" extra={t('creditConsole.records.specialSectorHint')}>
          <Checkbox>{t('creditConsole.records.fields.specialSector')}</Checkbox>
        </Form.Item>
        <Form.Item name="evidence" label={t('creditConsole.records.fields.evidence')}>
          <EvidencePicker errors={fileErrors(fieldErrorsOf(create.error), 'evidence')} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
