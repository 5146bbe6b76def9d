/**
 * `npx tsx bench/summariseTraces.ts [trace.json ...]`: where a cold window's
 * time goes, from the raw Chromium traces `npm run bench` keeps in
 * .tmp/bench-traces/ (or the files named). Prints one breakdown per trace:
 * milestones, each file's request, arrival and compile, the renderer's main
 * thread by category up to first contentful paint, JavaScript per file in
 * and after module evaluation, and the frame that first showed content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  analyseWindowTrace,
  formatBreakdown,
  TRACE_DIR,
  type AnalyseOptions,
  type TraceEvent,
} from './windowTrace';

interface SavedTrace {
  traceEvents?: TraceEvent[];
  metadata?: { benchAnalyse?: AnalyseOptions };
}

const named = process.argv.slice(2);
const files =
  named.length > 0
    ? named
    : readdirSync(TRACE_DIR)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(TRACE_DIR, f));
if (files.length === 0) {
  console.error(`no traces in ${TRACE_DIR}: run "npm run bench" first`);
  process.exitCode = 1;
}
for (const file of files) {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedTrace;
  const options = saved.metadata?.benchAnalyse;
  if (!options) {
    console.error(`${file}: no analysis options in its metadata (not a bench trace)`);
    continue;
  }
  try {
    console.log(
      formatBreakdown(
        basename(file, '.json'),
        analyseWindowTrace(saved.traceEvents ?? [], options),
      ),
    );
    console.log('');
  } catch (err) {
    console.error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
