import type { SpotCheckResultDto } from '@gongzhi/contracts';
import { Alert, DatePicker, Descriptions, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { useLastShown } from '../../../ui/useLastShown';
import { timeLimitOf } from '../../credit/components/timeLimit';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { TextField } from '../../organisation/components/TextField';
import { useRequestReinspection } from '../hooks/useSpotChecks';
import { joinItems } from './spotCheckFormat';

interface RequestValues {
  receivedOn: Dayjs;
  reason: string;
}

interface ReinspectionRequestDialogProps {
  result: SpotCheckResultDto | null;
  onClose: () => void;
}

/** The enterprise asks for a re-inspection of an unqualified result, within 15 days of receiving it. */
export function ReinspectionRequestDialog({ result, onClose }: ReinspectionRequestDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<RequestValues>();
  const request = useRequestReinspection();
  const shown = useLastShown(result);
  const late = timeLimitOf(request.error);

  return (
    <FormDialog
      open={result !== null}
      title={t('spotCheckConsole.common.requestReinspectionFor', { product: shown?.productName ?? '' })}
      width={600}
      form={form}
      // A too_late refusal is shown with its date below, not as the form's general error.
      save={late ? { ...request, error: null } : request}
      onClose={onClose}
      okText={t('spotCheckConsole.reinspections.request.submit')}
      intro={
        <>
          {late ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-time-limit={late.code}
              title={
                late.date
                  ? t('spotCheckConsole.reinspections.request.tooLate', { date: late.date })
                  : t('spotCheckConsole.reinspections.request.tooLateNoDate')
              }
            />
          ) : null}
          {shown ? (
            <Descriptions
              size="small"
              column={1}
              style={{ marginBottom: 8 }}
              items={[
                { key: 'notice', label: t('spotCheckConsole.common.notice'), children: shown.noticeNo },
                { key: 'product', label: t('spotCheckConsole.common.product'), children: shown.productName },
                {
                  key: 'failingItems',
                  label: t('spotCheckConsole.common.failingItems'),
                  children: joinItems(shown.failingItems, locale) || t('common.none'),
                },
              ]}
            />
          ) : null}
          {shown?.reinspectionDeadline ? (
            <Typography.Paragraph type="secondary">
              {t('spotCheckConsole.common.reinspectionDeadline', { date: shown.reinspectionDeadline })}
            </Typography.Paragraph>
          ) : null}
        </>
      }
    >
      <Form<RequestValues>
        form={form}
        layout="vertical"
        initialValues={{ receivedOn: dayjs() }}
        onFinish={(values) => {
          if (!result) return;
          request.mutate(
            {
              resultId: result.id,
              body: { receivedOn: values.receivedOn.format('YYYY-MM-DD'), reason: values.reason.trim() },
            },
            { onSuccess: () => closeWith(t('spotCheckConsole.reinspections.request.requested')) },
          );
        }}
      >
        <Form.Item
          name="receivedOn"
          label={t('spotCheckConsole.reinspections.request.receivedOn')}
          rules={[requiredChoiceRule(locale)]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            aria-label={t('spotCheckConsole.reinspections.request.receivedOn')}
          />
        </Form.Item>
        <TextField
          name="reason"
          label={t('spotCheckConsole.reinspections.request.reason')}
          max={2000}
          rows={4}
          required
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
          {t('spotCheckConsole.reinspections.request.reasonHint')}
        </Typography.Paragraph>
      </Form>
    </FormDialog>
  );
}
