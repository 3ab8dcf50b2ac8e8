import type { CreditRecordDto } from '@gongzhi/contracts';
import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { useLastShown } from '../../../ui/useLastShown';
import { TextField } from '../../organisation/components/TextField';
import { useObjectToRecord } from '../hooks/useCreditRecords';
import { type ObjectionValues, toObjectionCreate } from './caseForms';
import { EvidencePicker } from './EvidencePicker';
import { fileErrors } from './evidence';
import { TimeLimitAlert, withoutTimeLimit } from './TimeLimitAlert';

interface ObjectionDialogProps {
  /** The record objected to; null when closed. */
  record: CreditRecordDto | null;
  onClose: () => void;
}

/** The enterprise objects to a record: the reason and evidence; a refusal for lateness shows the date. */
export function ObjectionDialog({ record, onClose }: ObjectionDialogProps) {
  const { t } = useTranslation();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<ObjectionValues>();
  const object = useObjectToRecord();
  const shown = useLastShown(record);

  const submit = (values: ObjectionValues) => {
    if (!record) return;
    object.mutate(
      { recordId: record.id, body: toObjectionCreate(values) },
      { onSuccess: () => closeWith(t('creditConsole.objections.created')) },
    );
  };

  return (
    <FormDialog
      open={record !== null}
      title={t('creditConsole.objections.createTitle', { title: shown?.title ?? '' })}
      width={640}
      form={form}
      save={withoutTimeLimit(object)}
      onClose={onClose}
      okText={t('creditConsole.recordDetail.object')}
      intro={
        <>
          <TimeLimitAlert error={object.error} />
          {shown?.objectableUntil ? (
            <Typography.Paragraph type="secondary">
              {t('creditConsole.archive.objectionWindow', { date: shown.objectableUntil })}
            </Typography.Paragraph>
          ) : null}
        </>
      }
    >
      <Form<ObjectionValues> form={form} layout="vertical" onFinish={submit} initialValues={{ evidence: [] }}>
        <TextField name="reason" label={t('creditConsole.objections.createReason')} max={5000} rows={5} required />
        <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
          {t('creditConsole.objections.createReasonHint')}
        </Typography.Paragraph>
        <Form.Item name="evidence" label={t('creditConsole.records.fields.evidence')}>
          <EvidencePicker errors={fileErrors(fieldErrorsOf(object.error), 'evidence')} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
