import { useTranslation } from 'react-i18next';
import { useIndustries } from '../hooks/useReference';
import { ReferenceTreeSelect } from './ReferenceTreeSelect';

interface IndustrySelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}

export function IndustrySelect(props: IndustrySelectProps) {
  const { t } = useTranslation();
  const industries = useIndustries();
  return (
    <ReferenceTreeSelect
      {...props}
      allowClear
      items={industries.data}
      loading={industries.isPending}
      placeholder={t('organisation.placeholders.industry')}
    />
  );
}
