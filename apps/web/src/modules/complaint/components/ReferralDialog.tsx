import type { ComplaintDetailDto, ReferralKind } from '@gongzhi/contracts';
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { TextField } from '../../organisation/components/TextField';
import { useCreateReferral } from '../hooks/useComplaints';
import { ReferralKindSelect } from './ReferralKindSelect';
import { RegulatorSelect } from './RegulatorSelect';

interface ReferralValues {
  kind: ReferralKind;
  regulatorId: string;
  reason: string;
  evidence?: string | null;
}

interface ReferralDialogProps {
  complaint: ComplaintDetailDto;
  open: boolean;
  onClose: () => void;
}

/** The association passes a complaint outside its power, or a suspected violation, to a market regulator. */
export function ReferralDialog({ complaint, open, onClose }: ReferralDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<ReferralValues>();
  const refer = useCreateReferral(complaint.id);

  const submit = (values: ReferralValues) => {
    const evidence = values.evidence?.trim();
    refer.mutate(
      {
        kind: values.kind,
        regulatorId: values.regulatorId,
        reason: values.reason.trim(),
        ...(evidence ? { evidence } : {}),
      },
      { onSuccess: () => closeWith(t('complaint.referred')) },
    );
  };

  return (
    <FormDialog
      open={open}
      title={t('complaint.referTitle')}
      width={600}
      form={form}
      save={refer}
      onClose={onClose}
      okText={t('complaint.refer')}
    >
      <Form<ReferralValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'suspected_violation', regulatorId: complaint.regulatorId ?? undefined }}
      >
        <Form.Item name="kind" label={t('referral.fields.kind')} rules={[requiredChoiceRule(locale)]}>
          <ReferralKindSelect />
        </Form.Item>
        <Form.Item name="regulatorId" label={t('referral.fields.regulator')} rules={[requiredChoiceRule(locale)]}>
          <RegulatorSelect />
        </Form.Item>
        <TextField name="reason" label={t('referral.fields.reason')} max={2000} rows={3} required />
        <TextField name="evidence" label={t('referral.fields.evidence')} max={5000} rows={4} />
      </Form>
    </FormDialog>
  );
}
