import {
  BudgetLineCreate,
  BudgetLineDto,
  BudgetLineListQuery,
  BudgetLineUpdate,
  ExpenditureCreate,
  ExpenditureDto,
  ExpenditureListQuery,
  FundSourceCreate,
  FundSourceDto,
  FundSourceListQuery,
  FundSourceUpdate,
  FundsReportDto,
  FundsReportQuery,
  IdParams,
  Page,
} from '@gongzhi/contracts';
import { Type } from 'typebox';
import type { Api } from '../../kernel/http.js';
import { fundsReportXlsx, reportFileName, XLSX_MIME } from './funds.export.js';
import type { FundsService } from './funds.service.js';

const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** The association's funds (issue #7, R-FUND-1): sources, budget lines, expenditures, report. */
export function fundsRoutes(app: Api, service: FundsService): void {
  const tags = ['workspace-funds'];
  const read = { permission: 'workspace.read' } as const;
  const manage = { permission: 'workspace.manage' } as const;

  app.get(
    '/api/v1/workspace/funds/sources',
    { schema: { tags, querystring: FundSourceListQuery, response: { 200: Type.Array(FundSourceDto) } }, config: read },
    (req) => service.listSources(req.actor, req.query),
  );
  app.post(
    '/api/v1/workspace/funds/sources',
    { schema: { tags, body: FundSourceCreate, response: { 201: FundSourceDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.createSource(req.actor, req.body)),
  );
  app.put(
    '/api/v1/workspace/funds/sources/:id',
    { schema: { tags, params: IdParams, body: FundSourceUpdate, response: { 200: FundSourceDto } }, config: manage },
    (req) => service.updateSource(req.actor, req.params.id, req.body),
  );
  app.get(
    '/api/v1/workspace/funds/lines',
    { schema: { tags, querystring: BudgetLineListQuery, response: { 200: Type.Array(BudgetLineDto) } }, config: read },
    (req) => service.listLines(req.actor, req.query),
  );
  app.post(
    '/api/v1/workspace/funds/lines',
    { schema: { tags, body: BudgetLineCreate, response: { 201: BudgetLineDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.createLine(req.actor, req.body)),
  );
  app.put(
    '/api/v1/workspace/funds/lines/:id',
    { schema: { tags, params: IdParams, body: BudgetLineUpdate, response: { 200: BudgetLineDto } }, config: manage },
    (req) => service.updateLine(req.actor, req.params.id, req.body),
  );
  app.get(
    '/api/v1/workspace/funds/expenditures',
    {
      schema: { tags, querystring: ExpenditureListQuery, response: { 200: Page(ExpenditureDto) } },
      config: read,
    },
    (req) => service.listExpenditures(req.actor, req.query),
  );
  app.post(
    '/api/v1/workspace/funds/expenditures',
    {
      schema: {
        tags,
        description:
          'Books an expenditure on a budget line (a negative amount corrects earlier spending); never changed afterwards.',
        body: ExpenditureCreate,
        response: { 201: ExpenditureDto },
      },
      config: manage,
    },
    async (req, reply) => reply.status(201).send(await service.createExpenditure(req.actor, req.body)),
  );
  app.get(
    '/api/v1/workspace/funds/report',
    { schema: { tags, querystring: FundsReportQuery, response: { 200: FundsReportDto } }, config: read },
    (req) => service.report(req.actor, req.query),
  );
  app.get(
    '/api/v1/workspace/funds/report.xlsx',
    { schema: { tags, querystring: FundsReportQuery }, config: read },
    async (req, reply) => {
      const report = await service.report(req.actor, req.query);
      const locale = req.query.lang ?? req.actor.locale;
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', attachment(reportFileName(report, locale)))
        .send(await fundsReportXlsx(report, locale));
    },
  );
}
