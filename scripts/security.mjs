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

// The report goes outside the folder being scanned.
const reportDir = mkdtempSync(join(tmpdir(), 'decompress-security-report-'));
const csv = join(reportDir, 'findings.csv');
function runElectronegativity() {
  const run = spawnSync(
    process.execPath,
    [
      cli,
      '-i',
      stage,
      '-e',
      electronVersion,
      '-o',
      csv,
      '-r',
      '-v',
      'false',
      '-p',
      'typescript,jsx',
    ],
    { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error('security: Electronegativity did not run');
    process.exit(2);
  }
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

// Electronegativity does not quote every sample: a sample with a line break
// in it continues on lines of its own. Those carry no check or severity, so
// they are folded into the sample of the finding before them; a finding's
// own line always has every column. A report that still cannot be read
// (seen once in a while on a loaded machine) is made again, twice at most;
// after that it is a failure, never a pass.
function readReport() {
  const rows = [];
  for (const cells of parseCsv(readFileSync(csv, 'utf8')).slice(1)) {
    const previous = rows.at(-1);
    if (cells.length >= 6) rows.push(cells);
    else if (previous) previous[5] = `${previous[5]}\n${cells.join(',')}`;
    else return { rows: null, bad: cells.join(',').slice(0, 200) };
  }
  return { rows, bad: null };
}
let report = { rows: null, bad: null };
for (let attempt = 1; attempt <= 3 && report.rows === null; attempt++) {
  rmSync(csv, { force: true });
  runElectronegativity();
  report = readReport();
  if (report.rows === null) {
    console.error(`security: unreadable report (attempt ${attempt}): ${report.bad}`);
  }
}
if (report.rows === null) process.exit(2);
const rows = report.rows;
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
rmSync(reportDir, { recursive: true, force: true });
if (blocking.length > 0) {
  for (const f of blocking) {
    console.error(`  FAIL ${f.severity} ${f.check} ${f.file}:${f.location} ${f.sample}`);
  }
  console.error(`security: ${blocking.length} unreviewed HIGH/MEDIUM finding(s)`);
  process.exit(1);
}
