import { type CreditObjectionDto, fieldMessage } from '@gongzhi/contracts';
import { Alert, Col, DatePicker, Divider, Form, Radio, Row } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { useLastShown } from '../../../ui/useLastShown';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { TextField } from '../../organisation/components/TextField';
import { useDecideObjection } from '../hooks/useCreditCases';
import { useCreditRecord } from '../hooks/useCreditRecords';
import { CreditCaseSummary } from './CreditCaseSummary';
import { CreditPolaritySelect, CreditSeveritySelect } from './CreditSelects';
import { changedCorrection, correctionDefaults, type ObjectionDecisionValues, toObjectionDecision } from './caseForms';

interface ObjectionDecisionDialogProps {
  /** The objection being decided; null when closed. */
  objection: CreditObjectionDto | null;
  onClose: () => void;
  onReload: () => void;
}

/** Uphold (revoke or correct the record) or reject an objection, with the reason. */
export function ObjectionDecisionDialog({ objection, onClose, onReload }: ObjectionDecisionDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<ObjectionDecisionValues>();
  const decide = useDecideObjection();
  const shown = useLastShown(objection);
  const decision = Form.useWatch('decision', form);
  const remedy = Form.useWatch('remedy', form);
  const correcting = decision === 'uphold' && remedy === 'correct';
  // The record's current values are where a correction starts.
  const record = useCreditRecord(shown?.recordId ?? '', objection !== null);
  const [noChange, setNoChange] = useState(false);

  useEffect(() => {
    if (objection && record.data) form.setFieldValue('correction', correctionDefaults(record.data, dayjs));
  }, [objection, record.data, form]);

  const submit = (values: ObjectionDecisionValues) => {
    if (!objection) return;
    if (correcting && Object.keys(changedCorrection(values.correction, record.data)).length === 0) {
      setNoChange(true);
      return;
    }
    setNoChange(false);
    decide.mutate(
      { id: objection.id, body: toObjectionDecision(values, objection.version, record.data) },
      { onSuccess: () => closeWith(t('creditConsole.objections.decided')) },
    );
  };

  return (
    <FormDialog
      open={objection !== null}
      title={t('creditConsole.objections.decideTitle', { title: shown?.recordTitle ?? '' })}
      width={720}
      form={form}
      save={decide}
      onClose={onClose}
      afterClose={() => setNoChange(false)}
      okText={t('creditConsole.objections.decide')}
      intro={
        shown ? (
          <CreditCaseSummary
            texts="objections"
            kase={shown}
            statement={{ label: t('creditConsole.objections.fields.reason'), text: shown.reason }}
          />
        ) : null
      }
      onReload={() => {
        onReload();
        onClose();
      }}
    >
      <Form<ObjectionDecisionValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ decision: 'uphold', remedy: 'revoke' }}
      >
        <Form.Item name="decision" label={t('creditConsole.objections.decision')} rules={[requiredChoiceRule(locale)]}>
          <Radio.Group
            options={(['uphold', 'reject'] as const).map((value) => ({
              value,
              label: t(`creditConsole.enums.objectionStatus.${value === 'uphold' ? 'upheld' : 'rejected'}`),
            }))}
          />
        </Form.Item>
        {decision === 'uphold' ? (
          <Form.Item name="remedy" label={t('creditConsole.objections.remedy')} rules={[requiredChoiceRule(locale)]}>
            <Radio.Group
              options={(['revoke', 'correct'] as const).map((value) => ({
                value,
                label: t(`creditConsole.enums.remedy.${value}`),
              }))}
            />
          </Form.Item>
        ) : null}
        <TextField name="reason" label={t('creditConsole.objections.reason')} max={2000} rows={3} required />
        {/* Kept mounted so that the defaults stay in the form while the remedy is switched back and forth. */}
        <div hidden={!correcting}>
          <Divider titlePlacement="start" plain>
            {t('creditConsole.objections.correctionTitle')}
          </Divider>
          {noChange ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={fieldMessage(locale, 'correction_required')}
            />
          ) : null}
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item name={['correction', 'severity']} label={t('creditConsole.records.fields.severity')}>
                <CreditSeveritySelect />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name={['correction', 'polarity']} label={t('creditConsole.records.fields.polarity')}>
                <CreditPolaritySelect />
              </Form.Item>
            </Col>
          </Row>
          <TextField name={['correction', 'title']} label={t('creditConsole.records.fields.title')} max={200} />
          <TextField
            name={['correction', 'description']}
            label={t('creditConsole.records.fields.description')}
            max={5000}
            rows={3}
          />
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item name={['correction', 'occurredOn']} label={t('creditConsole.records.fields.occurredOn')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name={['correction', 'publishUntil']} label={t('creditConsole.records.fields.publishUntil')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </div>
      </Form>
    </FormDialog>
  );
}
