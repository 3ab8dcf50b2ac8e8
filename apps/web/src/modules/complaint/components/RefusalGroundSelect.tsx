import { REFUSAL_GROUNDS, type RefusalGround } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';

export function RefusalGroundSelect(props: EnumSelectProps<RefusalGround>) {
  const { t } = useTranslation();
  return <EnumSelect {...props} values={REFUSAL_GROUNDS} label={(value) => t(`enums.refusalGround.${value}`)} />;
}
