import type { TimeLimitCreate, TimeLimitDto } from '@gongzhi/contracts';
import { Col, Form, InputNumber, Row } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { TextField } from '../../organisation/components/TextField';
import { useCreateTimeLimit } from '../hooks/useCalendar';

/** The day counts of a version, with the bounds of the contract. */
const NUMBERS = [
  { name: 'acceptanceDays', min: 1, max: 60 },
  { name: 'enterpriseResponseDays', min: 1, max: 60 },
  { name: 'mediationDays', min: 1, max: 180 },
  { name: 'terminationNoticeDays', min: 1, max: 60 },
  { name: 'dueSoonDays', min: 0, max: 10 },
  { name: 'limitationYears', min: 1, max: 20 },
] as const;

interface TimeLimitDialogProps {
  open: boolean;
  /** The version in force, to start from. */
  current: TimeLimitDto | undefined;
  onClose: () => void;
}

/** A new version of the time limits; cases already opened keep theirs. */
export function TimeLimitDialog({ open, current, onClose }: TimeLimitDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<TimeLimitCreate>();
  const create = useCreateTimeLimit();

  useEffect(() => {
    if (open && current) {
      const { id: _, version: __, createdAt: ___, ...values } = current;
      form.setFieldsValue(values);
    }
  }, [open, current, form]);

  return (
    <FormDialog
      open={open}
      title={t('calendar.timeLimits.createTitle')}
      width={640}
      form={form}
      save={create}
      onClose={onClose}
    >
      <Form<TimeLimitCreate>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          create.mutate(
            { ...values, ruleName: values.ruleName.trim() },
            { onSuccess: () => closeWith(t('calendar.timeLimits.created')) },
          )
        }
      >
        <TextField name="ruleName" label={t('calendar.timeLimits.fields.ruleName')} max={500} rows={2} required />
        <Row gutter={16}>
          {NUMBERS.map(({ name, min, max }) => (
            <Col key={name} xs={24} sm={12}>
              <Form.Item
                name={name}
                label={t(`calendar.timeLimits.fields.${name}`)}
                rules={[requiredChoiceRule(locale)]}
              >
                <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </FormDialog>
  );
}
