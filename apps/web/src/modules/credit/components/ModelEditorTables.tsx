import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CREDIT_SEVERITIES, type CreditSeverity, fieldMessage, type Locale } from '@gongzhi/contracts';
import { Button, Form, type FormListFieldData, Input, InputNumber, Select, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { requiredChoiceRule, requiredRule } from '../../organisation/components/fieldRules';
import { CreditRecordTypeSelect, CreditSeveritySelect } from './CreditSelects';
import type { GradeRow, RuleRow, VetoRow } from './modelEditor';

const numberRule = (locale: Locale, min: number, max: number) => [
  requiredChoiceRule(locale),
  { type: 'number' as const, min, message: fieldMessage(locale, 'too_small', { limit: min }) },
  { type: 'number' as const, max, message: fieldMessage(locale, 'too_large', { limit: max }) },
];

const cell = { style: { marginBottom: 0 } } as const;

function RemoveButton({ onClick, disabled = false }: { onClick: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Button
      type="text"
      danger
      icon={<DeleteOutlined />}
      aria-label={t('creditConsole.modelEditor.remove')}
      disabled={disabled}
      onClick={onClick}
    />
  );
}

/** The rules as an editable table (type, severity or any, points, window, decay, optional cap). */
export function RulesEditor() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (
    <Form.List name="rules">
      {(fields, { add, remove }) => {
        const columns: TableColumnsType<FormListFieldData> = [
          {
            key: 'recordType',
            title: t('creditConsole.models.rule.recordType'),
            render: (_, field) => (
              <Form.Item {...cell} name={[field.name, 'recordType']} rules={[requiredChoiceRule(locale)]}>
                <CreditRecordTypeSelect style={{ width: 170 }} aria-label={t('creditConsole.models.rule.recordType')} />
              </Form.Item>
            ),
          },
          {
            key: 'severity',
            title: t('creditConsole.models.rule.severity'),
            render: (_, field) => (
              <Form.Item {...cell} name={[field.name, 'severity']} rules={[requiredChoiceRule(locale)]}>
                <Select<CreditSeverity | 'any'>
                  style={{ width: 120 }}
                  aria-label={t('creditConsole.models.rule.severity')}
                  options={[
                    { value: 'any', label: t('creditConsole.common.anySeverity') },
                    ...CREDIT_SEVERITIES.map((value) => ({ value, label: t(`creditConsole.enums.severity.${value}`) })),
                  ]}
                />
              </Form.Item>
            ),
          },
          {
            key: 'points',
            title: t('creditConsole.models.rule.points'),
            render: (_, field) => (
              <Form.Item {...cell} name={[field.name, 'points']} rules={numberRule(locale, -100, 100)}>
                <InputNumber style={{ width: 90 }} aria-label={t('creditConsole.models.rule.points')} />
              </Form.Item>
            ),
          },
          {
            key: 'windowMonths',
            title: t('creditConsole.models.rule.windowMonths'),
            render: (_, field) => (
              <Form.Item {...cell} name={[field.name, 'windowMonths']} rules={numberRule(locale, 1, 120)}>
                <InputNumber
                  precision={0}
                  style={{ width: 90 }}
                  aria-label={t('creditConsole.models.rule.windowMonths')}
                />
              </Form.Item>
            ),
          },
          {
            key: 'decay',
            title: t('creditConsole.models.rule.decay'),
            render: (_, field) => (
              <Form.Item {...cell} name={[field.name, 'decay']} rules={[requiredChoiceRule(locale)]}>
                <Select
                  style={{ width: 120 }}
                  aria-label={t('creditConsole.models.rule.decay')}
                  options={(['none', 'linear'] as const).map((value) => ({
                    value,
                    label: t(`creditConsole.enums.decay.${value}`),
                  }))}
                />
              </Form.Item>
            ),
          },
          {
            key: 'cap',
            title: t('creditConsole.models.rule.cap'),
            render: (_, field) => (
              <Form.Item
                {...cell}
                name={[field.name, 'cap']}
                rules={[
                  { type: 'number', min: 0.01, max: 100, message: fieldMessage(locale, 'too_large', { limit: 100 }) },
                ]}
              >
                <InputNumber
                  style={{ width: 100 }}
                  placeholder={t('creditConsole.models.rule.noCap')}
                  aria-label={t('creditConsole.models.rule.cap')}
                />
              </Form.Item>
            ),
          },
          {
            key: 'remove',
            width: 48,
            render: (_, field) => <RemoveButton onClick={() => remove(field.name)} disabled={fields.length <= 1} />,
          },
        ];
        return (
          <>
            <Table<FormListFieldData>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={fields}
              columns={columns}
              scroll={{ x: 'max-content' }}
            />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              style={{ marginTop: 8 }}
              disabled={fields.length >= 100}
              onClick={() =>
                add({
                  recordType: 'self_reported',
                  severity: 'any',
                  points: 0,
                  windowMonths: 12,
                  decay: 'none',
                  cap: null,
                } satisfies RuleRow)
              }
            >
              {t('creditConsole.modelEditor.addRule')}
            </Button>
          </>
        );
      }}
    </Form.List>
  );
}

/** Vetoes: while a record of this type and severity is in its window, the grade is at best `maxGrade`. */
export function VetoesEditor({ gradeCodes }: { gradeCodes: string[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (
    <Form.List name="vetoes">
      {(fields, { add, remove }) => {
        const columns: TableColumnsType<FormListFieldData> = [
          {
            key: 'recordType',
            title: t('creditConsole.models.veto.recordType'),
            render: (_, field) => (
              <Form.Item {...cell} name={[field.name, 'recordType']} rules={[requiredChoiceRule(locale)]}>
                <CreditRecordTypeSelect style={{ width: 170 }} aria-label={t('creditConsole.models.veto.recordType')} />
              </Form.Item>
            ),
          },
          {
            key: 'severity',
            title: t('creditConsole.models.veto.severity'),
            render: (_, field) => (
              <Form.Item {...cell} name={[field.name, 'severity']} rules={[requiredChoiceRule(locale)]}>
                <CreditSeveritySelect style={{ width: 120 }} aria-label={t('creditConsole.models.veto.severity')} />
              </Form.Item>
            ),
          },
          {
            key: 'maxGrade',
            title: t('creditConsole.models.veto.maxGrade'),
            render: (_, field) => (
              <Form.Item {...cell} name={[field.name, 'maxGrade']} rules={[requiredChoiceRule(locale)]}>
                <Select
                  style={{ width: 100 }}
                  aria-label={t('creditConsole.models.veto.maxGrade')}
                  options={gradeCodes.map((code) => ({ value: code, label: code }))}
                />
              </Form.Item>
            ),
          },
          { key: 'remove', width: 48, render: (_, field) => <RemoveButton onClick={() => remove(field.name)} /> },
        ];
        return (
          <>
            <Table<FormListFieldData>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={fields}
              columns={columns}
              scroll={{ x: 'max-content' }}
            />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              style={{ marginTop: 8 }}
              disabled={fields.length >= 50}
              onClick={() =>
                add({
                  recordType: 'administrative_penalty',
                  severity: 'serious',
                  maxGrade: gradeCodes.at(-2) ?? gradeCodes.at(-1) ?? '',
                } satisfies VetoRow)
              }
            >
              {t('creditConsole.modelEditor.addVeto')}
            </Button>
          </>
        );
      }}
    </Form.List>
  );
}

/** Grades best first: code, the label in both languages, the lowest score of the grade. */
export function GradesEditor() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const text = (max: number) => [
    requiredRule(locale),
    { max, message: fieldMessage(locale, 'too_long', { limit: max }) },
  ];
  return (
    <Form.List name="grades">
      {(fields, { add, remove }) => {
        const columns: TableColumnsType<FormListFieldData> = [
          {
            key: 'code',
            title: t('creditConsole.models.grade.code'),
            render: (_, field) => (
              <Form.Item {...cell} name={[field.name, 'code']} rules={text(8)}>
                <Input maxLength={8} style={{ width: 80 }} aria-label={t('creditConsole.models.grade.code')} />
              </Form.Item>
            ),
          },
          {
            key: 'labelZh',
            title: t('creditConsole.models.grade.labelZh'),
            render: (_, field) => (
              <Form.Item {...cell} name={[field.name, 'labelZh']} rules={text(40)}>
                <Input maxLength={40} style={{ width: 180 }} aria-label={t('creditConsole.models.grade.labelZh')} />
              </Form.Item>
            ),
          },
          {
            key: 'labelEn',
            title: t('creditConsole.models.grade.labelEn'),
            render: (_, field) => (
              <Form.Item {...cell} name={[field.name, 'labelEn']} rules={text(40)}>
                <Input maxLength={40} style={{ width: 180 }} aria-label={t('creditConsole.models.grade.labelEn')} />
              </Form.Item>
            ),
          },
          {
            key: 'minScore',
            title: t('creditConsole.models.grade.minScore'),
            render: (_, field) => (
              <Form.Item {...cell} name={[field.name, 'minScore']} rules={numberRule(locale, -1000, 1000)}>
                <InputNumber style={{ width: 100 }} aria-label={t('creditConsole.models.grade.minScore')} />
              </Form.Item>
            ),
          },
          {
            key: 'remove',
            width: 48,
            render: (_, field) => <RemoveButton onClick={() => remove(field.name)} disabled={fields.length <= 2} />,
          },
        ];
        return (
          <>
            <Table<FormListFieldData>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={fields}
              columns={columns}
              scroll={{ x: 'max-content' }}
            />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              style={{ marginTop: 8 }}
              disabled={fields.length >= 10}
              onClick={() => add({ code: '', labelZh: '', labelEn: '', minScore: 0 } satisfies GradeRow)}
            >
              {t('creditConsole.modelEditor.addGrade')}
            </Button>
          </>
        );
      }}
    </Form.List>
  );
}
