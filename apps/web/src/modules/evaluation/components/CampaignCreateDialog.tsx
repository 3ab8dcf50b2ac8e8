import type { CampaignCreate } from '@gongzhi/contracts';
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLocale } from '../../../lib/format';
import { EnumSelect } from '../../../ui/EnumSelect';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { maxRule, requiredChoiceRule, requiredRule } from '../../organisation/components/fieldRules';
import { useCreateCampaign } from '../hooks/useCampaigns';
import { FrameworkSelect } from './FrameworkSelect';

const DATE = 'YYYY-MM-DD';
const CAMPAIGN_KINDS = ['self', 'regulator'] as const;
type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

interface DialogValues {
  title: string;
  frameworkId: string;
  kind: CampaignKind;
  period: [Dayjs, Dayjs];
  dueDate: Dayjs;
}

/** The regulator opens an assessment of every association at once; the answer says how many were opened. */
export function CampaignCreateDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const navigate = useNavigate();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<DialogValues>();
  const create = useCreateCampaign();

  const submit = (values: DialogValues) => {
    const [start, end] = values.period;
    const body: CampaignCreate = {
      title: values.title.trim(),
      frameworkId: values.frameworkId,
      kind: values.kind,
      periodStart: start.format(DATE),
      periodEnd: end.format(DATE),
      dueDate: values.dueDate.format(DATE),
    };
    create.mutate(body, {
      onSuccess: (campaign) => {
        closeWith(t('evaluationConsole.campaigns.created', { count: campaign.assessmentCount }));
        navigate(`/console/evaluation/campaigns/${campaign.id}`);
      },
    });
  };

  return (
    <FormDialog
      open={open}
      title={t('evaluationConsole.campaigns.createTitle')}
      width={640}
      form={form}
      save={create}
      onClose={onClose}
      okText={t('evaluationConsole.campaigns.create')}
    >
      <Form<DialogValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'self' }}
        data-testid="campaign-create-form"
      >
        <Form.Item
          name="title"
          label={t('evaluationConsole.campaigns.fields.title')}
          rules={[requiredRule(locale), maxRule(locale, 200)]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="frameworkId"
          label={t('evaluationConsole.campaigns.fields.framework')}
          rules={[requiredChoiceRule(locale)]}
        >
          <FrameworkSelect aria-label={t('evaluationConsole.campaigns.fields.framework')} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('evaluationConsole.campaigns.fields.kind')}
          extra={t('evaluationConsole.campaigns.kindHint')}
          rules={[requiredChoiceRule(locale)]}
        >
          <EnumSelect<CampaignKind>
            values={CAMPAIGN_KINDS}
            label={(value) => t(`evaluationConsole.enums.kind.${value}`)}
            aria-label={t('evaluationConsole.campaigns.fields.kind')}
          />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('evaluationConsole.campaigns.fields.period')}
          rules={[requiredChoiceRule(locale)]}
        >
          <DatePicker.RangePicker
            style={{ width: '100%' }}
            aria-label={t('evaluationConsole.campaigns.fields.period')}
          />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t('evaluationConsole.campaigns.fields.dueDate')}
          rules={[requiredChoiceRule(locale)]}
        >
          <DatePicker style={{ width: '100%' }} aria-label={t('evaluationConsole.campaigns.fields.dueDate')} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
