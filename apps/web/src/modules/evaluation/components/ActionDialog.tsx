import type { ImprovementActionDto } from '@gongzhi/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { useLastShown } from '../../../ui/useLastShown';
import { requiredChoiceRule } from '../../organisation/components/fieldRules';
import { TextField } from '../../organisation/components/TextField';
import { evaluationKeys } from '../api/evaluation.api';
import { useActionOwners, useChangeAction } from '../hooks/useImprovementActions';
import type { ActionMode } from './ActionTable';
import { localised } from './indicators';
import { UserSelect } from './UserSelect';

const DATE = 'YYYY-MM-DD';

interface DialogValues {
  analysis?: string;
  measure?: string;
  ownerUserId?: string | null;
  dueDate?: Dayjs | null;
  implementation?: string;
  effective?: boolean;
  verification?: string;
}

interface ActionDialogProps {
  /** The action and what to do with it; closed when null. */
  editing: { action: ImprovementActionDto; mode: ActionMode } | null;
  canListUsers: boolean;
  onClose: () => void;
}

/** Edit an improvement action (analysis, measure, owner, due date), record it implemented, or verify it. */
export function ActionDialog({ editing, canListUsers, onClose }: ActionDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<DialogValues>();
  const change = useChangeAction();
  const queryClient = useQueryClient();
  const shown = useLastShown(editing);
  const action = shown?.action;
  const mode = shown?.mode ?? 'update';
  const owners = useActionOwners(editing && mode === 'update' ? editing.action.id : undefined);

  useEffect(() => {
    if (!editing) return;
    const { action: current } = editing;
    form.setFieldsValue({
      analysis: current.analysis,
      measure: current.measure,
      ownerUserId: current.ownerUserId,
      dueDate: current.dueDate ? dayjs(current.dueDate) : null,
      implementation: current.implementation,
      verification: '',
    });
  }, [editing, form]);

  const indicator = action
    ? `${action.indicatorCode ?? ''} ${localised(action.indicatorName, locale)}`.trim() || action.title || action.id
    : '';
  const title =
    mode === 'implemented'
      ? t('evaluationConsole.actions.implementedTitle', { indicator })
      : mode === 'verification'
        ? t('evaluationConsole.actions.verifyTitle', { indicator })
        : t('evaluationConsole.actions.editTitle', { indicator });

  const submit = (values: DialogValues) => {
    if (!action) return;
    const version = action.version;
    const done = { onSuccess: () => closeWith(t('evaluationConsole.actions.saved')) };
    if (mode === 'update') {
      change.mutate(
        {
          kind: 'update',
          id: action.id,
          body: {
            analysis: values.analysis?.trim() ?? '',
            measure: values.measure?.trim() ?? '',
            ownerUserId: values.ownerUserId ?? null,
            dueDate: values.dueDate ? values.dueDate.format(DATE) : null,
            version,
          },
        },
        done,
      );
    } else if (mode === 'implemented') {
      change.mutate(
        { kind: 'implemented', id: action.id, body: { implementation: values.implementation?.trim() ?? '', version } },
        done,
      );
    } else {
      change.mutate(
        {
          kind: 'verification',
          id: action.id,
          body: { effective: values.effective === true, verification: values.verification?.trim() ?? '', version },
        },
        done,
      );
    }
  };

  return (
    <FormDialog
      open={editing !== null}
      title={title}
      width={640}
      form={form}
      save={change}
      onClose={onClose}
      onReload={() => {
        void queryClient.invalidateQueries({ queryKey: evaluationKeys.actions });
        onClose();
      }}
    >
      <Form<DialogValues> form={form} layout="vertical" onFinish={submit} data-testid={`action-form-${mode}`}>
        {mode === 'update' ? (
          <>
            <TextField name="analysis" label={t('evaluationConsole.actions.fields.analysis')} max={5000} rows={4} />
            <TextField name="measure" label={t('evaluationConsole.actions.fields.measure')} max={5000} rows={4} />
            <Form.Item
              name="ownerUserId"
              label={t('evaluationConsole.actions.fields.owner')}
              extra={t('evaluationConsole.actions.ownerHint')}
            >
              <UserSelect
                organisationId={action?.organisationId}
                known={[
                  ...(action?.ownerUserId
                    ? [{ id: action.ownerUserId, name: action.ownerName ?? action.ownerUserId }]
                    : []),
                  ...(owners.data ?? []),
                ]}
                searchable={canListUsers}
                allowClear
                aria-label={t('evaluationConsole.actions.fields.owner')}
              />
            </Form.Item>
            <Form.Item name="dueDate" label={t('evaluationConsole.actions.fields.dueDate')}>
              <DatePicker style={{ width: '100%' }} aria-label={t('evaluationConsole.actions.fields.dueDate')} />
            </Form.Item>
          </>
        ) : null}
        {mode === 'implemented' ? (
          <TextField
            name="implementation"
            label={t('evaluationConsole.actions.fields.implementation')}
            max={5000}
            rows={5}
            required
          />
        ) : null}
        {mode === 'verification' ? (
          <>
            <Form.Item
              name="effective"
              label={t('evaluationConsole.actions.effective')}
              rules={[requiredChoiceRule(locale)]}
            >
              <Radio.Group>
                <Radio value={true}>{t('evaluationConsole.actions.effectiveYes')}</Radio>
                <Radio value={false}>{t('evaluationConsole.actions.effectiveNo')}</Radio>
              </Radio.Group>
            </Form.Item>
            <TextField
              name="verification"
              label={t('evaluationConsole.actions.fields.verification')}
              max={5000}
              rows={4}
              required
            />
          </>
        ) : null}
      </Form>
    </FormDialog>
  );
}
