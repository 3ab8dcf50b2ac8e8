import type { PlanOptionsDto } from '@gongzhi/contracts';
import { Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** A task's owner: a person of the association or a post of its work team (exactly one). */
export function OwnerFields({ options }: { options: PlanOptionsDto | undefined }) {
  const { t } = useTranslation();
  const kind = Form.useWatch('ownerKind');
  return (
    <>
      <Form.Item name="ownerKind" label={t('planConsole.tasks.fields.ownerKind')}>
        <Radio.Group data-testid="task-owner-kind">
          <Radio value="person" data-testid="task-owner-kind-person">
            {t('planConsole.tasks.ownerPerson')}
          </Radio>
          <Radio value="post" data-testid="task-owner-kind-post">
            {t('planConsole.tasks.ownerPost')}
          </Radio>
        </Radio.Group>
      </Form.Item>
      {kind === 'post' ? (
        <Form.Item name="ownerPostId" label={t('planConsole.tasks.fields.ownerPost')} rules={[{ required: true }]}>
          <Select
            data-testid="task-owner-post"
            aria-label={t('planConsole.tasks.fields.ownerPost')}
            options={(options?.posts ?? []).map((p) => ({
              value: p.id,
              label: p.holderName ? `${p.name}（${p.holderName}）` : p.name,
            }))}
          />
        </Form.Item>
      ) : (
        <Form.Item name="ownerUserId" label={t('planConsole.tasks.fields.ownerUser')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="task-owner-user"
            aria-label={t('planConsole.tasks.fields.ownerUser')}
            options={(options?.people ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
      )}
    </>
  );
}
