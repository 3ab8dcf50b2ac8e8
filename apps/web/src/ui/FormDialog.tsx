import { type FormInstance, Modal } from 'antd';
import { Fragment, type ReactNode, useState } from 'react';
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
  /** The submit button's text (default: Save). */
  okText?: ReactNode;
  /** A submit that ends or refuses something (a red button). */
  danger?: boolean;
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
  okText,
  danger = false,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  const unmatched = useServerErrors(form, save.error);
  // The buttons are made afresh for each opening: a hidden modal never finishes the leave animation of
  // the Save button's loading icon, which would otherwise still be there (and named) the next time.
  const [opening, setOpening] = useState(0);
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={okText ?? t('common.save')}
      okButtonProps={danger ? { danger: true } : undefined}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      footer={(buttons) => <Fragment key={opening}>{buttons}</Fragment>}
      afterClose={() => {
        setOpening((n) => n + 1);
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
