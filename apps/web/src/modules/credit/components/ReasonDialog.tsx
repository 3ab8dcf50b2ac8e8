import { Form } from 'antd';
import type { ReactNode } from 'react';
import { FormDialog } from '../../../ui/FormDialog';
import { TextField } from '../../organisation/components/TextField';

interface ReasonDialogProps {
  open: boolean;
  title: ReactNode;
  label: string;
  okText: string;
  danger?: boolean;
  intro?: ReactNode;
  save: { isPending: boolean; error: unknown; reset: () => void };
  onSubmit: (reason: string) => void;
  onClose: () => void;
  onReload?: () => void;
}

/** A step that needs only a reason (lift a warning, end a measure, withdraw a commitment). */
export function ReasonDialog({
  open,
  title,
  label,
  okText,
  danger,
  intro,
  save,
  onSubmit,
  onClose,
  onReload,
}: ReasonDialogProps) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormDialog
      open={open}
      title={title}
      form={form}
      save={save}
      onClose={onClose}
      okText={okText}
      danger={danger}
      intro={intro}
      onReload={
        onReload
          ? () => {
              onReload();
              onClose();
            }
          : undefined
      }
    >
      <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values.reason.trim())}>
        <TextField name="reason" label={label} max={2000} rows={3} required />
      </Form>
    </FormDialog>
  );
}
