import { CALENDAR_DAY_KINDS, type CalendarDayKind } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';

export function CalendarDayKindSelect(props: EnumSelectProps<CalendarDayKind>) {
  const { t } = useTranslation();
  return <EnumSelect {...props} values={CALENDAR_DAY_KINDS} label={(value) => t(`enums.calendarDayKind.${value}`)} />;
}
