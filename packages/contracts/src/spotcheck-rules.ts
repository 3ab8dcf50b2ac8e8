/**
 * Spot-check constants both apps use (no schema library here, so the web app's chunks that only need
 * a number or a list stay small).
 */

/** The limits of an upload: the raw body, not JSON. */
export const SPOT_CHECK_LIMITS = {
  fileBytesMax: 30 * 1024 * 1024,
  rowsMax: 200_000,
  /** Rows shown in a preview (all problems are always listed). */
  previewRows: 50,
  problemsMax: 2_000,
  /** Days after receiving the result during which the producer may request re-inspection (产品质量法 Art. 15). */
  reinspectionDays: 15,
  sampleSizeMax: 500,
} as const;

export const SPOT_CHECK_ANALYSIS_DIMENSIONS = ['category', 'item', 'district', 'association', 'period'] as const;
export type SpotCheckAnalysisDimension = (typeof SPOT_CHECK_ANALYSIS_DIMENSIONS)[number];

/** Weights of the risk-based sampling suggestion (docs/spc-and-sampling.md), shown and editable in the web app. */
export interface SamplingWeights {
  /** Every candidate's starting weight; > 0 so every enterprise keeps a chance. */
  base: number;
  /** Added per credit grade; a grade missing from this map counts as no grade. */
  byGrade: Record<string, number>;
  noGrade: number;
  /** Added per unqualified result, counting at most maxUnqualified of them. */
  perUnqualified: number;
  maxUnqualified: number;
  /** Added per justified complaint, counting at most maxComplaints of them. */
  perComplaint: number;
  maxComplaints: number;
  /** Added when the last check is older than recentMonths months before today, or there was none. */
  notCheckedRecently: number;
  recentMonths: number;
}

export const DEFAULT_SAMPLING_WEIGHTS: SamplingWeights = {
  base: 1,
  byGrade: { A: 0, B: 0.5, C: 1.5, D: 3 },
  noGrade: 1,
  perUnqualified: 1,
  maxUnqualified: 3,
  perComplaint: 0.25,
  maxComplaints: 8,
  notCheckedRecently: 1,
  recentMonths: 24,
};
