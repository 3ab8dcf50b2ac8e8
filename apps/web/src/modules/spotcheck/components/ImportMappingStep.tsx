import {
  type ColumnMappingDto,
  fieldMessage,
  SPOT_CHECK_FIELDS,
  SPOT_CHECK_REQUIRED_FIELDS,
  type SpotCheckField,
  type SpotCheckPreviewDto,
} from '@gongzhi/contracts';
import { Alert, App, Button, Col, Flex, Form, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/useServerErrors';
import { useMapImport } from '../hooks/useSpotChecks';
import { cleanMapping, columnLetter, duplicateFields, groupProblems, missingRequired } from './importWizard';

interface MappingValues {
  mapping: Partial<Record<SpotCheckField, number | null>>;
}

interface ImportMappingStepProps {
  preview: SpotCheckPreviewDto;
  onApplied: (preview: SpotCheckPreviewDto) => void;
  onBack: () => void;
}

/** Step 2: one select per field listing the file's header columns; required fields are marked. */
export function ImportMappingStep({ preview, onApplied, onBack }: ImportMappingStepProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const [form] = Form.useForm<MappingValues>();
  const map = useMapImport(preview.id);
  const unmatched = useServerErrors(form, map.error);
  const watched = Form.useWatch('mapping', form) ?? preview.mapping;
  const current = cleanMapping(watched);
  const duplicates = duplicateFields(current);
  const missing = missingRequired(current);
  const required = new Set<SpotCheckField>(SPOT_CHECK_REQUIRED_FIELDS);
  const fileProblems = groupProblems(preview.problems).file;

  // A new file (or a mapping applied elsewhere) starts the selects afresh.
  useEffect(() => {
    form.setFieldsValue({ mapping: preview.mapping });
  }, [form, preview.mapping]);

  const options = preview.headers.map((header, index) => ({
    value: index,
    label: t('spotCheckConsole.import.mapping.column', {
      letter: columnLetter(index),
      header: header.trim() || t('spotCheckConsole.import.mapping.emptyHeader'),
    }),
  }));

  const apply = (values: MappingValues) => {
    const mapping: ColumnMappingDto = cleanMapping(values.mapping);
    map.mutate(
      { mapping, excludedRows: preview.excludedRows },
      {
        onSuccess: (next) => {
          void message.success(t('spotCheckConsole.import.mapping.applied'));
          onApplied(next);
        },
      },
    );
  };

  return (
    <Form<MappingValues> form={form} layout="vertical" onFinish={apply} initialValues={{ mapping: preview.mapping }}>
      {preview.mappingRemembered ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('spotCheckConsole.import.mapping.remembered')}
          data-testid="mapping-remembered"
        />
      ) : null}
      {fileProblems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('spotCheckConsole.import.preview.fileProblems')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {fileProblems.map((problem) => (
                <li key={`${problem.field}:${problem.issue}:${problem.message}`}>{problem.message}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <FormAlert error={map.error} details={unmatched} />
      <Row gutter={16}>
        {SPOT_CHECK_FIELDS.map((field) => {
          const name = t(`spotCheckConsole.enums.field.${field}`);
          const duplicate = duplicates.has(field);
          return (
            <Col key={field} xs={24} sm={12} lg={8}>
              <Form.Item
                name={['mapping', field]}
                label={name}
                required={required.has(field)}
                validateStatus={duplicate ? 'error' : undefined}
                help={duplicate ? fieldMessage(locale, 'mapping_duplicate') : undefined}
                rules={
                  required.has(field)
                    ? [{ required: true, message: fieldMessage(locale, 'mapping_missing', { column: name }) }]
                    : []
                }
              >
                <Select<number>
                  allowClear
                  aria-label={name}
                  data-testid={`mapping-${field}`}
                  placeholder={t('spotCheckConsole.import.mapping.placeholder')}
                  options={options}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
            </Col>
          );
        })}
      </Row>
      {missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('spotCheckConsole.import.mapping.missing', {
            fields: missing.map((field) => t(`spotCheckConsole.enums.field.${field}`)).join(t('common.listSeparator')),
          })}
        />
      ) : null}
      <Flex gap={8} wrap justify="flex-end">
        <Button onClick={onBack}>{t('spotCheckConsole.import.previousStep')}</Button>
        <Button
          type="primary"
          htmlType="submit"
          loading={map.isPending}
          disabled={duplicates.size > 0}
          data-testid="mapping-apply"
        >
          {t('spotCheckConsole.import.mapping.apply')}
        </Button>
      </Flex>
    </Form>
  );
}
