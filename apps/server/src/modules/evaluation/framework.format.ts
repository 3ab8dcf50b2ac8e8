/**
 * Framework files (issue #5, docs/evaluation.md "Framework files"): reading a YAML or JSON file into
 * a FrameworkFile with every problem listed (syntax, shape, then the rules of the format), the
 * flattened form stored per version, and the way back to a file. Pure apart from reading the
 * built-in file next to this module.
 */
import { readFileSync } from 'node:fs';
import {
  type FieldIssue,
  type FrameworkFile,
  type FrameworkFileIndicator,
  FrameworkFileSchema,
  type FrameworkProblemDto,
  type FrameworkScaleLevel,
  fieldMessage,
  type IndicatorDto,
  isEvaluationFactKey,
  type Locale,
  type LocalisedText,
} from '@gongzhi/contracts';
import { Settings } from 'typebox/system';
import { Value } from 'typebox/value';
import { parse, stringify } from 'yaml';
import { TYPE_NAMES } from '../../plugins/errors.js';

/** The code of the framework shipped with the platform (table A.1 of the standard). */
export const BUILT_IN_FRAMEWORK_CODE = 'DB4406/T 15—2022';

/** The deepest an indicator may sit (1 = first level). */
export const MAX_FRAMEWORK_DEPTH = 5;

/** Sibling weights must add up to 100 within this. */
const WEIGHT_TOLERANCE = 0.01;

/** Typebox stops at 8 errors by default; a file lists all of its problems (bounded by the schema's sizes). */
const MAX_SHAPE_ERRORS = 1000;

type Params = Record<string, string | number>;

export interface FrameworkCheck {
  framework: FrameworkFile | null;
  problems: FrameworkProblemDto[];
}

// ---------------------------------------------------------------- words

const TOP_LEVEL: Record<Locale, string> = { 'zh-CN': '（顶层）', 'en-US': '(top level)' };

/** The `detail` of framework_tree, framework_scale and framework_syntax, per locale. */
const DETAIL = {
  'zh-CN': {
    leafWithoutOutcomes: () => '评分的指标（没有下级指标）须至少列出一项工作成果',
    nonLeafOutcomes: () => '有下级指标的指标不能列工作成果，工作成果写在评分的下级指标上',
    nonLeafFacts: () => '有下级指标的指标不能列平台数据项，数据项写在评分的下级指标上',
    leafDepth: (depth: number, expected: number) =>
      `评分的指标都应在同一层级：该指标在第 ${depth} 级，其他评分指标在第 ${expected} 级`,
    tooDeep: (depth: number, max: number) => `指标在第 ${depth} 级，最多 ${max} 级`,
    levelDuplicate: (level: number) => `等级 ${level} 出现了不止一次`,
    levelGap: (missing: string) => `等级应从 0 起连续编号，缺少 ${missing}`,
    scoreOrder: (level: number, score: number, previous: number, previousScore: number) =>
      `等级 ${level} 的得分（${score}）应高于等级 ${previous} 的得分（${previousScore}）`,
    lowest: (level: number, score: number) => `最低等级 ${level} 的得分应为 0，现为 ${score}`,
    highest: (level: number, score: number) => `最高等级 ${level} 的得分应为 100，现为 ${score}`,
    blankText: (field: string) => `${field} 的中文不能为空白`,
    syntax: (line: number | null, col: number | null, text: string) =>
      line === null ? text : `第 ${line} 行第 ${col ?? 1} 列：${text}`,
  },
  'en-US': {
    leafWithoutOutcomes: () => 'a scored indicator (one without children) needs at least one outcome',
    nonLeafOutcomes: () => 'an indicator with children cannot list outcomes; they belong to the scored indicators',
    nonLeafFacts: () => 'an indicator with children cannot list platform facts; they belong to the scored indicators',
    leafDepth: (depth: number, expected: number) =>
      `scored indicators must all be at the same level: this one is at level ${depth}, others at level ${expected}`,
    tooDeep: (depth: number, max: number) => `the indicator is at level ${depth}; at most ${max} levels are allowed`,
    levelDuplicate: (level: number) => `level ${level} appears more than once`,
    levelGap: (missing: string) => `levels must be numbered 0, 1, 2 … without gaps; missing ${missing}`,
    scoreOrder: (level: number, score: number, previous: number, previousScore: number) =>
      `the score of level ${level} (${score}) must be higher than that of level ${previous} (${previousScore})`,
    lowest: (level: number, score: number) => `the lowest level ${level} must score 0, not ${score}`,
    highest: (level: number, score: number) => `the highest level ${level} must score 100, not ${score}`,
    blankText: (field: string) => `the Chinese text of ${field} cannot be blank`,
    syntax: (line: number | null, col: number | null, text: string) =>
      line === null ? text : `line ${line}, column ${col ?? 1}: ${text}`,
  },
} satisfies Record<Locale, Record<string, (...args: never[]) => string>>;

// ---------------------------------------------------------------- reading and checking

class Problems {
  readonly list: FrameworkProblemDto[] = [];
  constructor(readonly locale: Locale) {}
  add(path: string, issue: FieldIssue, params?: Params): void {
    this.list.push({
      path,
      issue,
      message: fieldMessage(this.locale, issue, params),
      ...(params ? { params } : {}),
    });
  }
}

/**
 * Reads a framework file (YAML or JSON — JSON is YAML) and checks it: syntax, the shape of
 * FrameworkFileSchema, then the rules of the format. Every problem is listed, in the order of the
 * file; `framework` is set only when there is none.
 */
export function parseFrameworkText(text: string, locale: Locale = 'zh-CN'): FrameworkCheck {
  let value: unknown;
  try {
    value = parse(text, { logLevel: 'error' });
  } catch (error) {
    const problems = new Problems(locale);
    problems.add('', 'framework_syntax', syntaxParams(error, locale));
    return { framework: null, problems: problems.list };
  }
  return checkFramework(value, locale);
}

function syntaxParams(error: unknown, locale: Locale): Params {
  const position = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  const raw = error instanceof Error ? error.message : String(error);
  const text = (raw.split('\n')[0] ?? raw).replace(/ at line \d+, column \d+:?\s*$/, '').trim();
  const detail = DETAIL[locale].syntax(position?.line ?? null, position?.col ?? null, text);
  return position ? { detail, line: position.line, column: position.col } : { detail };
}

/** The checks of parseFrameworkText on an already parsed value (e.g. a stored framework with new weights). */
export function checkFramework(value: unknown, locale: Locale = 'zh-CN'): FrameworkCheck {
  const problems = new Problems(locale);
  shapeProblems(value, problems);
  ruleProblems(value, problems);
  const list = sortByDocumentOrder(value, problems.list);
  if (list.length > 0) return { framework: null, problems: list };
  return { framework: normaliseFramework(value as FrameworkFile), problems: [] };
}

function pathOf(instancePath: string): string {
  let path = '';
  for (const segment of instancePath.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(key)) path += `[${key}]`;
    else path += path ? `.${key}` : key;
  }
  return path;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function shapeProblems(value: unknown, problems: Problems): void {
  const previous = Settings.Get().maxErrors;
  Settings.Set({ maxErrors: MAX_SHAPE_ERRORS });
  let errors: ReturnType<typeof Value.Errors>;
  try {
    errors = Value.Errors(FrameworkFileSchema, value);
  } finally {
    Settings.Set({ maxErrors: previous });
  }
  for (const error of errors) {
    const path = pathOf(error.instancePath);
    switch (error.keyword) {
      case 'required':
        for (const name of error.params.requiredProperties) problems.add(join(path, name), 'required');
        break;
      case 'additionalProperties':
        for (const name of error.params.additionalProperties) problems.add(join(path, name), 'unknown_field');
        break;
      case 'boolean':
        // "schema is false": the additional property itself, reported with additionalProperties above
        break;
      case 'minLength':
        if (error.params.limit <= 1) problems.add(path, 'required');
        else problems.add(path, 'too_short', { limit: error.params.limit });
        break;
      case 'maxLength':
        problems.add(path, 'too_long', { limit: error.params.limit });
        break;
      case 'minItems':
        problems.add(path, 'too_small', { limit: error.params.limit });
        break;
      case 'maxItems':
        problems.add(path, 'too_large', { limit: error.params.limit });
        break;
      case 'minimum':
      case 'exclusiveMinimum':
        problems.add(path, 'too_small', { limit: Number(error.params.limit) });
        break;
      case 'maximum':
      case 'exclusiveMaximum':
        problems.add(path, 'too_large', { limit: Number(error.params.limit) });
        break;
      case 'pattern':
        problems.add(path, 'pattern');
        break;
      case 'type': {
        const expected = Array.isArray(error.params.type) ? (error.params.type[0] ?? 'string') : error.params.type;
        problems.add(path, 'type', { type: TYPE_NAMES[problems.locale][expected] ?? expected });
        break;
      }
      default:
        problems.add(path, 'pattern');
    }
  }
}

// The rules run on whatever parts are well formed, so that a file with a wrong type somewhere still
// gets its weights, codes and scale checked.
type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const nonEmptyArray = (v: unknown): v is unknown[] => Array.isArray(v) && v.length > 0;
const round2 = (n: number) => Math.round(n * 100) / 100;

interface LooseIndicator {
  node: Loose;
  path: string;
  depth: number;
  code: string;
}

function ruleProblems(value: unknown, problems: Problems): void {
  if (!isObject(value)) return;
  const words = DETAIL[problems.locale];
  if (Array.isArray(value.scale)) scaleProblems(value.scale, problems);

  if (!Array.isArray(value.indicators)) return;
  const seen = new Set<string>();
  const leaves: LooseIndicator[] = [];
  const walk = (list: unknown[], path: string, depth: number, parent: string | null): void => {
    weightProblems(list, path, parent, problems);
    list.forEach((item, i) => {
      if (!isObject(item)) return;
      const here = `${path}[${i}]`;
      const code = typeof item.code === 'string' ? item.code : '';
      if (code) {
        if (seen.has(code)) problems.add(`${here}.code`, 'framework_duplicate_code', { code });
        seen.add(code);
      }
      const label = code || here;
      if (depth === MAX_FRAMEWORK_DEPTH + 1) {
        problems.add(here, 'framework_tree', { code: label, detail: words.tooDeep(depth, MAX_FRAMEWORK_DEPTH) });
      }
      if (nonEmptyArray(item.children)) {
        if (nonEmptyArray(item.outcomes))
          problems.add(`${here}.outcomes`, 'framework_tree', { code: label, detail: words.nonLeafOutcomes() });
        if (nonEmptyArray(item.facts))
          problems.add(`${here}.facts`, 'framework_tree', { code: label, detail: words.nonLeafFacts() });
        walk(item.children, `${here}.children`, depth + 1, label);
      } else {
        leaves.push({ node: item, path: here, depth, code: label });
        if (!nonEmptyArray(item.outcomes))
          problems.add(`${here}.outcomes`, 'framework_tree', { code: label, detail: words.leafWithoutOutcomes() });
      }
      if (Array.isArray(item.facts)) {
        item.facts.forEach((fact, j) => {
          if (typeof fact === 'string' && fact !== '' && !isEvaluationFactKey(fact))
            problems.add(`${here}.facts[${j}]`, 'framework_unknown_fact', { code: label, fact });
        });
      }
    });
  };
  walk(value.indicators, 'indicators', 1, null);

  // every scored indicator at the same level: the deepest one sets it, shallower leaves are flagged
  const expected = Math.max(0, ...leaves.map((l) => l.depth));
  for (const leaf of leaves) {
    if (leaf.depth < expected)
      problems.add(leaf.path, 'framework_tree', { code: leaf.code, detail: words.leafDepth(leaf.depth, expected) });
  }
}

function weightProblems(list: unknown[], path: string, parent: string | null, problems: Problems): void {
  if (list.length === 0) return;
  let sum = 0;
  for (const item of list) {
    // a missing or mistyped weight is a shape problem already; the sum is then not meaningful
    if (!isObject(item) || !isNumber(item.weight)) return;
    sum += item.weight;
  }
  if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) {
    problems.add(path, 'framework_weights', { parent: parent ?? TOP_LEVEL[problems.locale], sum: round2(sum) });
  }
}

function scaleProblems(scale: unknown[], problems: Problems): void {
  const words = DETAIL[problems.locale];
  const detail = (path: string, text: string) => problems.add(path, 'framework_scale', { detail: text });
  const levels = new Map<number, { index: number; score: number | null }>();
  scale.forEach((item, i) => {
    if (!isObject(item)) return;
    for (const field of ['name', 'description'] as const) {
      const text = item[field];
      if (isObject(text) && typeof text.zh === 'string' && text.zh.length > 0 && text.zh.trim() === '')
        detail(`scale[${i}].${field}.zh`, words.blankText(`scale[${i}].${field}`));
    }
    if (!Number.isInteger(item.level) || (item.level as number) < 0) return;
    const level = item.level as number;
    if (levels.has(level)) detail(`scale[${i}].level`, words.levelDuplicate(level));
    else levels.set(level, { index: i, score: isNumber(item.score) ? item.score : null });
  });
  if (levels.size === 0) return;
  const ordered = [...levels.keys()].sort((a, b) => a - b);
  const highest = ordered[ordered.length - 1] ?? 0;
  const missing: number[] = [];
  for (let l = 0; l <= highest; l += 1) if (!levels.has(l)) missing.push(l);
  if (missing.length > 0) detail('scale', words.levelGap(missing.join(', ')));

  let previous: { level: number; score: number } | null = null;
  for (const level of ordered) {
    const entry = levels.get(level);
    if (!entry || entry.score === null) continue;
    if (previous && entry.score <= previous.score)
      detail(`scale[${entry.index}].score`, words.scoreOrder(level, entry.score, previous.level, previous.score));
    previous = { level, score: entry.score };
  }
  const first = levels.get(ordered[0] ?? 0);
  if (first && first.score !== null && first.score !== 0)
    detail(`scale[${first.index}].score`, words.lowest(ordered[0] ?? 0, first.score));
  const last = levels.get(highest);
  if (last && last !== first && last.score !== null && last.score !== 100)
    detail(`scale[${last.index}].score`, words.highest(highest, last.score));
}

/** One order of keys that fits every object of the format (file, indicator, scale level, text). */
const KEY_ORDER = [
  'level',
  'score',
  'code',
  'name',
  'description',
  'weight',
  'source',
  'scale',
  'improvementThreshold',
  'indicators',
  'outcomes',
  'facts',
  'children',
  'zh',
  'en',
];

/**
 * Problems in the order of the file: a path ranks where it comes in a pre-order walk of the parsed
 * value; a missing field ranks where the format would have it among its parent's fields. Ties keep
 * their order (shape problems before the rules').
 */
function sortByDocumentOrder(value: unknown, list: FrameworkProblemDto[]): FrameworkProblemDto[] {
  const info = new Map<string, { start: number; end: number; keys: string[] }>();
  let counter = 0;
  const visit = (v: unknown, path: string): void => {
    const entry = { start: counter, end: counter, keys: isObject(v) ? Object.keys(v) : [] };
    counter += 1;
    info.set(path, entry);
    if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) visit(item, `${path}[${i}]`);
    } else if (isObject(v)) for (const [key, item] of Object.entries(v)) visit(item, join(path, key));
    entry.end = counter - 1;
  };
  visit(value, '');
  const rankOf = (path: string): number => {
    const hit = info.get(path);
    if (hit) return hit.start;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) {
      // a missing field of the file itself
      return missingRank('', path);
    }
    const parent = path.slice(0, cut);
    const key = path.slice(cut).replace(/^\./, '');
    return info.has(parent) ? missingRank(parent, key) : rankOf(parent) + 0.001;
  };
  const missingRank = (parent: string, key: string): number => {
    const p = info.get(parent);
    if (!p) return 0;
    const order = KEY_ORDER.indexOf(key);
    for (const sibling of p.keys) {
      const s = info.get(join(parent, sibling));
      if (order >= 0 && KEY_ORDER.indexOf(sibling) > order && s) return s.start - 0.5;
    }
    return p.end + 0.5;
  };
  return list
    .map((problem, i) => ({ problem, i, r: rankOf(problem.path) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.problem);
}

// ---------------------------------------------------------------- canonical form, flattening

const text = (t: LocalisedText): LocalisedText => ({ zh: t.zh, en: t.en });

function normaliseIndicator(i: FrameworkFileIndicator): FrameworkFileIndicator {
  return {
    code: i.code,
    name: text(i.name),
    weight: i.weight,
    ...(i.outcomes && i.outcomes.length > 0 ? { outcomes: i.outcomes.map(text) } : {}),
    ...(i.facts && i.facts.length > 0 ? { facts: [...i.facts] } : {}),
    ...(i.children && i.children.length > 0 ? { children: i.children.map(normaliseIndicator) } : {}),
  };
}

/**
 * A deep copy in the canonical form: keys in the documented order, empty optional lists dropped.
 * Two files that mean the same framework give equal results (and the same frameworkToYaml text).
 */
export function normaliseFramework(f: FrameworkFile): FrameworkFile {
  return {
    code: f.code,
    name: text(f.name),
    ...(f.source !== undefined ? { source: f.source } : {}),
    scale: f.scale.map(
      (s): FrameworkScaleLevel => ({
        level: s.level,
        score: s.score,
        name: text(s.name),
        description: text(s.description),
      }),
    ),
    improvementThreshold: f.improvementThreshold,
    indicators: f.indicators.map(normaliseIndicator),
  };
}

/** The indicators in document order (pre-order): depth 1-based, leaf = no children. */
export function flattenFramework(f: FrameworkFile): IndicatorDto[] {
  const out: IndicatorDto[] = [];
  const walk = (list: FrameworkFileIndicator[], parentCode: string | null, depth: number): void => {
    for (const i of list) {
      const children = i.children ?? [];
      out.push({
        code: i.code,
        parentCode,
        depth,
        leaf: children.length === 0,
        name: text(i.name),
        weight: i.weight,
        outcomes: (i.outcomes ?? []).map(text),
        facts: [...(i.facts ?? [])],
      });
      walk(children, i.code, depth + 1);
    }
  };
  walk(f.indicators, null, 1);
  return out;
}

export interface FrameworkMeta {
  code: string;
  name: LocalisedText;
  source?: string | null;
  scale: FrameworkScaleLevel[];
  improvementThreshold: number;
}

/** The inverse of flattenFramework (for exporting a stored version as a file). */
export function frameworkFromIndicators(meta: FrameworkMeta, indicators: IndicatorDto[]): FrameworkFile {
  const nodes = new Map<string, FrameworkFileIndicator>();
  const roots: FrameworkFileIndicator[] = [];
  for (const i of indicators) {
    const node: FrameworkFileIndicator = {
      code: i.code,
      name: text(i.name),
      weight: i.weight,
      ...(i.outcomes.length > 0 ? { outcomes: i.outcomes.map(text) } : {}),
      ...(i.facts.length > 0 ? { facts: [...i.facts] } : {}),
    };
    nodes.set(i.code, node);
    const parent = i.parentCode === null ? undefined : nodes.get(i.parentCode);
    if (i.parentCode === null || !parent) roots.push(node);
    else {
      parent.children ??= [];
      parent.children.push(node);
    }
  }
  return normaliseFramework({
    code: meta.code,
    name: meta.name,
    ...(meta.source !== undefined && meta.source !== null ? { source: meta.source } : {}),
    scale: meta.scale,
    improvementThreshold: meta.improvementThreshold,
    indicators: roots,
  });
}

/** The file text: keys in the order code, name, source, scale, improvementThreshold, indicators. */
export function frameworkToYaml(f: FrameworkFile): string {
  return stringify(normaliseFramework(f), { lineWidth: 0 });
}

/**
 * A copy with the given indicators' weights (and optionally the threshold) replaced. Codes that are
 * not in the framework are returned in `unknownCodes` (the caller refuses them); the copy is not
 * checked — run checkFramework on it for the sums.
 */
export function withWeights(
  f: FrameworkFile,
  weights: Record<string, number>,
  improvementThreshold?: number,
): { framework: FrameworkFile; unknownCodes: string[] } {
  const copy = normaliseFramework(f);
  const found = new Set<string>();
  const walk = (list: FrameworkFileIndicator[]): void => {
    for (const i of list) {
      if (Object.hasOwn(weights, i.code)) {
        i.weight = weights[i.code] as number;
        found.add(i.code);
      }
      walk(i.children ?? []);
    }
  };
  walk(copy.indicators);
  if (improvementThreshold !== undefined) copy.improvementThreshold = improvementThreshold;
  return { framework: copy, unknownCodes: Object.keys(weights).filter((code) => !found.has(code)) };
}

/** The text of the built-in framework (frameworks/db4406-t15-2022.yaml). */
export function builtInFrameworkText(): string {
  return readFileSync(new URL('./frameworks/db4406-t15-2022.yaml', import.meta.url), 'utf8');
}
