import { type ComplaintAction, type ComplaintDetailDto, fieldMessage } from '@gongzhi/contracts';
import { Checkbox, Form, Radio } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { TextField } from '../../organisation/components/TextField';
import { useComplaintAction } from '../hooks/useComplaints';
import { ACTION_EMPHASIS, ACTION_FIELDS, type ActionField, type ActionValues, toActionBody } from './actionForm';
import { RefusalGroundSelect } from './RefusalGroundSelect';
import { RegulatorSelect } from './RegulatorSelect';
import { TerminationGroundSelect } from './TerminationGroundSelect';

const NOTE_MAX = 2000;
const TEXT_MAX = 5000;

type FieldLabelKey = `complaint.actionFields.${
  | 'note'
  | 'notePause'
  | 'noteTransfer'
  | 'noteComment'
  | 'resolutionRefuse'
  | 'resolutionAnswer'
  | 'resolutionAgreement'
  | 'response'
  | 'consumerConsent'
  | 'enterpriseConsent'
  | 'justified'
  | 'regulator'
  | 'refusalGround'
  | 'terminationGround'}`;

/** The label of a field, which depends on the step (a pause's note is its reason, a refusal's resolution its explanation). */
function labelKey(action: ComplaintAction, field: ActionField): FieldLabelKey {
  switch (field) {
    case 'note':
      if (action === 'pause') return 'complaint.actionFields.notePause';
      if (action === 'transfer') return 'complaint.actionFields.noteTransfer';
      if (action === 'comment') return 'complaint.actionFields.noteComment';
      return 'complaint.actionFields.note';
    case 'resolution':
      if (action === 'refuse') return 'complaint.actionFields.resolutionRefuse';
      if (action === 'answer') return 'complaint.actionFields.resolutionAnswer';
      return 'complaint.actionFields.resolutionAgreement';
    case 'regulatorId':
      return 'complaint.actionFields.regulator';
    default:
      return `complaint.actionFields.${field}`;
  }
}

interface ComplaintActionDialogProps {
  complaint: ComplaintDetailDto;
  /** The step being taken; null when the dialog is closed. */
  action: ComplaintAction | null;
  onClose: () => void;
  /** After a version conflict: load the case again. */
  onReload: () => void;
}

/** One step on a case: a small form with what the step needs; the case's version guards against double handling. */
export function ComplaintActionDialog({ complaint, action, onClose, onReload }: ComplaintActionDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<ActionValues>();
  const act = useComplaintAction(complaint.id);
  // While the dialog closes, it keeps showing the step it was opened for.
  const last = useRef(action);
  if (action) last.current = action;
  const shown = action ?? last.current;
  const fields = shown ? ACTION_FIELDS[shown] : [];
  const actionLabel = shown ? t(`enums.complaintAction.${shown}`) : '';

  const submit = (values: ActionValues) => {
    if (!action) return;
    act.mutate(toActionBody(action, complaint.version, values), {
      onSuccess: () => closeWith(t('complaint.actionDone', { action: actionLabel })),
    });
  };

  const consentRule = {
    validator: async (_: unknown, checked: boolean | undefined) => {
      if (!checked) throw new Error(fieldMessage(locale, 'consent_required'));
    },
  };

  return (
    <FormDialog
      open={action !== null}
      title={t('complaint.actionTitle', { action: actionLabel, trackingNo: complaint.trackingNo })}
      form={form}
      save={act}
      onClose={onClose}
      okText={actionLabel}
      danger={shown ? ACTION_EMPHASIS[shown] === 'danger' : false}
      onReload={() => {
        onReload();
        onClose();
      }}
    >
      <Form<ActionValues> form={form} layout="vertical" onFinish={submit} initialValues={{ justified: 'undecided' }}>
        {shown
          ? fields.map(({ name, required = false }) => {
              const label = t(labelKey(shown, name));
              switch (name) {
                case 'note':
                  return <TextField key={name} name={name} label={label} max={NOTE_MAX} rows={3} required={required} />;
                case 'resolution':
                case 'response':
                  return <TextField key={name} name={name} label={label} max={TEXT_MAX} rows={5} required={required} />;
                case 'refusalGround':
                  return (
                    <Form.Item key={name} name={name} label={label} rules={[requiredChoiceRule(locale)]}>
                      <RefusalGroundSelect />
                    </Form.Item>
                  );
                case 'terminationGround':
                  return (
                    <Form.Item key={name} name={name} label={label} rules={[requiredChoiceRule(locale)]}>
                      <TerminationGroundSelect />
                    </Form.Item>
                  );
                case 'regulatorId':
                  return (
                    <Form.Item key={name} name={name} label={label} rules={[requiredChoiceRule(locale)]}>
                      <RegulatorSelect />
                    </Form.Item>
                  );
                case 'consumerConsent':
                case 'enterpriseConsent':
                  return (
                    <Form.Item key={name} name={name} valuePropName="checked" rules={[consentRule]}>
                      <Checkbox>{label}</Checkbox>
                    </Form.Item>
                  );
                case 'justified':
                  return (
                    <Form.Item key={name} name={name} label={label}>
                      <Radio.Group
                        options={(['yes', 'no', 'undecided'] as const).map((value) => ({
                          value,
                          label: t(`complaint.justified.${value}`),
                        }))}
                      />
                    </Form.Item>
                  );
                default:
                  return null;
              }
            })
          : null}
      </Form>
    </FormDialog>
  );
}
