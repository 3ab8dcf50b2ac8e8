#!/usr/bin/env node
// Reports the gzipped size of the JavaScript the public portal loads up front: the entry chunk
// and every chunk it imports statically (dynamic imports load later, on demand).
// Run after `vite build`; exits non-zero when over budget.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.PORTAL_JS_BUDGET_KB ?? 300);
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch (error) {
  console.error(
    `bundle-size: cannot read ${join(dist, '.vite', 'manifest.json')} (run vite build first): ${error.message}`,
  );
  process.exit(2);
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && manifest[key].src === 'index.html');
if (!entryKey) {
  console.error('bundle-size: no index.html entry in the manifest');
  process.exit(2);
}

const seen = new Set();
const files = [];
const visit = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`bundle-size: manifest has no chunk ${key}`);
  if (chunk.file.endsWith('.js')) files.push(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entryKey);

const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);

const kb = (n) => (n / 1024).toFixed(1);
for (const row of rows)
  console.log(`  ${row.file.padEnd(48)} ${kb(row.raw).padStart(8)} KB  ${kb(row.gzip).padStart(7)} KB gzip`);
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
console.log(`portal first-load JS: ${kb(total)} KB gzip (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB * 1024) {
  console.error(`bundle-size: over budget by ${kb(total - BUDGET_KB * 1024)} KB`);
  process.exit(1);
}
