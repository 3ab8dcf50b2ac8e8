import {
  IdParams,
  Page,
  RiskAlertDto,
  RiskAlertListQuery,
  RiskChartQuery,
  RiskReportAcknowledge,
  RiskReportCreate,
  RiskReportDto,
  RiskReportListQuery,
  RiskScanBody,
  RiskScanResultDto,
  SpcChartDto,
} from '@gongzhi/contracts';
import type { Api } from '../../kernel/http.js';
import type { RiskService } from './risk.service.js';

/** Control charts, risk alerts and risk analysis reports (issue #6). */
export function riskRoutes(app: Api, service: RiskService): void {
  const tags = ['risk'];
  app.get(
    '/api/v1/risk/charts',
    {
      schema: {
        tags,
        description:
          'A monthly control chart: p-chart of a product category’s non-conformity rate (members of the association in view, or the region), or u-chart of justified complaints of a member (key = enterprise id) or of all members (key = all).',
        querystring: RiskChartQuery,
        response: { 200: SpcChartDto },
      },
      config: { permission: 'risk.read' },
    },
    (req) => service.chart(req.actor, req.query),
  );
  app.post(
    '/api/v1/risk/scan',
    {
      schema: { tags, body: RiskScanBody, response: { 200: RiskScanResultDto } },
      config: { permission: 'risk.read' },
    },
    (req) => service.scan(req.actor, req.body.associationId),
  );
  app.get(
    '/api/v1/risk/alerts',
    {
      schema: { tags, querystring: RiskAlertListQuery, response: { 200: Page(RiskAlertDto) } },
      config: { permission: 'risk.read' },
    },
    (req) => service.listAlerts(req.actor, req.query),
  );
  app.post(
    '/api/v1/risk/alerts/:id/acknowledge',
    {
      schema: { tags, params: IdParams, response: { 200: RiskAlertDto } },
      config: { permission: 'risk.read' },
    },
    (req) => service.acknowledgeAlert(req.actor, req.params.id),
  );
  app.post(
    '/api/v1/risk/reports',
    {
      schema: { tags, body: RiskReportCreate, response: { 201: RiskReportDto } },
      config: { permission: 'risk.report' },
    },
    async (req, reply) => reply.status(201).send(await service.createReport(req.actor, req.body)),
  );
  app.get(
    '/api/v1/risk/reports',
    {
      schema: { tags, querystring: RiskReportListQuery, response: { 200: Page(RiskReportDto) } },
      config: { permission: 'risk.read' },
    },
    (req) => service.listReports(req.actor, req.query),
  );
  app.get(
    '/api/v1/risk/reports/:id',
    {
      schema: { tags, params: IdParams, response: { 200: RiskReportDto } },
      config: { permission: 'risk.read' },
    },
    (req) => service.getReport(req.actor, req.params.id),
  );
  app.post(
    '/api/v1/risk/reports/:id/acknowledge',
    {
      schema: { tags, params: IdParams, body: RiskReportAcknowledge, response: { 200: RiskReportDto } },
      config: { permission: 'risk.acknowledge' },
    },
    (req) => service.acknowledgeReport(req.actor, req.params.id, req.body),
  );
}
