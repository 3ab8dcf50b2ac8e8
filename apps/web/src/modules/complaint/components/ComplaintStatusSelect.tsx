import { COMPLAINT_STATUSES, type ComplaintStatus } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';

export function ComplaintStatusSelect(props: EnumSelectProps<ComplaintStatus>) {
  const { t } = useTranslation();
  return <EnumSelect {...props} values={COMPLAINT_STATUSES} label={(value) => t(`enums.complaintStatus.${value}`)} />;
}
