import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';
import { QUEUE_DUE_FILTERS, type QueueDueFilter } from './queueQuery';

export function DueFilterSelect(props: EnumSelectProps<QueueDueFilter>) {
  const { t } = useTranslation();
  return <EnumSelect {...props} values={QUEUE_DUE_FILTERS} label={(value) => t(`complaint.dueFilter.${value}`)} />;
}
