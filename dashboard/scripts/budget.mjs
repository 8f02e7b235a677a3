// The console's JavaScript budget: at most 300 KB compressed (gzip) over every script the build emits, so the
// first view stays quick on a ministry's connection. Prints each chunk and fails the build over the budget.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 300 * 1024;
const dir = 'target/classes/META-INF/resources/assets';
const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ f, raw: readFileSync(join(dir, f)).length, gz: gzipSync(readFileSync(join(dir, f)), { level: 9 }).length }))
  .sort((a, b) => b.gz - a.gz);
const total = rows.reduce((n, r) => n + r.gz, 0);
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
const lines = rows.map((r) => `${kb(r.gz)} gz ${kb(r.raw)} raw  ${r.f}`);
lines.push(`${kb(total)} gz in ${rows.length} scripts (budget ${kb(BUDGET)})`);
console.log(lines.join('\n'));
mkdirSync('target', { recursive: true });
writeFileSync('target/js-budget.txt', lines.join('\n') + '\n');
if (total > BUDGET) {
  console.error(`over the JavaScript budget: ${kb(total)} gzipped > ${kb(BUDGET)}`);
  process.exit(1);
}
