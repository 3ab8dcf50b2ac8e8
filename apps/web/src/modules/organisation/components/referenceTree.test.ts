import { describe, expect, it } from 'vitest';
import { buildReferenceTree } from './referenceTree';

describe('buildReferenceTree', () => {
  it('nests items under their parents and keeps orphans as roots', () => {
    const tree = buildReferenceTree([
      { code: '440000', name: '广东省', parentCode: null },
      { code: '440600', name: '佛山市', parentCode: '440000' },
      { code: '440605', name: '南海区', parentCode: '440600' },
      { code: '990000', name: '孤立', parentCode: '980000' },
    ]);
    expect(tree.map((node) => node.value)).toEqual(['440000', '990000']);
    expect(tree[0]?.children?.[0]?.children?.[0]).toMatchObject({ value: '440605', title: '440605 南海区' });
  });
});
