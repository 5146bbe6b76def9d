import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';

/**
 * axe-core's own source, injected into the page by evaluate (as
 * @axe-core/playwright does): that package declares Node >= 22.12, and we
 * run on 20. Evaluate is not a page script, so the window's strict CSP
 * stays as it is in the app.
 */
const AXE_LIBRARY = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe defers its steps with setTimeout(fn, 0). A spec that installs
 * Playwright's page clock pauses the page's timers, which would hang axe
 * mid-run, so axe gets its own: zero-delay calls run as microtasks, and
 * longer ones (its timeouts for unanswered iframes, which this app has
 * none of) never fire. The page's own timers are not touched.
 */
const AXE_SOURCE = `(function (setTimeout, clearTimeout) {
${AXE_LIBRARY}
}).call(window,
  function (fn, ms) {
    var args = Array.prototype.slice.call(arguments, 2);
    if (!ms || ms <= 1) Promise.resolve().then(function () { fn.apply(null, args); });
    return 0;
  },
  function () {});`;

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what Decompress promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const RUN_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: WCAG_TAGS },
  // Off by default as "experimental", but it is 2.5.3 Label in Name (A).
  rules: { 'label-content-name-mismatch': { enabled: true } },
  resultTypes: ['violations', 'incomplete'],
};

export type Theme = 'light' | 'dark';

export interface AxeFinding {
  theme: Theme;
  rule: string;
  impact: ImpactValue | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; fix: string }[];
}

function findings(theme: Theme, results: Result[]): AxeFinding[] {
  return results.map((r) => ({
    theme,
    rule: r.id,
    impact: r.impact ?? null,
    help: r.help,
    helpUrl: r.helpUrl,
    nodes: r.nodes.map((n) => ({
      target: n.target.map(String).join(' '),
      html: n.html.slice(0, 160),
      fix: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  }));
}

/** Runs axe once on the page as it is now. */
async function runAxe(page: Page): Promise<AxeResults> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (options) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, options),
    RUN_OPTIONS,
  );
}

/**
 * Sets (or, with null, removes) data-theme and makes the page's styles
 * settle at once: transitions are switched off while axe looks (a 120 ms
 * colour fade caught half way reads as a contrast failure), through a
 * constructed style sheet, which the page's CSP allows. No frames are
 * awaited: a paused page clock would hold them.
 */
async function drawTheme(page: Page, theme: string | null, still: boolean): Promise<void> {
  await page.evaluate(
    ([t, noMotion]) => {
      const root = document.documentElement;
      const key = '__axeStill';
      const holder = window as unknown as Record<string, CSSStyleSheet | undefined>;
      if (noMotion && !holder[key]) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(
          '*, *::before, *::after { transition: none !important; animation: none !important; }',
        );
        holder[key] = sheet;
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      if (t === null) delete root.dataset.theme;
      else root.dataset.theme = t;
      // Reading a computed style makes the browser apply the change now.
      void getComputedStyle(document.body).color;
      const sheet = holder[key];
      if (!noMotion && sheet) {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        holder[key] = undefined;
      }
    },
    [theme, still] as const,
  );
}

export interface AxeReport {
  violations: AxeFinding[];
  /** "Needs review": what axe could not decide; see REVIEWED. */
  incomplete: AxeFinding[];
}

/**
 * axe on the page as it stands, in the light and in the dark theme. The
 * theme is forced through the same attribute the app uses, then put back, so
 * the page is left as the spec had it.
 */
export async function auditBothThemes(page: Page): Promise<AxeReport> {
  const original = await page.evaluate(() => document.documentElement.dataset.theme ?? null);
  const report: AxeReport = { violations: [], incomplete: [] };
  try {
    for (const theme of ['light', 'dark'] as const) {
      await drawTheme(page, theme, true);
      const results = await runAxe(page);
      report.violations.push(...findings(theme, results.violations));
      report.incomplete.push(...findings(theme, results.incomplete));
    }
  } finally {
    await drawTheme(page, original, false);
  }
  return report;
}

/** One violation per paragraph: the rule, where, and axe's advice on the fix. */
export function describeViolations(state: string, violations: readonly AxeFinding[]): string {
  const lines = [
    `axe: ${violations.length} WCAG 2.2 AA problem(s) on "${state}" (violations, or undecided and not reviewed in axeGate.ts)`,
  ];
  for (const v of violations) {
    lines.push(`- [${v.theme}] ${v.rule} (${v.impact ?? 'n/a'}): ${v.help} <${v.helpUrl}>`);
    for (const n of v.nodes) lines.push(`    at ${n.target}\n      ${n.html}\n      fix: ${n.fix}`);
  }
  return lines.join('\n');
}

/**
 * What axe cannot decide ("needs review"), each decided here once, with the
 * reason and where it is measured instead. Anything else axe cannot decide
 * fails the gate, so a new undecided case gets looked at.
 */
export const REVIEWED: readonly { rule: string; target: RegExp; decision: string }[] = [
  {
    rule: 'color-contrast',
    target: /rt-ring__/,
    decision:
      'text over the countdown ring (an SVG behind it): measured from computed colours in accessibility.spec.ts',
  },
  {
    rule: 'color-contrast',
    target: /^(text|\.chart)|chart__/,
    decision: 'SVG chart labels: measured from computed colours in accessibility.spec.ts',
  },
  {
    rule: 'color-contrast',
    target: /welcome-steps__dot/,
    decision:
      'the ✓ in a done step is a decorative glyph (aria-hidden; "(done)" is said in words): measured as a graphic in accessibility.spec.ts',
  },
  {
    rule: 'color-contrast',
    target: /rt-control.*kbd/,
    decision:
      'the ← and → key glyphs on the player buttons (aria-hidden): measured in accessibility.spec.ts (key hints)',
  },
  {
    rule: 'color-contrast',
    target: /aria-label="to">→/,
    decision:
      'the → between pain scores on the finish screen is a glyph in body text colour on its card: --text on --surface-2 is checked at 7:1 by themeContrast.test.ts',
  },
  {
    rule: 'label-content-name-mismatch',
    target: /icon-button/,
    decision: 'the "+" and "×" buttons show a symbol, no words; their names say what they do',
  },
];

/** Undecided findings that REVIEWED does not cover. */
export function unreviewed(incomplete: readonly AxeFinding[]): AxeFinding[] {
  return incomplete
    .map((finding) => ({
      ...finding,
      nodes: finding.nodes.filter(
        (node) =>
          !REVIEWED.some(
            (r) => r.rule === finding.rule && r.target.test(`${node.target} ${node.html}`),
          ),
      ),
    }))
    .filter((finding) => finding.nodes.length > 0);
}

/** Fails with every violation spelled out, in either theme, on the page as it is now. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<AxeReport> {
  const report = await auditBothThemes(page);
  const problems = [...report.violations, ...unreviewed(report.incomplete)];
  if (problems.length > 0) throw new Error(describeViolations(state, problems));
  return report;
}
