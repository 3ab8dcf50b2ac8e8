import { EVIDENCE_RECORD_TYPES, type EvidenceRecordType } from '@gongzhi/contracts';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { EnumSelect } from '../../../ui/EnumSelect';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { maxRule, requiredChoiceRule, requiredRule } from '../../organisation/components/fieldRules';
import { useLinkEvidence } from '../hooks/useAssessments';
import { isWebAddress } from './links';

interface DialogValues {
  recordType: EvidenceRecordType;
  recordId: string;
  label: string;
}

interface EvidenceLinkDialogProps {
  assessmentId: string;
  /** The indicator the link is for; closed when null. */
  code: string | null;
  onClose: () => void;
}

/** Links a record of the platform (by type and id) or a web address to an indicator as evidence. */
export function EvidenceLinkDialog({ assessmentId, code, onClose }: EvidenceLinkDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<DialogValues>();
  const link = useLinkEvidence(assessmentId);
  const recordType = Form.useWatch('recordType', form);
  const url = recordType === 'url';

  const submit = (values: DialogValues) => {
    if (!code) return;
    const label = values.label.trim();
    link.mutate(
      { code, body: { recordType: values.recordType, recordId: values.recordId.trim(), label } },
      { onSuccess: () => closeWith(t('evaluationConsole.indicator.linked', { label })) },
    );
  };

  return (
    <FormDialog
      open={code !== null}
      title={t('evaluationConsole.link.title', { code: code ?? '' })}
      form={form}
      save={link}
      onClose={onClose}
    >
      <Form<DialogValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ recordType: 'url' }}
        data-testid="evidence-link-form"
      >
        <Form.Item
          name="recordType"
          label={t('evaluationConsole.link.recordType')}
          rules={[requiredChoiceRule(locale)]}
        >
          <EnumSelect<EvidenceRecordType>
            values={EVIDENCE_RECORD_TYPES}
            label={(value) => t(`evaluationConsole.enums.recordType.${value}`)}
            aria-label={t('evaluationConsole.link.recordType')}
          />
        </Form.Item>
        <Form.Item
          name="recordId"
          label={url ? t('evaluationConsole.link.url') : t('evaluationConsole.link.recordId')}
          extra={url ? undefined : t('evaluationConsole.link.recordIdHint')}
          rules={[
            requiredRule(locale),
            maxRule(locale, 2000),
            url
              ? {
                  validator: async (_, value: string | undefined) => {
                    if (value?.trim() && !isWebAddress(value)) throw new Error(t('evaluationConsole.link.urlInvalid'));
                  },
                }
              : {},
          ]}
        >
          <Input maxLength={2000} placeholder={url ? 'https://' : undefined} />
        </Form.Item>
        <Form.Item
          name="label"
          label={t('evaluationConsole.link.label')}
          extra={t('evaluationConsole.link.labelHint')}
          rules={[requiredRule(locale), maxRule(locale, 200)]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
