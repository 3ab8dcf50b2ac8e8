import type { SpotCheckResultDto } from '@gongzhi/contracts';
import { Descriptions, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { useLastShown } from '../../../ui/useLastShown';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { OrganisationPicker } from '../../organisation/components/OrganisationPicker';
import { useMatchResult } from '../hooks/useSpotChecks';

interface MatchDialogProps {
  result: SpotCheckResultDto | null;
  onClose: () => void;
}

/** The regulator names the registered enterprise a result row is about; the search starts from the file's name. */
export function MatchDialog({ result, onClose }: MatchDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<{ enterpriseId: string }>();
  const match = useMatchResult();
  const shown = useLastShown(result);

  return (
    <FormDialog
      open={result !== null}
      title={t('spotCheckConsole.unmatched.matchTitle')}
      width={560}
      form={form}
      save={match}
      onClose={onClose}
      okText={t('spotCheckConsole.common.match')}
      intro={
        shown ? (
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'name', label: t('spotCheckConsole.enums.field.enterpriseName'), children: shown.enterpriseName },
              {
                key: 'code',
                label: t('spotCheckConsole.enums.field.creditCode'),
                children: shown.creditCode ?? t('common.none'),
              },
              {
                key: 'district',
                label: t('spotCheckConsole.enums.field.district'),
                children: shown.district ?? t('common.none'),
              },
              { key: 'product', label: t('spotCheckConsole.enums.field.productName'), children: shown.productName },
              { key: 'notice', label: t('spotCheckConsole.common.notice'), children: shown.noticeNo },
            ]}
          />
        ) : null
      }
    >
      <Form<{ enterpriseId: string }>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          if (!result) return;
          match.mutate(
            { id: result.id, enterpriseId: values.enterpriseId },
            { onSuccess: () => closeWith(t('spotCheckConsole.unmatched.matched')) },
          );
        }}
      >
        {/* Searched only once opened; remounted per row, so that the search starts from this row. */}
        {shown ? (
          <Form.Item
            name="enterpriseId"
            label={t('spotCheckConsole.unmatched.enterprise')}
            rules={[requiredChoiceRule(locale)]}
          >
            <OrganisationPicker
              key={shown.id}
              kind="enterprise"
              initialSearch={shown.creditCode ?? shown.enterpriseName}
              placeholder={t('spotCheckConsole.unmatched.enterpriseSearch')}
              data-testid="match-enterprise"
            />
          </Form.Item>
        ) : null}
      </Form>
    </FormDialog>
  );
}
