import type { ReferralDto } from '@gongzhi/contracts';
import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { TextField } from '../../organisation/components/TextField';
import { useReferralFeedback } from '../hooks/useReferrals';

interface ReferralFeedbackDialogProps {
  referral: ReferralDto | null;
  onClose: () => void;
  onReload: () => void;
}

/** The regulator records what it did with a referral. */
export function ReferralFeedbackDialog({ referral, onClose, onReload }: ReferralFeedbackDialogProps) {
  const { t } = useTranslation();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<{ feedback: string }>();
  const save = useReferralFeedback();

  const submit = ({ feedback }: { feedback: string }) => {
    if (!referral) return;
    save.mutate(
      { id: referral.id, body: { version: referral.version, feedback: feedback.trim() } },
      { onSuccess: () => closeWith(t('referral.feedbackSaved')) },
    );
  };

  return (
    <FormDialog
      open={referral !== null}
      title={t('referral.feedbackTitle')}
      form={form}
      save={save}
      onClose={onClose}
      onReload={() => {
        onReload();
        onClose();
      }}
      intro={
        referral ? (
          <Typography.Paragraph>
            <Typography.Text strong style={{ fontFamily: 'monospace' }}>
              {referral.trackingNo}
            </Typography.Text>{' '}
            · {referral.associationName}
            <br />
            <span className="gz-pre">{referral.reason}</span>
          </Typography.Paragraph>
        ) : null
      }
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <TextField name="feedback" label={t('referral.fields.feedback')} max={5000} rows={5} required />
      </Form>
    </FormDialog>
  );
}
