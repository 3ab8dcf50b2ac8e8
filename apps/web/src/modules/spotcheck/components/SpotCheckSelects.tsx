import {
  REINSPECTION_STATUSES,
  type ReinspectionStatus,
  SPOT_CHECK_LEVELS,
  SPOT_CHECK_RESULTS,
  type SpotCheckLevel,
  type SpotCheckResult,
} from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';

export function SpotCheckLevelSelect(props: EnumSelectProps<SpotCheckLevel>) {
  const { t } = useTranslation();
  return (
    <EnumSelect
      aria-label={props.placeholder}
      {...props}
      values={SPOT_CHECK_LEVELS}
      label={(value) => t(`spotCheckConsole.enums.level.${value}`)}
    />
  );
}

export function SpotCheckResultSelect(props: EnumSelectProps<SpotCheckResult>) {
  const { t } = useTranslation();
  return (
    <EnumSelect
      aria-label={props.placeholder}
      {...props}
      values={SPOT_CHECK_RESULTS}
      label={(value) => t(`spotCheckConsole.enums.result.${value}`)}
    />
  );
}

export function ReinspectionStatusSelect(props: EnumSelectProps<ReinspectionStatus>) {
  const { t } = useTranslation();
  return (
    <EnumSelect
      aria-label={props.placeholder}
      {...props}
      values={REINSPECTION_STATUSES}
      label={(value) => t(`spotCheckConsole.enums.reinspectionStatus.${value}`)}
    />
  );
}
