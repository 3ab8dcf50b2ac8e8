import { readFileSync } from 'node:fs';
import type { FrameworkFile, FrameworkProblemDto } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  BUILT_IN_FRAMEWORK_CODE,
  builtInFrameworkText,
  checkFramework,
  flattenFramework,
  frameworkFromIndicators,
  frameworkToYaml,
  parseFrameworkText,
  withWeights,
} from './framework.format.js';

const builtIn = (): FrameworkFile => {
  const { framework, problems } = parseFrameworkText(builtInFrameworkText());
  expect(problems).toEqual([]);
  if (!framework) throw new Error('the built-in framework does not parse');
  return framework;
};

// ---------------------------------------------------------------- table A.1, read independently

interface TableIndicator {
  code: string;
  name: string;
  parent: string | null;
  outcomes: string[];
}

/**
 * Reads the fixture (the standard's lines of table A.1, verbatim) without knowing the YAML.
 *
 * A cell that starts with a code ("A1 …", "B4 …", "C9 …") opens that indicator under the latest
 * indicator of the level above; any other non-empty cell is an outcome of the latest third-level
 * indicator. This handles every quirk of the layout the same way: rows starting with tabs continue
 * the current first/second level; the C9 row starts with the third-level code in column 1 (so C9
 * stays under B4); the C22 row starts with the second-level code B9 in column 1 (so B9 sits under
 * A3); the continuation row of C8 has only the outcome column; the continued table repeats
 * "A2 质量共治实施过程" in its first row (the same indicator, not a new one).
 *
 * C4's two outcomes are one cell: the PDF's two lines in that cell ("制定行业质量发展规划" and
 * "制定行业质量共治工作规划和年度计划") were joined with a space. They are two deliverables (a
 * development plan; a co-governance work plan with annual plans), so the YAML lists them as two
 * outcomes. No other outcome cell holds a space (asserted below), so the test splits outcome cells
 * on the space and compares the parts, in order, with the YAML's outcomes.
 */
function readTable(text: string): { indicators: TableIndicator[]; headers: number; spacedCells: string[] } {
  const indicators = new Map<string, TableIndicator>();
  const latest: Record<'A' | 'B' | 'C', string | null> = { A: null, B: null, C: null };
  const above = { A: null, B: 'A', C: 'B' } as const;
  let headers = 0;
  const spacedCells: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '' || line.startsWith('表')) continue;
    if (line.startsWith('一级指标\t')) {
      expect(line).toBe('一级指标\t二级指标\t三级指标\t工作成果');
      headers += 1;
      continue;
    }
    for (const cell of line.split('\t')) {
      if (cell === '') continue;
      const match = /^([ABC])(\d+) (\S+)$/.exec(cell);
      if (match) {
        const level = match[1] as 'A' | 'B' | 'C';
        const code = `${level}${match[2]}`;
        const name = match[3] as string;
        const parentLevel = above[level];
        const parent = parentLevel ? latest[parentLevel] : null;
        const existing = indicators.get(code);
        if (existing) {
          expect(existing.name).toBe(name);
          expect(existing.parent).toBe(parent);
        } else indicators.set(code, { code, name, parent, outcomes: [] });
        latest[level] = code;
        if (level === 'A') latest.B = latest.C = null;
        if (level === 'B') latest.C = null;
        continue;
      }
      const current = latest.C ? indicators.get(latest.C) : undefined;
      if (!current) throw new Error(`an outcome outside a third-level indicator: ${cell}`);
      if (cell.includes(' ')) spacedCells.push(cell);
      current.outcomes.push(...cell.split(' '));
    }
  }
  return { indicators: [...indicators.values()], headers, spacedCells };
}

describe('the built-in framework (DB4406/T 15—2022, table A.1)', () => {
  const table = readTable(readFileSync(new URL('./frameworks/table-a1.txt', import.meta.url), 'utf8'));
  const flat = flattenFramework(builtIn());
  const byCode = new Map(flat.map((i) => [i.code, i]));

  it('parses with no problem, in both languages', () => {
    const f = builtIn();
    expect(f.code).toBe(BUILT_IN_FRAMEWORK_CODE);
    expect(f.name.zh).toBe('行业质量共治成果评估指标体系');
    expect(f.source).toContain('DB4406/T 15—2022');
    expect(f.source).toContain('附录 A');
    expect(f.improvementThreshold).toBe(60);
    expect(parseFrameworkText(builtInFrameworkText(), 'en-US').problems).toEqual([]);
  });

  it('has 3 + 9 + 22 indicators with the parents of the table', () => {
    expect(flat.filter((i) => i.depth === 1).map((i) => i.code)).toEqual(['A1', 'A2', 'A3']);
    expect(flat.filter((i) => i.depth === 2)).toHaveLength(9);
    expect(flat.filter((i) => i.depth === 3)).toHaveLength(22);
    expect(flat.every((i) => i.leaf === (i.depth === 3))).toBe(true);
    const parents = Object.fromEntries(flat.map((i) => [i.code, i.parentCode]));
    expect(parents).toEqual({
      A1: null,
      B1: 'A1',
      C1: 'B1',
      C2: 'B1',
      B2: 'A1',
      C3: 'B2',
      C4: 'B2',
      B3: 'A1',
      C5: 'B3',
      B4: 'A1',
      C6: 'B4',
      C7: 'B4',
      C8: 'B4',
      C9: 'B4',
      A2: null,
      B5: 'A2',
      C10: 'B5',
      C11: 'B5',
      C12: 'B5',
      C13: 'B5',
      C14: 'B5',
      B6: 'A2',
      C15: 'B6',
      C16: 'B6',
      C17: 'B6',
      C18: 'B6',
      A3: null,
      B7: 'A3',
      C19: 'B7',
      B8: 'A3',
      C20: 'B8',
      C21: 'B8',
      B9: 'A3',
      C22: 'B9',
    });
  });

  it('reads the fixture as the table it is (two header rows, one cell with two outcomes)', () => {
    expect(table.headers).toBe(2);
    expect(table.indicators).toHaveLength(34);
    expect(table.spacedCells).toEqual(['制定行业质量发展规划 制定行业质量共治工作规划和年度计划']);
    const t = new Map(table.indicators.map((i) => [i.code, i]));
    expect(t.get('C9')?.parent).toBe('B4');
    expect(t.get('B9')?.parent).toBe('A3');
    expect(t.get('C22')?.parent).toBe('B9');
    expect(t.get('C8')?.outcomes).toHaveLength(2);
    expect(t.get('C4')?.outcomes).toHaveLength(2);
  });

  it('has every code, parent, name and outcome of the table, verbatim and in its order', () => {
    expect(flat.map((i) => i.code)).toEqual(table.indicators.map((i) => i.code));
    for (const row of table.indicators) {
      const indicator = byCode.get(row.code);
      expect(indicator, row.code).toBeDefined();
      expect({ code: row.code, name: indicator?.name.zh, parent: indicator?.parentCode }).toEqual({
        code: row.code,
        name: row.name,
        parent: row.parent,
      });
      expect(
        indicator?.outcomes.map((o) => o.zh),
        row.code,
      ).toEqual(row.outcomes);
    }
  });

  it('keeps the characters the table uses (Chinese quotes, full-width parentheses)', () => {
    expect(byCode.get('B7')?.name.zh).toBe('满意度（率）');
    expect(byCode.get('C19')?.name.zh).toBe('成员满意度（率）');
    expect(byCode.get('C12')?.outcomes[0]?.zh).toContain('参与企业标准“领跑者”认定');
  });

  it('translates every name and outcome', () => {
    for (const i of flat) {
      expect(i.name.en.trim(), i.code).not.toBe('');
      for (const o of i.outcomes) expect(o.en.trim(), i.code).not.toBe('');
    }
  });

  it('weights every sibling group to 100 with the documented defaults', () => {
    const weights = Object.fromEntries(flat.map((i) => [i.code, i.weight]));
    expect(weights).toEqual({
      A1: 30,
      B1: 25,
      C1: 50,
      C2: 50,
      B2: 25,
      C3: 50,
      C4: 50,
      B3: 25,
      C5: 100,
      B4: 25,
      C6: 25,
      C7: 25,
      C8: 25,
      C9: 25,
      A2: 40,
      B5: 50,
      C10: 20,
      C11: 20,
      C12: 20,
      C13: 20,
      C14: 20,
      B6: 50,
      C15: 25,
      C16: 25,
      C17: 25,
      C18: 25,
      A3: 30,
      B7: 40,
      C19: 100,
      B8: 30,
      C20: 50,
      C21: 50,
      B9: 30,
      C22: 100,
    });
  });

  it('names the platform facts of every scored indicator', () => {
    const facts = Object.fromEntries(flat.filter((i) => i.leaf).map((i) => [i.code, i.facts]));
    expect(facts).toEqual({
      C1: ['team.accounts', 'team.duties'],
      C2: ['liaison.channel', 'liaison.threads'],
      C3: ['rules.published', 'credit.model'],
      C4: ['plans.present'],
      C5: ['funds.usage'],
      C6: ['members.commitments'],
      C7: ['rules.self_discipline', 'members.cqo'],
      C8: ['credit.archive', 'credit.measures', 'credit.model'],
      C9: ['audit.trail', 'actions.previous'],
      C10: ['projects.research'],
      C11: ['spotcheck.research'],
      C12: ['standards.work'],
      C13: ['quality.activities'],
      C14: ['talent.training'],
      C15: ['risk.monitoring'],
      C16: ['services.cases'],
      C17: ['complaints.handling'],
      C18: ['publicity.warnings', 'publicity.events'],
      C19: ['satisfaction.trend'],
      C20: ['media.coverage'],
      C21: ['promotion.events'],
      C22: ['honours.external'],
    });
    expect(flat.filter((i) => !i.leaf).every((i) => i.facts.length === 0 && i.outcomes.length === 0)).toBe(true);
  });

  it('has the 5-level scale 0–4 worth 0/25/50/75/100', () => {
    const f = builtIn();
    expect(f.scale.map((s) => [s.level, s.score, s.name.zh])).toEqual([
      [0, 0, '未开展'],
      [1, 25, '起步'],
      [2, 50, '基本达到'],
      [3, 75, '良好'],
      [4, 100, '优秀'],
    ]);
    for (const s of f.scale) {
      expect(s.description.zh).not.toBe('');
      expect(s.name.en).not.toBe('');
      expect(s.description.en).not.toBe('');
    }
  });
});

// ---------------------------------------------------------------- a small framework of another region

const text = (zh: string, en = '') => ({ zh, en });
const scale = () => [
  { level: 0, score: 0, name: text('未开展', 'None'), description: text('没有开展', 'Not done') },
  { level: 1, score: 50, name: text('部分', 'Partly'), description: text('部分完成', 'Partly done') },
  { level: 2, score: 100, name: text('完成', 'Done'), description: text('全部完成', 'All done') },
];
/** Two levels: P1 (P1.1, P1.2) and P2 (P2.1). */
function small(): FrameworkFile {
  return {
    code: 'NH-2024',
    name: text('南海区行业协会工作评估', 'Nanhai association work evaluation'),
    source: '南海区市场监督管理局 2024 年评估方案',
    scale: scale(),
    improvementThreshold: 50,
    indicators: [
      {
        code: 'P1',
        name: text('组织建设'),
        weight: 60,
        children: [
          {
            code: 'P1.1',
            name: text('工作团队'),
            weight: 50,
            outcomes: [text('设立工作团队')],
            facts: ['team.accounts'],
          },
          { code: 'P1.2', name: text('制度'), weight: 50, outcomes: [text('发布制度')] },
        ],
      },
      {
        code: 'P2',
        name: text('服务'),
        weight: 40,
        children: [{ code: 'P2.1', name: text('投诉处理'), weight: 100, outcomes: [text('处理投诉')] }],
      },
    ],
  };
}
// biome-ignore lint/suspicious/noExplicitAny: tests break the file on purpose
type Mutable = any;
const broken = (change: (f: Mutable) => void): FrameworkFile => {
  const f = small();
  change(f);
  return f;
};
const check = (f: unknown, locale: 'zh-CN' | 'en-US' = 'zh-CN') => parseFrameworkText(stringify(f), locale);
const brief = (problems: FrameworkProblemDto[]) => problems.map((p) => [p.path, p.issue]);

describe('parseFrameworkText: a valid framework', () => {
  it('reads a small two-level framework from YAML and from JSON', () => {
    for (const content of [stringify(small()), JSON.stringify(small(), null, 2), JSON.stringify(small())]) {
      const { framework, problems } = parseFrameworkText(content);
      expect(problems).toEqual([]);
      expect(framework).toEqual(small());
    }
    const flat = flattenFramework(small());
    expect(flat.map((i) => [i.code, i.parentCode, i.depth, i.leaf])).toEqual([
      ['P1', null, 1, false],
      ['P1.1', 'P1', 2, true],
      ['P1.2', 'P1', 2, true],
      ['P2', null, 1, false],
      ['P2.1', 'P2', 2, true],
    ]);
    expect(flat[2]?.facts).toEqual([]);
    expect(flat[0]?.outcomes).toEqual([]);
  });

  it('accepts weights that add up to 100 within 0.01 and weights of 0', () => {
    const thirds = broken((f) => {
      f.indicators[0].children.push({ code: 'P1.3', name: text('第三'), weight: 0, outcomes: [text('x')] });
      f.indicators[0].children[0].weight = 33.33;
      f.indicators[0].children[1].weight = 66.675;
    });
    expect(check(thirds).problems).toEqual([]);
  });

  it('drops empty optional lists (the canonical form)', () => {
    const f = broken((x) => {
      x.indicators[0].children[1].facts = [];
    });
    const { framework } = check(f);
    expect(framework?.indicators[0]?.children?.[1]).toEqual({
      code: 'P1.2',
      name: text('制度'),
      weight: 50,
      outcomes: [text('发布制度')],
    });
  });
});

describe('parseFrameworkText: refusals', () => {
  it('refuses a YAML syntax error with its line', () => {
    const { framework, problems } = parseFrameworkText('code: X\nname: [zh, en\nscale: []\n');
    expect(framework).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.issue).toBe('framework_syntax');
    expect(problems[0]?.params?.line).toBeTypeOf('number');
    expect(problems[0]?.message).toMatch(/^指标体系文件无法解析：第 \d+ 行/);
  });

  it('refuses duplicate keys (YAML) and an empty file', () => {
    expect(brief(parseFrameworkText('code: A\ncode: B\n').problems)).toEqual([['', 'framework_syntax']]);
    expect(parseFrameworkText('', 'en-US').problems).toEqual([
      { path: '', issue: 'type', message: 'Wrong type; expected object', params: { type: 'object' } },
    ]);
  });

  it('refuses duplicate codes anywhere in the tree', () => {
    const { framework, problems } = check(
      broken((f) => {
        f.indicators[1].children[0].code = 'P1.1';
      }),
    );
    expect(framework).toBeNull();
    expect(problems).toEqual([
      {
        path: 'indicators[1].children[0].code',
        issue: 'framework_duplicate_code',
        message: '指标编码 P1.1 重复',
        params: { code: 'P1.1' },
      },
    ]);
    expect(
      brief(
        check(
          broken((f) => {
            f.indicators[1].code = 'P1';
          }),
        ).problems,
      ),
    ).toEqual([['indicators[1].code', 'framework_duplicate_code']]);
  });

  it('refuses a scored indicator without outcomes', () => {
    const { problems } = check(
      broken((f) => {
        delete f.indicators[0].children[1].outcomes;
      }),
      'en-US',
    );
    expect(brief(problems)).toEqual([['indicators[0].children[1].outcomes', 'framework_tree']]);
    expect(problems[0]?.params?.code).toBe('P1.2');
    expect(problems[0]?.message).toContain('P1.2');
    expect(problems[0]?.message).toContain('at least one outcome');
  });

  it('refuses scored indicators at different levels', () => {
    const { problems } = check(
      broken((f) => {
        f.indicators[1] = { code: 'P2', name: text('服务'), weight: 40, outcomes: [text('开展服务')] };
      }),
    );
    expect(brief(problems)).toEqual([['indicators[1]', 'framework_tree']]);
    expect(problems[0]?.params).toEqual({
      code: 'P2',
      detail: '评分的指标都应在同一层级：该指标在第 1 级，其他评分指标在第 2 级',
    });
  });

  it('refuses outcomes and facts on an indicator with children', () => {
    const { problems } = check(
      broken((f) => {
        f.indicators[0].outcomes = [text('x')];
        f.indicators[0].facts = ['team.accounts'];
      }),
    );
    expect(brief(problems)).toEqual([
      ['indicators[0].outcomes', 'framework_tree'],
      ['indicators[0].facts', 'framework_tree'],
    ]);
  });

  it('refuses more than 5 levels', () => {
    const deep = broken((f) => {
      let node = f.indicators[1].children[0];
      delete node.outcomes;
      for (let level = 3; level <= 6; level += 1) {
        const child: Mutable = { code: `D${level}`, name: text(`第 ${level} 级`), weight: 100 };
        node.children = [child];
        node = child;
      }
      node.outcomes = [text('x')];
    });
    const { problems } = check(deep, 'en-US');
    expect(problems.find((p) => p.params?.code === 'D6')).toMatchObject({
      path: 'indicators[1].children[0].children[0].children[0].children[0].children[0]',
      issue: 'framework_tree',
      params: { detail: 'the indicator is at level 6; at most 5 levels are allowed' },
    });
  });

  it('refuses sibling weights that do not add up to 100, naming the parent and the sum', () => {
    const { problems } = check(
      broken((f) => {
        f.indicators[0].children[0].weight = 40;
      }),
    );
    expect(problems).toEqual([
      {
        path: 'indicators[0].children',
        issue: 'framework_weights',
        message: 'P1 下各指标权重之和应为 100，现为 90',
        params: { parent: 'P1', sum: 90 },
      },
    ]);
    const top = check(
      broken((f) => {
        f.indicators[0].weight = 70;
      }),
    );
    expect(top.problems[0]?.params).toEqual({ parent: '（顶层）', sum: 110 });
    const topEn = check(
      broken((f) => {
        f.indicators[0].weight = 59.98;
      }),
      'en-US',
    );
    expect(topEn.problems[0]?.message).toBe('The weights under (top level) should add up to 100; they add up to 99.98');
  });

  it('refuses a scale with gaps, duplicate levels, non-increasing scores or wrong ends', () => {
    const gap = check(
      broken((f) => {
        f.scale[2].level = 3;
      }),
      'en-US',
    );
    expect(gap.problems).toEqual([
      {
        path: 'scale',
        issue: 'framework_scale',
        message: 'The scoring scale is not valid: levels must be numbered 0, 1, 2 … without gaps; missing 2',
        params: { detail: 'levels must be numbered 0, 1, 2 … without gaps; missing 2' },
      },
    ]);
    const duplicate = check(
      broken((f) => {
        f.scale[2].level = 1;
      }),
    );
    // the second level 1 is not counted, so the highest level left (1, worth 50) is not worth 100 either
    expect(brief(duplicate.problems)).toEqual([
      ['scale[1].score', 'framework_scale'],
      ['scale[2].level', 'framework_scale'],
    ]);
    const flat = check(
      broken((f) => {
        f.scale[1].score = 100;
      }),
      'en-US',
    );
    expect(flat.problems.map((p) => [p.path, p.params?.detail])).toEqual([
      ['scale[2].score', 'the score of level 2 (100) must be higher than that of level 1 (100)'],
    ]);
    const decreasing = check(
      broken((f) => {
        f.scale[1].score = 20;
        f.scale[2].score = 10;
      }),
      'en-US',
    );
    expect(decreasing.problems.map((p) => [p.path, p.params?.detail])).toEqual([
      ['scale[2].score', 'the score of level 2 (10) must be higher than that of level 1 (20)'],
      ['scale[2].score', 'the highest level 2 must score 100, not 10'],
    ]);
    const ends = check(
      broken((f) => {
        f.scale[0].score = 10;
        f.scale[2].score = 90;
      }),
    );
    expect(brief(ends.problems)).toEqual([
      ['scale[0].score', 'framework_scale'],
      ['scale[2].score', 'framework_scale'],
    ]);
    const blank = check(
      broken((f) => {
        f.scale[1].description.zh = '  ';
        f.scale[0].name.zh = '';
      }),
    );
    expect(brief(blank.problems)).toEqual([
      ['scale[0].name.zh', 'required'],
      ['scale[1].description.zh', 'framework_scale'],
    ]);
  });

  it('refuses facts that are not in the catalogue', () => {
    const { problems } = check(
      broken((f) => {
        f.indicators[0].children[0].facts = ['team.accounts', 'made.up'];
      }),
      'en-US',
    );
    expect(problems).toEqual([
      {
        path: 'indicators[0].children[0].facts[1]',
        issue: 'framework_unknown_fact',
        message: 'Indicator P1.1 refers to an unknown platform fact made.up',
        params: { code: 'P1.1', fact: 'made.up' },
      },
    ]);
  });

  it('refuses wrong types, unknown and missing fields with their paths', () => {
    const { problems } = check(
      broken((f) => {
        f.code = 2024;
        f.indicators[0].children[1].weight = 'fifty';
        f.indicators[0].colour = 'red';
        delete f.indicators[1].name;
        f.indicators[1].children[0].code = 'P 2.1';
        f.indicators[1].children[0].name.zh = 'x'.repeat(2001);
        f.improvementThreshold = 120;
      }),
    );
    expect(problems.map((p) => [p.path, p.issue, p.params])).toEqual([
      ['code', 'type', { type: '文本' }],
      ['improvementThreshold', 'too_large', { limit: 100 }],
      ['indicators[0].children[1].weight', 'type', { type: '数字' }],
      // added after `children`, so it comes after them in the file
      ['indicators[0].colour', 'unknown_field', undefined],
      ['indicators[1].name', 'required', undefined],
      ['indicators[1].children[0].code', 'pattern', undefined],
      ['indicators[1].children[0].name.zh', 'too_long', { limit: 2000 }],
    ]);
    expect(problems[0]?.message).toBe('类型不正确，应为文本');
  });

  it('lists every problem of a file, in the order of the file', () => {
    const f = broken((x) => {
      x.scale[2].level = 4; // gap: 2 and 3 missing
      x.indicators[0].children[0].weight = 'a lot'; // type; the sum under P1 is then not checked
      x.indicators[0].children[1].facts = ['nope']; // unknown fact
      x.indicators[1].weight = 50; // top level adds up to 110
      x.indicators[1].children[0].code = 'P1.2'; // duplicate
      delete x.indicators[1].children[0].outcomes; // leaf without outcomes
      x.indicators[1].children.push({ code: 'P2.2', name: text('新增'), weight: 10, outcomes: [text('x')] }); // 110 under P2
    });
    const { framework, problems } = check(f);
    expect(framework).toBeNull();
    expect(brief(problems)).toEqual([
      ['scale', 'framework_scale'],
      ['indicators', 'framework_weights'],
      ['indicators[0].children[0].weight', 'type'],
      ['indicators[0].children[1].facts[0]', 'framework_unknown_fact'],
      ['indicators[1].children', 'framework_weights'],
      ['indicators[1].children[0].code', 'framework_duplicate_code'],
      ['indicators[1].children[0].outcomes', 'framework_tree'],
    ]);
    expect(problems.find((p) => p.issue === 'framework_scale')?.params?.detail).toContain('2, 3');
  });

  it('lists more than 8 shape problems (no cut-off at the validator’s default)', () => {
    const many = broken((f) => {
      f.indicators[0].children = Array.from({ length: 12 }, (_, i) => ({
        code: `P1.${i}`,
        name: text(`指标 ${i}`),
        weight: String(i),
        outcomes: [text('x')],
      }));
    });
    const { problems } = check(many);
    expect(problems.filter((p) => p.issue === 'type')).toHaveLength(12);
  });

  it('orders a missing field where the format has it', () => {
    const { problems } = check(
      broken((f) => {
        delete f.name;
        delete f.indicators[0].children[0].weight;
        f.code = '';
      }),
    );
    expect(brief(problems)).toEqual([
      ['code', 'required'],
      ['name', 'required'],
      ['indicators[0].children[0].weight', 'required'],
    ]);
  });
});

// ---------------------------------------------------------------- back to a file

describe('flatten, frameworkFromIndicators, frameworkToYaml', () => {
  it('round-trips the built-in framework', () => {
    const original = builtIn();
    const { indicators, ...meta } = original;
    expect(indicators).toHaveLength(3);
    const rebuilt = frameworkFromIndicators(meta, flattenFramework(original));
    expect(rebuilt).toEqual(original);
    const yaml = frameworkToYaml(rebuilt);
    const again = parseFrameworkText(yaml);
    expect(again.problems).toEqual([]);
    expect(again.framework).toEqual(original);
    expect(frameworkToYaml(again.framework as FrameworkFile)).toBe(yaml);
  });

  it('round-trips a stored version whose source is null', () => {
    const { indicators: _, source: __, ...meta } = small();
    const rebuilt = frameworkFromIndicators({ ...meta, source: null }, flattenFramework(small()));
    expect(rebuilt.source).toBeUndefined();
    expect(parseFrameworkText(frameworkToYaml(rebuilt)).framework).toEqual(rebuilt);
  });

  it('writes the keys in the documented order', () => {
    const messy = {
      indicators: small().indicators,
      improvementThreshold: 50,
      scale: scale(),
      code: 'X',
      name: text('x'),
    };
    const yaml = frameworkToYaml(messy as FrameworkFile);
    const topKeys = yaml
      .split('\n')
      .filter((line) => /^[a-zA-Z]/.test(line))
      .map((line) => line.split(':')[0]);
    expect(topKeys).toEqual(['code', 'name', 'scale', 'improvementThreshold', 'indicators']);
    expect(
      frameworkToYaml(builtIn())
        .split('\n')
        .filter((line) => /^[a-zA-Z]/.test(line))
        .map((line) => line.split(':')[0]),
    ).toEqual(['code', 'name', 'source', 'scale', 'improvementThreshold', 'indicators']);
  });
});

describe('withWeights', () => {
  it('replaces the given weights and the threshold in a copy', () => {
    const original = builtIn();
    const { framework, unknownCodes } = withWeights(original, { A1: 20, A2: 50, C1: 40, C2: 60 }, 70);
    expect(unknownCodes).toEqual([]);
    const weights = Object.fromEntries(flattenFramework(framework).map((i) => [i.code, i.weight]));
    expect([weights.A1, weights.A2, weights.A3, weights.C1, weights.C2]).toEqual([20, 50, 30, 40, 60]);
    expect(framework.improvementThreshold).toBe(70);
    expect(checkFramework(framework).problems).toEqual([]);
    expect(original.indicators[0]?.weight).toBe(30);
    expect(original.improvementThreshold).toBe(60);
  });

  it('returns the unknown codes, and the check catches sums that no longer add up', () => {
    const { framework, unknownCodes } = withWeights(builtIn(), { A1: 20, Z9: 5, C23: 1 });
    expect(unknownCodes).toEqual(['Z9', 'C23']);
    expect(framework.improvementThreshold).toBe(60);
    expect(checkFramework(framework).problems.map((p) => [p.path, p.params])).toEqual([
      ['indicators', { parent: '（顶层）', sum: 90 }],
    ]);
  });
});
