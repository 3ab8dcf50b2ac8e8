import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { useFrameworks } from '../hooks/useFrameworks';
import { localised } from './indicators';

interface FrameworkSelectProps {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  id?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** The current version of every framework (an assessment or a campaign follows one). */
export function FrameworkSelect({ value, ...props }: FrameworkSelectProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const frameworks = useFrameworks();
  const options = (frameworks.data ?? [])
    .filter((framework) => framework.current)
    .map((framework) => ({
      value: framework.id,
      label: `${localised(framework.name, locale)} · ${t('evaluationConsole.common.frameworkVersion', {
        code: framework.code,
        version: framework.version,
      })}`,
    }));
  return (
    <Select<string>
      {...props}
      value={value ?? undefined}
      loading={frameworks.isFetching}
      options={options}
      notFoundContent={frameworks.isFetching ? t('common.loading') : t('evaluationConsole.assessments.noFrameworks')}
      data-testid="framework-select"
    />
  );
}
