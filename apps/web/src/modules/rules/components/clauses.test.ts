import { describe, expect, it } from 'vitest';
import { moveItem, splitClauses, timeLeft } from './clauses';

describe('splitClauses', () => {
  it('splits at 第X条, keeps the preamble and multi-line articles', () => {
    const text =
      '为规范行业秩序，制定本准则。\n\n第一条 会员应当诚信经营。\n第二条　会员不得虚假宣传：\n（一）夸大功效；\n（二）冒用认证。\n第3条 附则。';
    expect(splitClauses(text)).toEqual({
      preamble: '为规范行业秩序，制定本准则。',
      clauses: [
        { heading: '第一条', text: '会员应当诚信经营。' },
        { heading: '第二条', text: '会员不得虚假宣传：\n（一）夸大功效；\n（二）冒用认证。' },
        { heading: '第3条', text: '附则。' },
      ],
    });
  });

  it('makes a chapter line a clause of its own, titled by the chapter', () => {
    const text = '第一章 总则\n第一条 本会名称。\n第二章\n会员\n第二条 会员的权利。';
    expect(splitClauses(text).clauses).toEqual([
      { heading: '第一章', text: '总则' },
      { heading: '第一条', text: '本会名称。' },
      { heading: '第二章', text: '会员' },
      { heading: '第二条', text: '会员的权利。' },
    ]);
  });

  it('gives a heading-only article its heading as text, and no clauses for text without headings', () => {
    expect(splitClauses('第十二条\n').clauses).toEqual([{ heading: '第十二条', text: '第十二条' }]);
    expect(splitClauses('只有一段说明。')).toEqual({ preamble: '只有一段说明。', clauses: [] });
  });

  it('does not take 第X条 in the middle of a line for a heading', () => {
    expect(splitClauses('第一条 依照本准则第二条的规定。').clauses).toHaveLength(1);
  });
});

describe('moveItem', () => {
  it('moves up and down and stays inside the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('timeLeft', () => {
  it('splits the time to a deadline and says null once it has passed', () => {
    const now = Date.parse('2026-03-01T00:00:00Z');
    expect(timeLeft('2026-03-03T05:07:00Z', now)).toEqual({ days: 2, hours: 5, minutes: 7 });
    expect(timeLeft('2026-02-28T23:00:00Z', now)).toBeNull();
  });
});
