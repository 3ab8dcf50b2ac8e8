import { PaperClipOutlined } from '@ant-design/icons';
import { EVALUATION_LIMITS } from '@gongzhi/contracts';
import { Button, Flex, Tag } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface FilePickerProps {
  files: File[];
  onChange: (files: File[]) => void;
  multiple?: boolean;
  testId: string;
}

/** A native file input (a browser test can set its files) with the picked files as removable tags. */
export function FilePicker({ files, onChange, multiple = true, testId }: FilePickerProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Flex gap={8} wrap align="center">
      <input
        ref={input}
        type="file"
        hidden
        multiple={multiple}
        accept={EVALUATION_LIMITS.evidenceExtensions.join(',')}
        data-testid={testId}
        onChange={(e) => {
          const picked = Array.from(e.target.files ?? []);
          onChange(multiple ? [...files, ...picked] : picked.slice(0, 1));
          e.target.value = '';
        }}
      />
      <Button icon={<PaperClipOutlined />} onClick={() => input.current?.click()}>
        {t('liaisonConsole.attach')}
      </Button>
      {files.map((file) => (
        <Tag
          key={`${file.name}-${file.size}-${file.lastModified}`}
          closable
          onClose={() => onChange(files.filter((f) => f !== file))}
        >
          {file.name}
        </Tag>
      ))}
    </Flex>
  );
}
