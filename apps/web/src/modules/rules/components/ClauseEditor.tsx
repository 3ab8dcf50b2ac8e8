import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, SnippetsOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps, Card, Flex, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EditableClause, moveItem, splitClauses } from './clauses';

interface ClauseEditorProps {
  value: EditableClause[];
  onChange: (clauses: EditableClause[]) => void;
  /** The preamble found by "paste the whole text" (text before the first heading). */
  onPreamble?: (preamble: string) => void;
  /** Indexes of clauses the server refused (e.g. empty text). */
  invalid?: ReadonlySet<number>;
}

/** Structured clauses: add, edit, remove, move; or paste the whole text and split it at 第X条 / 第X章. */
export function ClauseEditor({ value, onChange, onPreamble, invalid }: ClauseEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');

  const update = (index: number, change: Partial<EditableClause>) =>
    onChange(value.map((c, i) => (i === index ? { ...c, ...change } : c)));

  const applyPaste = () => {
    const result = splitClauses(pasted);
    onChange(result.clauses);
    if (result.preamble && onPreamble) onPreamble(result.preamble);
    setPasting(false);
    setPasted('');
    void message.success(t('rulesConsole.editor.pasted', { count: result.clauses.length }));
  };

  return (
    <div data-testid="clause-editor">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('rulesConsole.editor.clauses')}</Typography.Text>
        <Space wrap>
          <Button icon={<SnippetsOutlined />} onClick={() => setPasting(true)} data-testid="clause-paste">
            {t('rulesConsole.editor.paste')}
          </Button>
          <Button
            icon={<PlusOutlined />}
            onClick={() => onChange([...value, { heading: '', text: '' }])}
            data-testid="clause-add"
          >
            {t('rulesConsole.editor.addClause')}
          </Button>
        </Space>
      </Flex>
      <Flex vertical gap={8}>
        {value.map((clause, index) => (
          <Card
            key={clause.key ?? `new-${index}`}
            size="small"
            data-testid={`clause-${index}`}
            title={t('rulesConsole.editor.clauseNumber', { n: index + 1 })}
            extra={
              <Space size={0}>
                <Button
                  type="text"
                  icon={<ArrowUpOutlined />}
                  aria-label={t('rulesConsole.editor.moveUp')}
                  disabled={index === 0}
                  onClick={() => onChange(moveItem(value, index, -1))}
                />
                <Button
                  type="text"
                  icon={<ArrowDownOutlined />}
                  aria-label={t('rulesConsole.editor.moveDown')}
                  disabled={index === value.length - 1}
                  onClick={() => onChange(moveItem(value, index, 1))}
                />
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('rulesConsole.editor.remove')}
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                />
              </Space>
            }
          >
            <Flex vertical gap={6}>
              <Input
                value={clause.heading}
                maxLength={200}
                placeholder={t('rulesConsole.editor.heading')}
                aria-label={t('rulesConsole.editor.heading')}
                onChange={(e) => update(index, { heading: e.target.value })}
              />
              <Input.TextArea
                value={clause.text}
                autoSize={{ minRows: 2, maxRows: 10 }}
                placeholder={t('rulesConsole.editor.text')}
                aria-label={t('rulesConsole.editor.text')}
                status={invalid?.has(index) ? 'error' : undefined}
                onChange={(e) => update(index, { text: e.target.value })}
              />
              {invalid?.has(index) ? (
                <Typography.Text type="danger">{t('rulesConsole.editor.clauseRequired')}</Typography.Text>
              ) : null}
            </Flex>
          </Card>
        ))}
      </Flex>
      <Modal
        open={pasting}
        title={t('rulesConsole.editor.pasteTitle')}
        okText={t('rulesConsole.editor.pasteApply')}
        cancelText={t('common.cancel')}
        onOk={applyPaste}
        okButtonProps={{ disabled: pasted.trim() === '', 'data-testid': 'clause-paste-apply' } as ButtonProps}
        onCancel={() => setPasting(false)}
        width={720}
      >
        <Typography.Paragraph type="secondary">{t('rulesConsole.editor.pasteHint')}</Typography.Paragraph>
        <Input.TextArea
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          autoSize={{ minRows: 10, maxRows: 24 }}
          aria-label={t('rulesConsole.editor.paste')}
          data-testid="clause-paste-text"
        />
      </Modal>
    </div>
  );
}

/** Server field errors "clauses.<i>.text" → the indexes of the refused clauses. */
export function invalidClauses(fields: readonly { field: string }[]): Set<number> {
  const out = new Set<number>();
  for (const f of fields) {
    const m = /^clauses\.(\d+)\./.exec(f.field);
    if (m) out.add(Number(m[1]));
  }
  return out;
}
