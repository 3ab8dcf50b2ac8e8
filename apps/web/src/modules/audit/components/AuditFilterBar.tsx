import { Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface AuditFilters {
  action?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  actorUserId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

interface FilterValues {
  action?: string;
  targetType?: string;
  targetId?: string;
  actorUserId?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

function toValues(filters: AuditFilters): FilterValues {
  return {
    action: filters.action,
    targetType: filters.targetType,
    targetId: filters.targetId,
    actorUserId: filters.actorUserId,
    period:
      filters.from || filters.to
        ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
        : null,
  };
}

function trimmed(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

export function AuditFilterBar({
  filters,
  onChange,
}: {
  filters: AuditFilters;
  onChange: (next: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();

  useEffect(() => {
    form.setFieldsValue(toValues(filters));
  }, [filters, form]);

  const submit = (values: FilterValues) => {
    const [from, to] = values.period ?? [null, null];
    onChange({
      action: trimmed(values.action),
      targetType: trimmed(values.targetType),
      targetId: trimmed(values.targetId),
      actorUserId: trimmed(values.actorUserId),
      from: from ? from.startOf('day').toISOString() : undefined,
      to: to ? to.endOf('day').toISOString() : undefined,
    });
  };

  return (
    <Form<FilterValues> form={form} layout="inline" onFinish={submit} style={{ marginBottom: 16, rowGap: 8 }}>
      <Form.Item name="action" label={t('audit.fields.action')}>
        <Input allowClear placeholder={t('audit.placeholders.action')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="targetType" label={t('audit.fields.targetType')}>
        <Input allowClear placeholder={t('audit.placeholders.targetType')} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="targetId" label={t('audit.fields.targetId')}>
        <Input allowClear style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="actorUserId" label={t('audit.fields.actorUserId')}>
        <Input allowClear style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="period" label={t('audit.fields.period')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
