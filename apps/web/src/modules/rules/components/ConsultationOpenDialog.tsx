import { CONSULTATION_AUDIENCES, type ConsultationAudience } from '@gongzhi/contracts';
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLocale } from '../../../lib/format';
import { EnumSelect } from '../../../ui/EnumSelect';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { maxRule, requiredChoiceRule } from '../../organisation/components/fieldRules';
import { useOpenConsultation } from '../hooks/useRules';

interface Values {
  title?: string;
  description?: string;
  audience: ConsultationAudience;
  deadline: Dayjs;
}

/** Opens a draft to the members (or the public) for comments until a deadline. */
export function ConsultationOpenDialog({
  open,
  onClose,
  draft,
}: {
  open: boolean;
  onClose: () => void;
  draft: { id: string; title: string; version: number };
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const navigate = useNavigate();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<Values>();
  const save = useOpenConsultation();

  const submit = (values: Values) =>
    save.mutate(
      {
        versionId: draft.id,
        body: {
          title: values.title?.trim() || draft.title,
          description: values.description?.trim() ?? '',
          audience: values.audience,
          deadline: values.deadline.toISOString(),
          version: draft.version,
        },
      },
      {
        onSuccess: (c) => {
          closeWith(t('rulesConsole.consultations.opened'));
          navigate(`/console/workspace/consultations/${c.id}`);
        },
      },
    );

  return (
    <FormDialog
      open={open}
      title={t('rulesConsole.consultations.openTitle')}
      width={600}
      form={form}
      save={save}
      onClose={onClose}
      okText={t('rulesConsole.detail.openConsultation')}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ audience: 'members', title: draft.title, deadline: dayjs().add(14, 'day').endOf('day') }}
        data-testid="consultation-open-form"
      >
        <Form.Item name="title" label={t('rulesConsole.consultations.fields.title')} rules={[maxRule(locale, 200)]}>
          <Input maxLength={200} data-testid="consultation-title" />
        </Form.Item>
        <Form.Item
          name="audience"
          label={t('rulesConsole.consultations.fields.audience')}
          rules={[requiredChoiceRule(locale)]}
        >
          <EnumSelect<ConsultationAudience>
            data-testid="consultation-audience"
            values={CONSULTATION_AUDIENCES}
            label={(v) => t(`rulesConsole.enums.audience.${v}`)}
            aria-label={t('rulesConsole.consultations.fields.audience')}
          />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('rulesConsole.consultations.fields.deadline')}
          rules={[
            requiredChoiceRule(locale),
            {
              validator: (_, value: Dayjs | undefined) =>
                !value || value.isAfter(dayjs())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('rulesConsole.consultations.deadlineFuture'))),
            },
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            aria-label={t('rulesConsole.consultations.fields.deadline')}
            data-testid="consultation-deadline"
          />
        </Form.Item>
        <Form.Item name="description" label={t('rulesConsole.consultations.fields.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
