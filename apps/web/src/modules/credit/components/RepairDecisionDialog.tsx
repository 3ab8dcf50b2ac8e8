import type { CreditRepairDto } from '@gongzhi/contracts';
import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { useLastShown } from '../../../ui/useLastShown';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { TextField } from '../../organisation/components/TextField';
import { useDecideRepair } from '../hooks/useCreditCases';
import { CreditCaseSummary } from './CreditCaseSummary';

interface RepairValues {
  decision: 'approve' | 'reject';
  reason: string;
}

interface RepairDecisionDialogProps {
  repair: CreditRepairDto | null;
  onClose: () => void;
  onReload: () => void;
}

/** Approve (the record is marked repaired and the grade re-evaluated) or reject a repair application. */
export function RepairDecisionDialog({ repair, onClose, onReload }: RepairDecisionDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<RepairValues>();
  const decide = useDecideRepair();
  const shown = useLastShown(repair);

  const submit = (values: RepairValues) => {
    if (!repair) return;
    decide.mutate(
      { id: repair.id, body: { decision: values.decision, version: repair.version, reason: values.reason.trim() } },
      { onSuccess: () => closeWith(t('creditConsole.repairs.decided')) },
    );
  };

  return (
    <FormDialog
      open={repair !== null}
      title={t('creditConsole.repairs.decideTitle', { title: shown?.recordTitle ?? '' })}
      width={680}
      form={form}
      save={decide}
      onClose={onClose}
      okText={t('creditConsole.repairs.decide')}
      intro={
        shown ? (
          <CreditCaseSummary
            texts="repairs"
            kase={shown}
            statement={{ label: t('creditConsole.repairs.fields.statement'), text: shown.statement }}
            showPurpose
          />
        ) : null
      }
      onReload={() => {
        onReload();
        onClose();
      }}
    >
      <Form<RepairValues> form={form} layout="vertical" onFinish={submit} initialValues={{ decision: 'approve' }}>
        <Form.Item name="decision" label={t('creditConsole.repairs.decision')} rules={[requiredChoiceRule(locale)]}>
          <Radio.Group
            options={(['approve', 'reject'] as const).map((value) => ({
              value,
              label: t(`creditConsole.enums.repairStatus.${value === 'approve' ? 'approved' : 'rejected'}`),
            }))}
          />
        </Form.Item>
        <TextField name="reason" label={t('creditConsole.repairs.reason')} max={2000} rows={3} required />
      </Form>
    </FormDialog>
  );
}
