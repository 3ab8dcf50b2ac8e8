import {
  DOCUMENT_VISIBILITIES,
  type DocumentVisibility,
  RULE_DOCUMENT_KINDS,
  type RuleDocumentKind,
} from '@gongzhi/contracts';
import { Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { currentLocale } from '../../../lib/format';
import { EnumSelect } from '../../../ui/EnumSelect';
import { FormDialog } from '../../../ui/FormDialog';
import { useCloseWithMessage } from '../../../ui/useCloseWithMessage';
import { maxRule, requiredChoiceRule, requiredRule } from '../../organisation/components/fieldRules';
import { useCreateDocument } from '../hooks/useRules';
import { ClauseEditor, invalidClauses } from './ClauseEditor';
import type { EditableClause } from './clauses';

interface Values {
  kind: RuleDocumentKind;
  title: string;
  visibility: DocumentVisibility;
  preamble?: string;
}

/** A new document: kind, title, visibility and the clauses of its first draft. */
export function DocumentCreateDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const navigate = useNavigate();
  const closeWith = useCloseWithMessage(onClose);
  const [form] = Form.useForm<Values>();
  const [clauses, setClauses] = useState<EditableClause[]>([]);
  const create = useCreateDocument();

  const submit = (values: Values) =>
    create.mutate(
      {
        kind: values.kind,
        title: values.title.trim(),
        visibility: values.visibility,
        preamble: values.preamble?.trim() ?? '',
        clauses: clauses.map((c) => ({ heading: c.heading, text: c.text })),
      },
      {
        onSuccess: (doc) => {
          closeWith(t('rulesConsole.documents.created'));
          navigate(`/console/workspace/documents/${doc.id}`);
        },
      },
    );

  return (
    <FormDialog
      open={open}
      title={t('rulesConsole.documents.createTitle')}
      width={820}
      form={form}
      save={create}
      onClose={onClose}
      afterClose={() => setClauses([])}
      okText={t('rulesConsole.documents.create')}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ visibility: 'members' }}
        data-testid="document-create-form"
      >
        <Form.Item name="kind" label={t('rulesConsole.documents.fields.kind')} rules={[requiredChoiceRule(locale)]}>
          <EnumSelect<RuleDocumentKind>
            data-testid="document-kind"
            values={RULE_DOCUMENT_KINDS}
            label={(v) => t(`rulesConsole.enums.kind.${v}`)}
            aria-label={t('rulesConsole.documents.fields.kind')}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('rulesConsole.documents.fields.title')}
          rules={[requiredRule(locale), maxRule(locale, 200)]}
        >
          <Input maxLength={200} data-testid="document-title" />
        </Form.Item>
        <Form.Item
          name="visibility"
          label={t('rulesConsole.documents.fields.visibility')}
          rules={[requiredChoiceRule(locale)]}
        >
          <EnumSelect<DocumentVisibility>
            data-testid="document-visibility"
            values={DOCUMENT_VISIBILITIES}
            label={(v) => t(`rulesConsole.enums.visibility.${v}`)}
            aria-label={t('rulesConsole.documents.fields.visibility')}
          />
        </Form.Item>
        <Form.Item name="preamble" label={t('rulesConsole.editor.preamble')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} data-testid="document-preamble" />
        </Form.Item>
      </Form>
      <ClauseEditor
        value={clauses}
        onChange={setClauses}
        onPreamble={(preamble) => form.setFieldValue('preamble', preamble)}
        invalid={invalidClauses(fieldErrorsOf(create.error))}
      />
    </FormDialog>
  );
}
