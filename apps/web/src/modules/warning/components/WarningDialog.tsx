import type { ConsumerWarningDto } from '@gongzhi/contracts';
import { Form, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { organisationsOfKind, useCurrentUser } from '../../auth/hooks/currentUser';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { blankToNull } from '../../organisation/components/organisationFormValues';
import { TextField } from '../../organisation/components/TextField';
import { useCreateWarning, useUpdateWarning } from '../hooks/useWarnings';

interface WarningValues {
  associationId: string;
  title: string;
  body: string;
  productCategory?: string | null;
}

interface WarningDialogProps {
  open: boolean;
  /** The draft being edited; null to write a new one. */
  warning: ConsumerWarningDto | null;
  onClose: () => void;
  onReload: () => void;
}

/** Writes a new draft warning, or edits a draft. */
export function WarningDialog({ open, warning, onClose, onReload }: WarningDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const me = useCurrentUser();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<WarningValues>();
  const create = useCreateWarning();
  const update = useUpdateWarning();
  const save = warning ? update : create;
  const associations = organisationsOfKind(me, 'industry_organisation');

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(
      warning
        ? { title: warning.title, body: warning.body, productCategory: warning.productCategory }
        : { associationId: associations[0]?.id },
    );
  }, [open, warning, form, associations[0]?.id]);

  const submit = (values: WarningValues) => {
    if (warning) {
      update.mutate(
        {
          id: warning.id,
          body: {
            version: warning.version,
            title: values.title.trim(),
            body: values.body.trim(),
            productCategory: blankToNull(values.productCategory),
          },
        },
        { onSuccess: () => closeWith(t('common.saved')) },
      );
      return;
    }
    const productCategory = blankToNull(values.productCategory);
    create.mutate(
      {
        associationId: values.associationId,
        title: values.title.trim(),
        body: values.body.trim(),
        ...(productCategory ? { productCategory } : {}),
      },
      { onSuccess: () => closeWith(t('common.created')) },
    );
  };

  return (
    <FormDialog
      open={open}
      title={warning ? t('warning.editTitle') : t('warning.createTitle')}
      width={640}
      form={form}
      save={save}
      onClose={onClose}
      onReload={() => {
        onReload();
        onClose();
      }}
    >
      <Form<WarningValues> form={form} layout="vertical" onFinish={submit}>
        {warning ? null : (
          <Form.Item name="associationId" label={t('warning.fields.association')} rules={[requiredChoiceRule(locale)]}>
            <Select options={associations.map((association) => ({ value: association.id, label: association.name }))} />
          </Form.Item>
        )}
        <TextField name="title" label={t('warning.fields.title')} max={200} required />
        <TextField name="productCategory" label={t('warning.fields.productCategory')} max={100} />
        <TextField name="body" label={t('warning.fields.body')} max={10000} rows={8} required />
      </Form>
    </FormDialog>
  );
}
