import type {
  CalendarDayDto,
  CalendarYearDto,
  CalendarYearLoad,
  CalendarYearLoadResultDto,
  TimeLimitCreate,
  TimeLimitDto,
} from '@gongzhi/contracts';
import { http } from '../../../lib/http';

export const calendarApi = {
  years: (signal?: AbortSignal) => http.get<CalendarYearDto[]>('/calendar/years', undefined, signal),
  days: (year: number, signal?: AbortSignal) =>
    http.get<CalendarDayDto[]>(`/calendar/years/${year}/days`, undefined, signal),
  load: (year: number, body: CalendarYearLoad) => http.put<CalendarYearLoadResultDto>(`/calendar/years/${year}`, body),
  timeLimits: (signal?: AbortSignal) => http.get<TimeLimitDto[]>('/complaint-time-limits', undefined, signal),
  createTimeLimit: (body: TimeLimitCreate) => http.post<TimeLimitDto>('/complaint-time-limits', body),
};

export const calendarKeys = {
  years: ['calendar', 'years'] as const,
  days: (year: number) => ['calendar', 'days', year] as const,
  timeLimits: ['complaint-time-limits'] as const,
};
