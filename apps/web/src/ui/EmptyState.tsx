import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

export function EmptyState({ filtered, description }: { filtered?: boolean | undefined; description?: string }) {
  const { t } = useTranslation();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={description ?? (filtered ? t('common.noMatch') : t('common.empty'))}
    />
  );
}
