import {
  CalendarDayDto,
  CalendarYearDto,
  CalendarYearLoad,
  CalendarYearLoadResultDto,
  CalendarYearParams,
} from '@gongzhi/contracts';
import { Type } from 'typebox';
import type { Api } from '../../kernel/http.js';
import type { CalendarService } from './calendar.service.js';

export function calendarRoutes(app: Api, service: CalendarService): void {
  const tags = ['calendar'];
  app.get(
    '/api/v1/calendar/years',
    { schema: { tags, response: { 200: Type.Array(CalendarYearDto) } }, config: { auth: 'user' } },
    (req) => service.listYears(req.actor),
  );
  app.get(
    '/api/v1/calendar/years/:year/days',
    {
      schema: { tags, params: CalendarYearParams, response: { 200: Type.Array(CalendarDayDto) } },
      config: { auth: 'user' },
    },
    (req) => service.days(req.actor, req.params.year),
  );
  app.put(
    '/api/v1/calendar/years/:year',
    {
      schema: {
        tags,
        params: CalendarYearParams,
        body: CalendarYearLoad,
        response: { 200: CalendarYearLoadResultDto },
      },
      config: { permission: 'calendar.manage' },
    },
    (req) => service.loadYear(req.actor, req.params.year, req.body),
  );
}
