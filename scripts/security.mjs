#!/usr/bin/env node
// Security gate: runs Electronegativity over the app's main/ and renderer/
// sources for the installed Electron version and fails on any HIGH or MEDIUM
// finding that has not been reviewed (security/reviewed-findings.json).
// Electronegativity itself always exits 0, so its CSV is parsed here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const cli = require.resolve('@doyensec/electronegativity/dist/index.js');

// Stage a copy without unit tests and test code (testing/ folders, such as
// the Electron double): those construct mock windows on purpose and are not shipped.
const stage = mkdtempSync(join(tmpdir(), 'decompress-security-'));
const keep = (src) =>
  !/\.test\.tsx?$/.test(src) && !relative(root, src).split(/[\\/]/).includes('testing');
for (const dir of ['main', 'renderer']) {
  cpSync(join(root, dir), join(stage, dir), { recursive: true, filter: keep });
}
writeFileSync(join(stage, 'package.json'), readFileSync(join(root, 'package.json')));

const csv = join(stage, 'findings.csv');
const run = spawnSync(
  process.execPath,
  [cli, '-i', stage, '-e', electronVersion, '-o', csv, '-r', '-v', 'false', '-p', 'typescript,jsx'],
  { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
);
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error('security: Electronegativity did not run');
  process.exit(2);
}

/**
 * Parses Electronegativity's CSV as a whole: a sample is source text and may
 * hold commas, quotes and newlines inside its quotes, so splitting on lines
 * first would cut a finding in two.
 */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell.trim());
      if (row.some(Boolean)) rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  row.push(cell.trim());
  if (row.some(Boolean)) rows.push(row);
  return rows;
}

const rows = parseCsv(readFileSync(csv, 'utf8')).slice(1);
const malformed = rows.filter((cells) => cells.length < 6);
if (malformed.length > 0) {
  // A report we cannot read is not a pass: say so instead of crashing on it.
  console.error(`security: ${malformed.length} unreadable line(s) in Electronegativity's report:`);
  for (const cells of malformed) console.error(`  ${cells.join(',').slice(0, 200)}`);
  process.exit(2);
}
const findings = rows.map(([check, severity, confidence, file, location, sample]) => ({
  check,
  severity,
  confidence,
  file: relative(stage, join(stage, file)),
  location,
  sample,
}));
const reviewed = JSON.parse(
  readFileSync(join(root, 'security/reviewed-findings.json'), 'utf8'),
).reviewed;
// Only checks that Electronegativity itself marks "manual review" may be
// waived, and only by an exact reviewed entry.
const MANUAL_REVIEW_CHECKS = new Set(['OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK']);
const isReviewed = (f) =>
  MANUAL_REVIEW_CHECKS.has(f.check) &&
  reviewed.some((r) => r.check === f.check && r.file === f.file && r.sample === f.sample);

const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const blocking = serious.filter((f) => !isReviewed(f));
const counts = (level) => findings.filter((f) => f.severity === level).length;
console.log(
  `security: Electronegativity on main/ and renderer/ for Electron ${electronVersion}: ` +
    `${counts('HIGH')} high, ${counts('MEDIUM')} medium (${serious.length - blocking.length} reviewed), ` +
    `${counts('LOW')} low, ${counts('INFORMATIONAL')} informational`,
);
for (const f of findings.filter((f) => !serious.includes(f))) {
  console.log(`  note ${f.severity} ${f.check} ${f.file}:${f.location}`);
}
rmSync(stage, { recursive: true, force: true });
if (blocking.length > 0) {
  for (const f of blocking) {
    console.error(`  FAIL ${f.severity} ${f.check} ${f.file}:${f.location} ${f.sample}`);
  }
  console.error(`security: ${blocking.length} unreviewed HIGH/MEDIUM finding(s)`);
  process.exit(1);
}
