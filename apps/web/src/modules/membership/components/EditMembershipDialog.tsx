import type { MembershipDto, MembershipLevel, MembershipStatus } from '@gongzhi/contracts';
import { DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { requiredRule, TEXT_LIMITS } from '../../organisation/components/fieldRules';
import { blankToNull } from '../../organisation/components/organisationFormValues';
import { TextField } from '../../organisation/components/TextField';
import { useUpdateMembership } from '../hooks/useMemberships';
import { LevelSelect } from './LevelSelect';
import { MembershipStatusSelect } from './MembershipStatusSelect';

interface EditValues {
  level: MembershipLevel;
  status: MembershipStatus;
  leftOn: Dayjs | null;
  note: string | null;
}

interface EditMembershipDialogProps {
  associationId: string;
  membership: MembershipDto | null;
  onClose: () => void;
  /** Called after a version conflict: reload the list so the latest version can be edited. */
  onReload: () => void;
}

export function EditMembershipDialog({ associationId, membership, onClose, onReload }: EditMembershipDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateMembership(associationId);

  useEffect(() => {
    if (!membership) return;
    form.setFieldsValue({
      level: membership.level,
      status: membership.status,
      leftOn: membership.leftOn ? dayjs(membership.leftOn) : null,
      note: membership.note,
    });
  }, [membership, form]);

  const submit = (values: EditValues) => {
    if (!membership) return;
    update.mutate(
      {
        id: membership.id,
        body: {
          version: membership.version,
          level: values.level,
          status: values.status,
          leftOn: values.leftOn ? values.leftOn.format('YYYY-MM-DD') : null,
          note: blankToNull(values.note),
        },
      },
      { onSuccess: () => closeWith(t('common.saved')) },
    );
  };

  return (
    <FormDialog
      open={membership !== null}
      title={t('membership.editTitle')}
      form={form}
      save={update}
      onClose={onClose}
      onReload={() => {
        onReload();
        onClose();
      }}
      intro={
        membership ? (
          <Typography.Paragraph strong>
            {membership.enterpriseName}{' '}
            <Typography.Text type="secondary" style={{ fontFamily: 'monospace' }}>
              {membership.enterpriseCreditCode}
            </Typography.Text>
          </Typography.Paragraph>
        ) : null
      }
    >
      <Form<EditValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="level" label={t('membership.fields.level')} rules={[requiredRule(locale)]}>
          <LevelSelect />
        </Form.Item>
        <Form.Item name="status" label={t('membership.fields.status')} rules={[requiredRule(locale)]}>
          <MembershipStatusSelect
            onChange={(next) => {
              if (next === 'withdrawn' && !form.getFieldValue('leftOn')) form.setFieldValue('leftOn', dayjs());
            }}
          />
        </Form.Item>
        <Form.Item name="leftOn" label={t('membership.fields.leftOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <TextField name="note" label={t('membership.fields.note')} max={TEXT_LIMITS.short} rows={2} />
      </Form>
    </FormDialog>
  );
}
