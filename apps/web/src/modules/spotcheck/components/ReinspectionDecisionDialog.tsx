import type { ReinspectionDto } from '@gongzhi/contracts';
import { Descriptions, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { useLastShown } from '../../../ui/useLastShown';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { TextField } from '../../organisation/components/TextField';
import { useDecideReinspection } from '../hooks/useSpotChecks';
import { joinItems } from './spotCheckFormat';

interface DecisionValues {
  outcome: 'qualified' | 'unqualified';
  inspectionBody: string;
  note: string;
}

interface ReinspectionDecisionDialogProps {
  reinspection: ReinspectionDto | null;
  onClose: () => void;
  onReload: () => void;
}

/** The regulator records the re-inspection's outcome; a qualified outcome replaces the result that stands. */
export function ReinspectionDecisionDialog({ reinspection, onClose, onReload }: ReinspectionDecisionDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<DecisionValues>();
  const decide = useDecideReinspection();
  const shown = useLastShown(reinspection);

  return (
    <FormDialog
      open={reinspection !== null}
      title={t('spotCheckConsole.reinspections.decideTitle', { product: shown?.productName ?? '' })}
      width={600}
      form={form}
      save={decide}
      onClose={onClose}
      okText={t('spotCheckConsole.reinspections.decision.submit')}
      onReload={() => {
        onReload();
        onClose();
      }}
      intro={
        shown ? (
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[
              {
                key: 'enterprise',
                label: t('spotCheckConsole.reinspections.fields.enterprise'),
                children: shown.enterpriseName,
              },
              { key: 'notice', label: t('spotCheckConsole.reinspections.fields.notice'), children: shown.noticeNo },
              {
                key: 'failingItems',
                label: t('spotCheckConsole.reinspections.fields.failingItems'),
                children: joinItems(shown.failingItems, locale) || t('common.none'),
              },
              {
                key: 'receivedOn',
                label: t('spotCheckConsole.reinspections.fields.receivedOn'),
                children: shown.receivedOn,
              },
              {
                key: 'reason',
                label: t('spotCheckConsole.reinspections.fields.reason'),
                children: <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{shown.reason}</span>,
              },
            ]}
          />
        ) : null
      }
    >
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          if (!reinspection) return;
          decide.mutate(
            {
              id: reinspection.id,
              body: {
                outcome: values.outcome,
                inspectionBody: values.inspectionBody.trim(),
                note: values.note.trim(),
                version: reinspection.version,
              },
            },
            { onSuccess: () => closeWith(t('spotCheckConsole.reinspections.decision.decided')) },
          );
        }}
      >
        <Form.Item
          name="outcome"
          label={t('spotCheckConsole.reinspections.decision.outcome')}
          rules={[requiredChoiceRule(locale)]}
        >
          <Radio.Group
            options={(['qualified', 'unqualified'] as const).map((value) => ({
              value,
              label: t(`spotCheckConsole.enums.reinspectionStatus.${value}`),
            }))}
          />
        </Form.Item>
        <TextField
          name="inspectionBody"
          label={t('spotCheckConsole.reinspections.decision.inspectionBody')}
          max={200}
          required
        />
        <TextField name="note" label={t('spotCheckConsole.reinspections.decision.note')} max={2000} rows={3} required />
      </Form>
    </FormDialog>
  );
}
