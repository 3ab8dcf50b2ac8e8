import { TERMINATION_GROUNDS, type TerminationGround } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';

export function TerminationGroundSelect(props: EnumSelectProps<TerminationGround>) {
  const { t } = useTranslation();
  return (
    <EnumSelect {...props} values={TERMINATION_GROUNDS} label={(value) => t(`enums.terminationGround.${value}`)} />
  );
}
