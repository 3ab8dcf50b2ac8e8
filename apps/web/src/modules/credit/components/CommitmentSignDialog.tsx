import { fieldMessage } from '@gongzhi/contracts';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { requiredChoiceRule, requiredRule } from '../../organisation/components/fieldRules';
import { useSignCommitment } from '../hooks/useCommitments';
import { CommitmentKindSelect } from './CreditSelects';
import { type CommitmentValues, MIN_RETURN_DAYS, needsReturnTerms, toCommitmentCreate } from './caseForms';

interface CommitmentSignDialogProps {
  open: boolean;
  enterpriseId: string;
  /** The associations the enterprise belongs to (the commitment is made to one of them). */
  associations: { id: string; name: string }[];
  onClose: () => void;
}

/** The enterprise signs a commitment; an offline no-reason return commitment needs its scope and ≥ 7 days. */
export function CommitmentSignDialog({ open, enterpriseId, associations, onClose }: CommitmentSignDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<CommitmentValues>();
  const sign = useSignCommitment();
  const kind = Form.useWatch('kind', form);
  const terms = needsReturnTerms(kind);
  const firstAssociation = associations[0]?.id;

  // The memberships may arrive after the form was made: start with the first association then.
  useEffect(() => {
    if (open && firstAssociation && !form.getFieldValue('associationId')) {
      form.setFieldValue('associationId', firstAssociation);
    }
  }, [open, firstAssociation, form]);

  const submit = (values: CommitmentValues) => {
    sign.mutate(toCommitmentCreate(enterpriseId, values), {
      onSuccess: () => closeWith(t('creditConsole.commitments.signed')),
    });
  };

  return (
    <FormDialog
      open={open}
      title={t('creditConsole.commitments.signTitle')}
      width={640}
      form={form}
      save={sign}
      onClose={onClose}
      okText={t('creditConsole.commitments.sign')}
    >
      <Form<CommitmentValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          associationId: firstAssociation,
          kind: 'quality_safety',
          period: [dayjs(), dayjs().add(1, 'year').subtract(1, 'day')],
        }}
      >
        <Form.Item
          name="associationId"
          label={t('creditConsole.commitments.fields.association')}
          rules={[requiredChoiceRule(locale)]}
        >
          <Select options={associations.map((association) => ({ value: association.id, label: association.name }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('creditConsole.commitments.fields.kind')} rules={[requiredChoiceRule(locale)]}>
          <CommitmentKindSelect />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('creditConsole.commitments.fields.content')}
          extra={t('creditConsole.commitments.contentHint')}
          rules={[
            requiredRule(locale),
            { min: 10, message: fieldMessage(locale, 'too_short', { limit: 10 }) },
            { max: 5000, message: fieldMessage(locale, 'too_long', { limit: 5000 }) },
          ]}
        >
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
        {terms ? (
          <>
            <Form.Item
              name="scope"
              label={t('creditConsole.commitments.fields.scope')}
              extra={t('creditConsole.commitments.scopeHint')}
              rules={[{ required: true, whitespace: true, message: fieldMessage(locale, 'return_days_required') }]}
            >
              <Input.TextArea rows={2} maxLength={1000} showCount />
            </Form.Item>
            <Form.Item
              name="returnDays"
              label={t('creditConsole.commitments.fields.returnDays')}
              extra={t('creditConsole.commitments.returnDaysHint')}
              rules={[
                { required: true, message: fieldMessage(locale, 'return_days_required') },
                {
                  type: 'number',
                  min: MIN_RETURN_DAYS,
                  message: fieldMessage(locale, 'too_small', { limit: MIN_RETURN_DAYS }),
                },
              ]}
            >
              <InputNumber min={1} max={365} precision={0} style={{ width: 160 }} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item
          name="period"
          label={t('creditConsole.commitments.fields.period')}
          rules={[requiredChoiceRule(locale)]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
