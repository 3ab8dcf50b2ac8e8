import {
  type RiskReportCreate,
  SPOT_CHECK_ANALYSIS_DIMENSIONS,
  type SpotCheckAnalysisDimension,
} from '@gongzhi/contracts';

export interface ReportFormValues {
  title: string;
  period: { from: string; to: string };
  summary: string;
  recommendations?: string;
  dimensions: SpotCheckAnalysisDimension[];
  categories?: string[];
}

export interface ReportPrefill {
  from?: string | undefined;
  to?: string | undefined;
  /** The dimension the analysis page was showing: attached by default, with the category one. */
  by?: SpotCheckAnalysisDimension | undefined;
  /** A category the analysis was filtered on: its control chart is attached by default. */
  category?: string | undefined;
}

/** The report form's starting values from the analysis in view. */
export function reportDefaults(prefill: ReportPrefill, title: string): Partial<ReportFormValues> {
  const dimensions = new Set<SpotCheckAnalysisDimension>(['category']);
  if (prefill.by) dimensions.add(prefill.by);
  return {
    title,
    ...(prefill.from && prefill.to ? { period: { from: prefill.from, to: prefill.to } } : {}),
    dimensions: SPOT_CHECK_ANALYSIS_DIMENSIONS.filter((d) => dimensions.has(d)),
    categories: prefill.category ? [prefill.category] : [],
  };
}

/** Form values → the request: dimensions in their canonical order, texts trimmed, empty ones left out. */
export function toReportCreate(values: ReportFormValues): RiskReportCreate {
  const chosen = new Set(values.dimensions);
  const body: RiskReportCreate = {
    title: values.title.trim(),
    periodFrom: values.period.from,
    periodTo: values.period.to,
    summary: values.summary.trim(),
    dimensions: SPOT_CHECK_ANALYSIS_DIMENSIONS.filter((d) => chosen.has(d)),
  };
  const recommendations = values.recommendations?.trim();
  if (recommendations) body.recommendations = recommendations;
  const categories = [...new Set((values.categories ?? []).map((c) => c.trim()).filter(Boolean))];
  if (categories.length > 0) body.categories = categories;
  return body;
}
