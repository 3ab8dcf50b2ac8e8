import type { CalendarYearLoad, TimeLimitCreate } from '@gongzhi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { complaintKeys } from '../../complaint/api/complaint.api';
import { calendarApi, calendarKeys } from '../api/calendar.api';

export function useCalendarYears() {
  return useQuery({ queryKey: calendarKeys.years, queryFn: ({ signal }) => calendarApi.years(signal) });
}

export function useCalendarDays(year: number | undefined) {
  return useQuery({
    queryKey: calendarKeys.days(year ?? 0),
    queryFn: ({ signal }) => calendarApi.days(year ?? 0, signal),
    enabled: year !== undefined,
  });
}

/** Loads (or replaces) a year's holidays and make-up working days; provisional deadlines are recomputed. */
export function useLoadCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: CalendarYearLoad }) => calendarApi.load(year, body),
    onSuccess: (_, { year }) => {
      void queryClient.invalidateQueries({ queryKey: calendarKeys.years });
      void queryClient.invalidateQueries({ queryKey: calendarKeys.days(year) });
      void queryClient.invalidateQueries({ queryKey: complaintKeys.all });
    },
  });
}

export function useTimeLimits() {
  return useQuery({ queryKey: calendarKeys.timeLimits, queryFn: ({ signal }) => calendarApi.timeLimits(signal) });
}

export function useCreateTimeLimit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TimeLimitCreate) => calendarApi.createTimeLimit(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: calendarKeys.timeLimits }),
  });
}
