export interface ReferenceItem {
  code: string;
  name: string;
  parentCode: string | null;
}

export interface ReferenceNode {
  value: string;
  title: string;
  /** Code and name, for searching by either. */
  search: string;
  children?: ReferenceNode[];
}

/** Turns a flat code list with parent codes into a tree; items whose parent is missing become roots. */
export function buildReferenceTree(items: readonly ReferenceItem[]): ReferenceNode[] {
  const nodes = new Map<string, ReferenceNode>();
  for (const item of items) {
    nodes.set(item.code, { value: item.code, title: `${item.code} ${item.name}`, search: `${item.code} ${item.name}` });
  }
  const roots: ReferenceNode[] = [];
  for (const item of items) {
    const node = nodes.get(item.code);
    if (!node) continue;
    const parent = item.parentCode ? nodes.get(item.parentCode) : undefined;
    if (!parent) roots.push(node);
    else if (parent.children) parent.children.push(node);
    else parent.children = [node];
  }
  return roots;
}
