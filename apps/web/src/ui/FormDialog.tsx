import { type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './FormAlert';
import { useServerErrors } from './useServerErrors';

interface FormDialogProps {
  open: boolean;
  title: ReactNode;
  width?: number;
  form: FormInstance;
  /** The save (a mutation): its error shows above the form; it is reset once the dialog has closed. */
  save: { isPending: boolean; error: unknown; reset: () => void };
  onClose: () => void;
  /** More clean-up once the dialog has closed (the form and the save are reset already). */
  afterClose?: () => void;
  /** Shown above the error, e.g. the record being edited. */
  intro?: ReactNode;
  /** Offered on a version conflict. */
  onReload?: () => void;
  /** The form. */
  children: ReactNode;
}

/** A modal form with Save / Cancel: Save submits the form; server field errors go next to their fields. */
export function FormDialog({
  open,
  title,
  width,
  form,
  save,
  onClose,
  afterClose,
  intro,
  onReload,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  const unmatched = useServerErrors(form, save.error);
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        save.reset();
        afterClose?.();
      }}
      forceRender
    >
      {intro}
      <FormAlert error={save.error} details={unmatched} onReload={onReload} />
      {children}
    </Modal>
  );
}
