import { WARNING_STATUSES, type WarningStatus } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';

export function WarningStatusSelect(props: EnumSelectProps<WarningStatus>) {
  const { t } = useTranslation();
  return <EnumSelect {...props} values={WARNING_STATUSES} label={(value) => t(`enums.warningStatus.${value}`)} />;
}
