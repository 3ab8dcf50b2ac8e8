import { type CreditRecordDto, type CreditRepairDocument, fieldMessage } from '@gongzhi/contracts';
import { Divider, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { useLastShown } from '../../../ui/useLastShown';
import { TextField } from '../../organisation/components/TextField';
import { useApplyForRepair } from '../hooks/useCreditRecords';
import { REPAIR_DOCUMENT_ORDER, type RepairValues, repairDocumentAt, toRepairCreate } from './caseForms';
import { EvidencePicker } from './EvidencePicker';
import { fileErrors } from './evidence';
import { TimeLimitAlert, withoutTimeLimit } from './TimeLimitAlert';

interface RepairDialogProps {
  record: CreditRecordDto | null;
  onClose: () => void;
}

/** Proofs may be several files; the application and the pledge are one each. */
const MAX_FILES: Record<CreditRepairDocument, number> = { application: 1, pledge: 1, proof: 4 };

/** The enterprise applies to repair a negative record: a statement and the three documents. */
export function RepairDialog({ record, onClose }: RepairDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<RepairValues>();
  const apply = useApplyForRepair();
  const shown = useLastShown(record);

  // The server's messages about documents.<n> go next to the file of the picker they are about.
  const byDocument = new Map<CreditRepairDocument, Map<number, string>>();
  const values = form.getFieldsValue(true) as RepairValues;
  for (const [index, text] of fileErrors(fieldErrorsOf(apply.error), 'documents')) {
    const at = repairDocumentAt(values, index);
    if (!at) continue;
    const map = byDocument.get(at.kind) ?? new Map<number, string>();
    map.set(at.position, text);
    byDocument.set(at.kind, map);
  }

  const submit = (submitted: RepairValues) => {
    if (!record) return;
    apply.mutate(
      { recordId: record.id, body: toRepairCreate(submitted) },
      { onSuccess: () => closeWith(t('creditConsole.repairs.created')) },
    );
  };

  const documentRule = (kind: CreditRepairDocument) => ({
    validator: async (_: unknown, files: unknown[] | undefined) => {
      if (!files || files.length === 0) {
        throw new Error(
          fieldMessage(locale, 'document_missing', { document: t(`creditConsole.enums.repairDocument.${kind}`) }),
        );
      }
    },
  });

  return (
    <FormDialog
      open={record !== null}
      title={t('creditConsole.repairs.createTitle', { title: shown?.title ?? '' })}
      width={680}
      form={form}
      save={withoutTimeLimit(apply)}
      onClose={onClose}
      okText={t('creditConsole.recordDetail.repair')}
      intro={
        <>
          <TimeLimitAlert error={apply.error} />
          {shown?.repairableFrom ? (
            <Typography.Paragraph type="secondary">
              {t('creditConsole.repairs.repairableFrom', { date: shown.repairableFrom })}
            </Typography.Paragraph>
          ) : null}
        </>
      }
    >
      <Form<RepairValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ application: [], pledge: [], proof: [] }}
      >
        <TextField name="statement" label={t('creditConsole.repairs.fields.statement')} max={5000} rows={4} required />
        <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
          {t('creditConsole.repairs.statementHint')}
        </Typography.Paragraph>
        <Divider titlePlacement="start" plain>
          {t('creditConsole.repairs.documentsTitle')}
        </Divider>
        {REPAIR_DOCUMENT_ORDER.map((kind) => (
          <Form.Item
            key={kind}
            name={kind}
            label={t(`creditConsole.enums.repairDocument.${kind}`)}
            rules={[documentRule(kind)]}
          >
            <EvidencePicker max={MAX_FILES[kind]} errors={byDocument.get(kind)} />
          </Form.Item>
        ))}
      </Form>
    </FormDialog>
  );
}
