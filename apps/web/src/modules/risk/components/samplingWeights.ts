import {
  DEFAULT_SAMPLING_WEIGHTS,
  type SamplingPickDto,
  type SamplingPlanCreate,
  type SamplingWeightsDto,
} from '@gongzhi/contracts';

/** The platform's default weights (shared with the server): shown in the form, a plan records the weights it used. */
export { DEFAULT_SAMPLING_WEIGHTS };

/** The scalar weights, in the order the form shows them. */
export const WEIGHT_FIELDS = [
  'base',
  'noGrade',
  'perUnqualified',
  'maxUnqualified',
  'perComplaint',
  'maxComplaints',
  'notCheckedRecently',
  'recentMonths',
] as const;
export type WeightField = (typeof WEIGHT_FIELDS)[number];

/** Counts and months are whole numbers; the rest are weights. */
export const INTEGER_WEIGHTS: readonly WeightField[] = ['maxUnqualified', 'maxComplaints', 'recentMonths'];

export interface SamplingFormValues {
  title: string;
  associationId?: string | null;
  sampleSize: number;
  seed?: string | null;
  weights: Omit<SamplingWeightsDto, 'byGrade'> & { byGrade: { grade: string; weight: number }[] };
}

/** The form's starting values: the default weights, grades as editable rows. */
export function samplingFormDefaults(weights: SamplingWeightsDto = DEFAULT_SAMPLING_WEIGHTS): SamplingFormValues {
  return {
    title: '',
    sampleSize: 20,
    weights: {
      ...weights,
      byGrade: Object.entries(weights.byGrade).map(([grade, weight]) => ({ grade, weight })),
    },
  };
}

/** Form values → the request; an empty seed is left out (the server draws one and records it). */
export function toSamplingPlanCreate(values: SamplingFormValues): SamplingPlanCreate {
  const byGrade: Record<string, number> = {};
  for (const row of values.weights.byGrade) {
    const grade = row.grade.trim();
    if (grade) byGrade[grade] = Number(row.weight);
  }
  const weights: SamplingWeightsDto = { ...values.weights, byGrade };
  for (const field of WEIGHT_FIELDS) weights[field] = Number(values.weights[field]);
  const body: SamplingPlanCreate = { title: values.title.trim(), sampleSize: Number(values.sampleSize), weights };
  const seed = values.seed?.trim();
  if (seed) body.seed = seed;
  if (values.associationId) body.associationId = values.associationId;
  return body;
}

/** The weights of a plan that differ from the defaults (so the page can say "default" or list the changes). */
export function changedWeights(weights: SamplingWeightsDto): string[] {
  const changed: string[] = WEIGHT_FIELDS.filter((field) => weights[field] !== DEFAULT_SAMPLING_WEIGHTS[field]);
  const grades = new Set([...Object.keys(weights.byGrade), ...Object.keys(DEFAULT_SAMPLING_WEIGHTS.byGrade)]);
  for (const grade of grades) {
    if (weights.byGrade[grade] !== DEFAULT_SAMPLING_WEIGHTS.byGrade[grade]) changed.push(`byGrade.${grade}`);
  }
  return changed;
}

/** A number as the plan shows it: weights with up to 4 decimals, draws and keys with 6. */
export function roundTo(value: number, digits: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number(value.toFixed(digits)).toString();
}

/** The share of a factor in a pick's weight, 0–1 (for the bar next to each factor). */
export function factorShare(pick: Pick<SamplingPickDto, 'weight'>, contribution: number): number {
  return pick.weight > 0 ? Math.max(0, Math.min(1, contribution / pick.weight)) : 0;
}
