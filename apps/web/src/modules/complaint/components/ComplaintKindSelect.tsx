import { COMPLAINT_KINDS, type ComplaintKind } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';

export function ComplaintKindSelect(props: EnumSelectProps<ComplaintKind>) {
  const { t } = useTranslation();
  return <EnumSelect {...props} values={COMPLAINT_KINDS} label={(value) => t(`enums.complaintKind.${value}`)} />;
}
