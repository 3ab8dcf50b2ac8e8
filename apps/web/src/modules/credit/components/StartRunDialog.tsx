import type { CreditEvaluationCreate } from '@gongzhi/contracts';
import { DatePicker, Form, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { useStartCreditRun } from '../hooks/useCreditEvaluations';
import { useCreditModels } from '../hooks/useCreditModels';

interface StartValues {
  kind: 'official' | 'preview';
  modelId?: string | null;
  asOf?: Dayjs | null;
}

interface StartRunDialogProps {
  open: boolean;
  associationId: string;
  /** Start as a preview of this model version (from the models page). */
  presetModelId?: string | undefined;
  onClose: () => void;
}

/** Runs an official evaluation or a preview of a model version over all members, then opens the run. */
export function StartRunDialog({ open, associationId, presetModelId, onClose }: StartRunDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<StartValues>();
  const start = useStartCreditRun();
  const models = useCreditModels(associationId);
  const kind = Form.useWatch('kind', form) ?? 'official';

  const submit = (values: StartValues) => {
    const body: CreditEvaluationCreate = {
      associationId,
      kind: values.kind,
      ...(values.modelId ? { modelId: values.modelId } : {}),
      ...(values.asOf ? { asOf: values.asOf.format('YYYY-MM-DD') } : {}),
    };
    start.mutate(body, {
      onSuccess: (run) => {
        closeWith(t('creditConsole.evaluations.started'));
        navigate(`/console/credit/evaluations/${run.id}`);
      },
    });
  };

  return (
    <FormDialog
      open={open}
      title={t('creditConsole.evaluations.startTitle')}
      form={form}
      save={start}
      onClose={onClose}
      okText={t('creditConsole.evaluations.start')}
    >
      <Form<StartValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: presetModelId ? 'preview' : 'official', modelId: presetModelId }}
      >
        <Form.Item
          name="kind"
          label={t('creditConsole.evaluations.kind')}
          extra={t(`creditConsole.evaluations.kindHint.${kind}`)}
        >
          <Radio.Group
            options={(['official', 'preview'] as const).map((value) => ({
              value,
              label: t(`creditConsole.enums.runKind.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="modelId" label={t('creditConsole.evaluations.model')}>
          <Select
            allowClear
            placeholder={t('creditConsole.evaluations.modelDefault')}
            loading={models.isPending}
            options={(models.data ?? []).map((model) => ({
              value: model.id,
              label: (
                <span>
                  {t('creditConsole.common.version', { version: model.version })} · {model.name}{' '}
                  <Typography.Text type="secondary">
                    {t(`creditConsole.enums.modelStatus.${model.status}`)}
                  </Typography.Text>
                </span>
              ),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="asOf"
          label={t('creditConsole.evaluations.asOf')}
          extra={t('creditConsole.evaluations.asOfHint')}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
