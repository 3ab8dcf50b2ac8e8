import { describe, expect, it } from 'vitest';
import {
  answerCounts,
  assignClauseKeys,
  diffClauses,
  diffText,
  groupByClause,
  isAccepting,
  tokenize,
} from './rules.workflow.js';

describe('assignClauseKeys', () => {
  it('keeps known keys once, gives new clauses the next unused key and never reuses one', () => {
    const keys = assignClauseKeys(
      [
        { key: 'c1', heading: 'A', text: 'a' },
        { heading: 'B', text: 'b' },
        { key: 'c1', heading: 'copy', text: 'a' },
        { key: 'made-up', heading: 'C', text: 'c' },
      ],
      ['c1', 'c2', 'c7'],
    ).map((c) => c.key);
    expect(keys).toEqual(['c1', 'c8', 'c9', 'c10']);
    expect(assignClauseKeys([{ heading: ' 第一条 ', text: ' 文本 ' }], [])).toEqual([
      { key: 'c1', heading: '第一条', text: '文本' },
    ]);
  });
});

describe('diffText', () => {
  it('marks inserted and deleted characters of Chinese text and whole words of Latin text', () => {
    expect(diffText('会员应当遵守法律。', '会员必须遵守法律法规。')).toEqual([
      { op: 'equal', text: '会员' },
      { op: 'delete', text: '应当' },
      { op: 'insert', text: '必须' },
      { op: 'equal', text: '遵守法律' },
      { op: 'insert', text: '法规' },
      { op: 'equal', text: '。' },
    ]);
    expect(tokenize('Members shall comply.')).toEqual(['Members', ' ', 'shall', ' ', 'comply', '.']);
    expect(diffText('Members shall comply.', 'Members must comply.')).toEqual([
      { op: 'equal', text: 'Members ' },
      { op: 'delete', text: 'shall' },
      { op: 'insert', text: 'must' },
      { op: 'equal', text: ' comply.' },
    ]);
  });

  it('rebuilds both texts from its segments', () => {
    const a = '第一条 会员应当如实标注产品质量等级、规格型号和执行标准。';
    const b = '会员应当如实标注产品等级、型号、执行标准和生产日期。';
    const segments = diffText(a, b);
    expect(
      segments
        .filter((s) => s.op !== 'insert')
        .map((s) => s.text)
        .join(''),
    ).toBe(a);
    expect(
      segments
        .filter((s) => s.op !== 'delete')
        .map((s) => s.text)
        .join(''),
    ).toBe(b);
    expect(diffText('', '')).toEqual([]);
    expect(diffText('同', '同')).toEqual([{ op: 'equal', text: '同' }]);
  });
});

describe('diffClauses', () => {
  it('matches clauses by key and places removed ones after their predecessor', () => {
    const from = [
      { key: 'c1', heading: '一', text: 'a' },
      { key: 'c2', heading: '二', text: 'b' },
      { key: 'c3', heading: '三', text: 'c' },
    ];
    const to = [
      { key: 'c3', heading: '三', text: 'c' },
      { key: 'c1', heading: '一', text: 'a2' },
      { key: 'c4', heading: '四', text: 'd' },
    ];
    expect(diffClauses(from, to).map((c) => [c.key, c.change])).toEqual([
      ['c3', 'unchanged'],
      ['c1', 'changed'],
      ['c2', 'removed'],
      ['c4', 'added'],
    ]);
  });
});

describe('consultation rules', () => {
  it('accepts comments only while open and before the deadline', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    expect(isAccepting({ status: 'open', deadline: new Date('2026-03-02T00:00:00Z') }, now)).toBe(true);
    expect(isAccepting({ status: 'open', deadline: now }, now)).toBe(false);
    expect(isAccepting({ status: 'closed', deadline: new Date('2026-03-02T00:00:00Z') }, now)).toBe(false);
  });

  it('counts answers and groups comments in the order of the text, general ones last', () => {
    const comments = [
      { clauseKey: null, answer: 'adopted' as const },
      { clauseKey: 'c2', answer: null },
      { clauseKey: 'c1', answer: 'not_adopted' as const },
      { clauseKey: 'gone', answer: 'partly_adopted' as const },
    ];
    expect(answerCounts(comments)).toEqual({ total: 4, adopted: 1, partly_adopted: 1, not_adopted: 1, unanswered: 1 });
    const clauses = [
      { key: 'c1', heading: '第一条', text: '' },
      { key: 'c2', heading: '第二条', text: '' },
    ];
    expect(groupByClause(clauses, comments).map((g) => [g.clauseKey, g.comments.length])).toEqual([
      ['c1', 1],
      ['c2', 1],
      ['gone', 1],
      [null, 1],
    ]);
  });
});
