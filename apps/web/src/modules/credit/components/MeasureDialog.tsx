import type { CreditMeasureKind } from '@gongzhi/contracts';
import { Alert, Col, DatePicker, Form, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { TextField } from '../../organisation/components/TextField';
import { useApplyCreditMeasure } from '../hooks/useCreditMeasures';
import { CreditMeasureKindSelect } from './CreditSelects';
import { MemberPicker } from './MemberPicker';

interface MeasureValues {
  enterpriseId: string;
  kind: CreditMeasureKind;
  reason: string;
  validFrom: Dayjs;
  validUntil?: Dayjs | null;
}

interface MeasureDialogProps {
  open: boolean;
  associationId: string;
  onClose: () => void;
}

/**
 * Applies an incentive or a constraint to a member. The server checks the member's published grade
 * and refuses with the grade and the grades the measure needs; that message shows next to the measure.
 */
export function MeasureDialog({ open, associationId, onClose }: MeasureDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<MeasureValues>();
  const apply = useApplyCreditMeasure();

  const submit = (values: MeasureValues) => {
    apply.mutate(
      {
        associationId,
        enterpriseId: values.enterpriseId,
        kind: values.kind,
        reason: values.reason.trim(),
        validFrom: values.validFrom.format('YYYY-MM-DD'),
        ...(values.validUntil ? { validUntil: values.validUntil.format('YYYY-MM-DD') } : {}),
      },
      { onSuccess: () => closeWith(t('creditConsole.measures.applied')) },
    );
  };

  return (
    <FormDialog
      open={open}
      title={t('creditConsole.measures.applyTitle')}
      width={640}
      form={form}
      save={apply}
      onClose={onClose}
      okText={t('creditConsole.measures.apply')}
      intro={
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('creditConsole.measures.eligibilityHint')} />
      }
    >
      <Form<MeasureValues> form={form} layout="vertical" onFinish={submit} initialValues={{ validFrom: dayjs() }}>
        <Form.Item
          name="enterpriseId"
          label={t('creditConsole.measures.fields.enterprise')}
          rules={[requiredChoiceRule(locale)]}
        >
          <MemberPicker associationId={associationId} />
        </Form.Item>
        <Form.Item name="kind" label={t('creditConsole.measures.fields.kind')} rules={[requiredChoiceRule(locale)]}>
          <CreditMeasureKindSelect />
        </Form.Item>
        <TextField name="reason" label={t('creditConsole.measures.fields.reason')} max={2000} rows={3} required />
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="validFrom"
              label={t('creditConsole.measures.fields.validFrom')}
              rules={[requiredChoiceRule(locale)]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="validUntil" label={t('creditConsole.measures.fields.validUntil')}>
              <DatePicker style={{ width: '100%' }} placeholder={t('creditConsole.measures.openEnded')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormDialog>
  );
}
