/**
 * Reading a generated docx back in tests (API and browser tests alike): the parts of the package,
 * the tables of word/document.xml as rows of cell texts, with their vertical merges and spans.
 * A small tokenizer over the WordprocessingML the docx package writes — not a general OOXML reader.
 */
import JSZip from 'jszip';

export interface DocxCell {
  /** the cell's paragraphs joined with "\n" (line breaks within a paragraph too) */
  text: string;
  /** w:vMerge: restart begins a vertical merge, continue extends the one above; null: none */
  vMerge: 'restart' | 'continue' | null;
  /** w:gridSpan: how many grid columns the cell spans */
  gridSpan: number;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

export async function docxZip(buffer: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(buffer);
}

/** A part of the package as text (e.g. "word/document.xml", "word/styles.xml"). */
export async function docxPart(buffer: Buffer, path: string): Promise<string> {
  const file = (await docxZip(buffer)).file(path);
  if (!file) throw new Error(`${path} is not in the docx`);
  return file.async('string');
}

/** The names of the package's files under word/media/. */
export async function docxMedia(buffer: Buffer): Promise<string[]> {
  const zip = await docxZip(buffer);
  return Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && !zip.files[name]?.dir);
}

const TOKEN =
  /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<(\/?)(w:tbl|w:tr|w:tc|w:p|w:br|w:tab|w:vMerge|w:gridSpan)(?=[\s/>])([^>]*?)(\/?)>/g;

function attribute(attrs: string, name: string): string | null {
  const match = new RegExp(`${name}="([^"]*)"`).exec(attrs);
  return match ? decode(match[1] ?? '') : null;
}

/** Every table of the document in order of their start (a nested table is listed after its parent), rows, cells. */
export function parseDocxTables(xml: string): DocxCell[][][] {
  const tables: DocxCell[][][] = [];
  type Open = { rows: DocxCell[][]; cell: (DocxCell & { paragraphs: string[] }) | null };
  const stack: Open[] = [];
  const current = () => stack[stack.length - 1];
  const append = (text: string) => {
    const cell = current()?.cell;
    if (!cell) return;
    if (cell.paragraphs.length === 0) cell.paragraphs.push('');
    cell.paragraphs[cell.paragraphs.length - 1] += text;
  };
  for (const match of xml.matchAll(TOKEN)) {
    const [, text, closing, tag, attrs = '', selfClosing] = match;
    if (text !== undefined) {
      append(decode(text));
      continue;
    }
    const open = current();
    if (tag === 'w:tbl') {
      if (closing) stack.pop();
      else {
        const rows: DocxCell[][] = [];
        tables.push(rows);
        stack.push({ rows, cell: null });
      }
    } else if (tag === 'w:tr') {
      if (!closing && open) open.rows.push([]);
    } else if (tag === 'w:tc') {
      if (!open) continue;
      if (closing) {
        if (open.cell) {
          const { paragraphs, ...cell } = open.cell;
          cell.text = paragraphs.join('\n');
          open.rows[open.rows.length - 1]?.push(cell);
        }
        open.cell = null;
      } else {
        open.cell = { text: '', vMerge: null, gridSpan: 1, paragraphs: [] };
      }
    } else if (tag === 'w:p') {
      if (!closing && open?.cell) open.cell.paragraphs.push('');
      if (selfClosing) continue;
    } else if (tag === 'w:br') {
      append('\n');
    } else if (tag === 'w:tab') {
      append('\t');
    } else if (tag === 'w:vMerge' && open?.cell) {
      open.cell.vMerge = attribute(attrs, 'w:val') === 'restart' ? 'restart' : 'continue';
    } else if (tag === 'w:gridSpan' && open?.cell) {
      open.cell.gridSpan = Number(attribute(attrs, 'w:val') ?? '1');
    }
  }
  return tables;
}

/** The tables of the docx with their merges: tables → rows → cells. */
export async function docxTables(buffer: Buffer): Promise<DocxCell[][][]> {
  return parseDocxTables(await docxPart(buffer, 'word/document.xml'));
}

/** The tables of the docx as texts: tables → rows → cell texts (a merged-over cell's text is ""). */
export async function docxTableRows(buffer: Buffer): Promise<string[][][]> {
  return (await docxTables(buffer)).map((rows) => rows.map((cells) => cells.map((c) => c.text)));
}

/** The text of every paragraph of the body outside tables, in order. */
export async function docxParagraphs(buffer: Buffer): Promise<string[]> {
  const xml = await docxPart(buffer, 'word/document.xml');
  let body = '';
  let depth = 0;
  let from = 0;
  for (const tag of xml.matchAll(/<(\/?)w:tbl(?=[\s>])[^>]*>/g)) {
    if (tag[1]) {
      depth -= 1;
      if (depth === 0) from = (tag.index ?? 0) + tag[0].length;
    } else {
      if (depth === 0) body += xml.slice(from, tag.index);
      depth += 1;
    }
  }
  body += xml.slice(from);
  const paragraphs: string[] = [];
  for (const p of body.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    const inner = p[1] ?? '';
    paragraphs.push(
      Array.from(inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g), (t) =>
        t[1] === undefined ? '\n' : decode(t[1]),
      ).join(''),
    );
  }
  return paragraphs;
}
