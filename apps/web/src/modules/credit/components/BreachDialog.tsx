import type { CommitmentDto } from '@gongzhi/contracts';
import { Alert, Col, DatePicker, Form, Row } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { useLastShown } from '../../../ui/useLastShown';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { TextField } from '../../organisation/components/TextField';
import { useBreachCommitment } from '../hooks/useCommitments';
import { CreditSeveritySelect } from './CreditSelects';
import { type BreachValues, toCommitmentBreach } from './caseForms';

interface BreachDialogProps {
  commitment: CommitmentDto | null;
  onClose: () => void;
  onReload: () => void;
}

/** The association finds a commitment broken: what happened, how serious, when (a credit record follows). */
export function BreachDialog({ commitment, onClose, onReload }: BreachDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<BreachValues>();
  const breach = useBreachCommitment();
  const shown = useLastShown(commitment);

  const submit = (values: BreachValues) => {
    if (!commitment) return;
    breach.mutate(
      { id: commitment.id, body: toCommitmentBreach(values, commitment.version) },
      { onSuccess: () => closeWith(t('creditConsole.commitments.breached')) },
    );
  };

  return (
    <FormDialog
      open={commitment !== null}
      title={t('creditConsole.commitments.breachTitle', { enterprise: shown?.enterpriseName ?? '' })}
      width={620}
      form={form}
      save={breach}
      onClose={onClose}
      okText={t('creditConsole.commitments.breach')}
      danger
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('creditConsole.commitments.breachIntro')}
        />
      }
      onReload={() => {
        onReload();
        onClose();
      }}
    >
      <Form<BreachValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ severity: 'general', occurredOn: dayjs() }}
      >
        <TextField name="reason" label={t('creditConsole.commitments.breachReason')} max={2000} rows={4} required />
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="severity"
              label={t('creditConsole.commitments.breachSeverity')}
              rules={[requiredChoiceRule(locale)]}
            >
              <CreditSeveritySelect />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="occurredOn"
              label={t('creditConsole.commitments.breachOccurredOn')}
              rules={[requiredChoiceRule(locale)]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormDialog>
  );
}
