import { UploadOutlined } from '@ant-design/icons';
import type { FrameworkCheckDto } from '@gongzhi/contracts';
import { Alert, App, Button, Flex, Input, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { FormAlert } from '../../../ui/FormAlert';
import { useCheckFramework, useImportFramework } from '../hooks/useFrameworks';

const MAX_CHARS = 1_000_000;

/**
 * Imports a framework file (YAML or JSON, pasted or picked): it is checked first and every problem is
 * shown with where it is; the import is offered only for the content that passed the check.
 */
export function FrameworkImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const check = useCheckFramework();
  const importer = useImportFramework();
  const [content, setContent] = useState('');
  /** The content and the answer of the last check. */
  const [checked, setChecked] = useState<{ content: string; result: FrameworkCheckDto } | null>(null);
  const current = checked !== null && checked.content === content;
  const canImport = current && checked.result.valid && !importer.isPending;

  const runCheck = () => check.mutate({ content }, { onSuccess: (result) => setChecked({ content, result }) });

  const runImport = () =>
    importer.mutate(
      { content },
      {
        onSuccess: (framework) => {
          void message.success(
            t('evaluationConsole.frameworks.imported', { code: framework.code, version: framework.version }),
          );
          onClose();
          navigate(`/console/evaluation/frameworks/${framework.id}`);
        },
      },
    );

  return (
    <Modal
      open={open}
      title={t('evaluationConsole.frameworks.importTitle')}
      width={760}
      onCancel={onClose}
      afterClose={() => {
        setContent('');
        setChecked(null);
        check.reset();
        importer.reset();
      }}
      footer={
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={runCheck} loading={check.isPending} disabled={!content.trim()} data-testid="framework-check">
            {t('evaluationConsole.frameworks.check')}
          </Button>
          <Button
            type="primary"
            onClick={runImport}
            loading={importer.isPending}
            disabled={!canImport}
            data-testid="framework-import"
          >
            {t('evaluationConsole.frameworks.importOk')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('evaluationConsole.frameworks.importLead')}</Typography.Paragraph>
      <FormAlert error={check.error ?? importer.error} details={fieldErrorsOf(check.error ?? importer.error)} />
      <Upload
        accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          void file.text().then((text) => {
            setContent(text);
            void message.success(t('evaluationConsole.frameworks.fileRead', { name: file.name }));
          });
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} data-testid="framework-file">
          {t('evaluationConsole.frameworks.pickFile')}
        </Button>
      </Upload>
      <Input.TextArea
        style={{ marginTop: 12, fontFamily: 'monospace' }}
        rows={14}
        maxLength={MAX_CHARS}
        value={content}
        onChange={(event) => setContent(event.target.value)}
        aria-label={t('evaluationConsole.frameworks.content')}
        placeholder={t('evaluationConsole.frameworks.content')}
        data-testid="framework-content"
      />
      {checked && !current ? (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title={t('evaluationConsole.frameworks.changedSinceCheck')}
        />
      ) : null}
      {checked && current && checked.result.valid ? (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="framework-valid"
          title={t('evaluationConsole.frameworks.valid', {
            code: checked.result.code ?? '',
            count: checked.result.leafCount,
          })}
        />
      ) : null}
      {checked && current && !checked.result.valid ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="framework-problems"
          title={t('evaluationConsole.frameworks.problems', { count: checked.result.problems.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 240, overflowY: 'auto' }}>
              {checked.result.problems.map((problem) => (
                <li key={`${problem.path}:${problem.issue}:${problem.message}`}>
                  {problem.path ? <Typography.Text code>{problem.path}</Typography.Text> : null} {problem.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Modal>
  );
}
