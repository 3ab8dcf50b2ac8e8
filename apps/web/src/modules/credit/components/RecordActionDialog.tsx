import type { CreditRecordAction, CreditRecordDto } from '@gongzhi/contracts';
import { Alert, Form } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { TextField } from '../../organisation/components/TextField';
import { useCreditRecordAction } from '../hooks/useCreditRecords';

/** The order of the record steps as buttons, and which are the usual next step or end the record. */
export const RECORD_ACTIONS: readonly CreditRecordAction[] = ['confirm', 'publish', 'unpublish', 'revoke'];
export const RECORD_ACTION_EMPHASIS: Record<CreditRecordAction, 'primary' | 'danger' | 'default'> = {
  confirm: 'primary',
  publish: 'primary',
  unpublish: 'default',
  revoke: 'danger',
};

interface RecordActionDialogProps {
  record: CreditRecordDto;
  /** The step being taken; null when closed. */
  action: CreditRecordAction | null;
  onClose: () => void;
  /** After a version conflict: load the record again. */
  onReload: () => void;
}

/** One step on a record, guarded by its version; revoking asks for the reason. */
export function RecordActionDialog({ record, action, onClose, onReload }: RecordActionDialogProps) {
  const { t } = useTranslation();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<{ reason?: string }>();
  const act = useCreditRecordAction(record.id);
  const last = useRef(action);
  if (action) last.current = action;
  const shown = action ?? last.current;
  const label = shown ? t(`creditConsole.enums.recordAction.${shown}`) : '';

  const submit = (values: { reason?: string }) => {
    if (!action) return;
    const reason = values.reason?.trim();
    act.mutate(
      { action, version: record.version, ...(action === 'revoke' && reason ? { reason } : {}) },
      { onSuccess: () => closeWith(t('creditConsole.common.actionDone', { action: label })) },
    );
  };

  return (
    <FormDialog
      open={action !== null}
      title={t('creditConsole.recordDetail.actionTitle', { action: label, title: record.title })}
      form={form}
      save={act}
      onClose={onClose}
      okText={label}
      danger={shown === 'revoke'}
      intro={
        shown ? (
          <Alert
            type={shown === 'revoke' ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 16 }}
            title={t(`creditConsole.recordDetail.intro.${shown}`)}
          />
        ) : null
      }
      onReload={() => {
        onReload();
        onClose();
      }}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        {shown === 'revoke' ? (
          <TextField name="reason" label={t('creditConsole.recordDetail.revokeReason')} max={2000} rows={3} required />
        ) : null}
      </Form>
    </FormDialog>
  );
}
