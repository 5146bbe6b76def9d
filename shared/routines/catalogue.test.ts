import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  DEFAULT_BREAK_ROUTINE_ID,
  ROUTINE_IDS,
  STOP_SIGNAL_STEP_ID,
  getRoutine,
  isRoutineId,
  matRestRoutine,
} from './catalogue';
import { routinePositions, type Position, type Routine } from './model';
import { isPoseId } from './poses';
import * as safety from './safety';
import { isWork } from './segments';
import { expand, routineDurationMs } from './timeline';

const MAT_VARIANTS = [10, 12, 15, 17, 20].map(matRestRoutine);
const ALL: readonly Routine[] = [...CATALOGUE, ...MAT_VARIANTS];

function minutes(routine: Routine): number {
  return routineDurationMs(routine) / 60_000;
}

/**
 * CONTENT.md's "Routines to offer" table, typed in by hand: the title, the
 * position and the length it promises ("about N min" is taken as N plus or
 * minus 10%, bounds worked out here by hand; mat rest is a 10-20 min timer).
 */
const BRIEF: readonly {
  title: string;
  positions: readonly Position[];
  minMinutes: number;
  maxMinutes: number;
}[] = [
  { title: 'Quick seated reset', positions: ['seated'], minMinutes: 1.8, maxMinutes: 2.2 },
  { title: 'Seated decompression', positions: ['seated'], minMinutes: 4.5, maxMinutes: 5.5 },
  { title: 'Standing desk reset', positions: ['standing'], minMinutes: 2.7, maxMinutes: 3.3 },
  { title: 'Floor decompression', positions: ['floor'], minMinutes: 9, maxMinutes: 11 },
  { title: 'Morning mobility', positions: ['floor'], minMinutes: 7.2, maxMinutes: 8.8 },
  { title: 'Evening wind-down', positions: ['floor'], minMinutes: 10.8, maxMinutes: 13.2 },
  { title: 'Partner traction', positions: ['partner'], minMinutes: 7.2, maxMinutes: 8.8 },
  {
    title: 'Self-massage break',
    positions: ['seated', 'standing'],
    minMinutes: 5.4,
    maxMinutes: 6.6,
  },
  { title: 'Mat rest', positions: ['floor'], minMinutes: 10, maxMinutes: 20 },
];

/** The length of the expanded timeline, from its segments alone. */
function timelineMinutes(routine: Routine): number {
  const segments = expand(routine);
  const last = segments.at(-1);
  return last ? (last.startMs + last.durationMs) / 60_000 : 0;
}

describe('catalogue', () => {
  it('offers each routine of the content brief once, in the position the brief gives it', () => {
    expect(CATALOGUE).toHaveLength(BRIEF.length);
    for (const row of BRIEF) {
      const matches = CATALOGUE.filter((r) => r.title === row.title);
      expect(matches, row.title).toHaveLength(1);
      expect(routinePositions(matches[0] as Routine), row.title).toEqual(row.positions);
    }
  });

  it('expands every routine into a timeline of the length the brief promises', () => {
    for (const row of BRIEF) {
      const routine = CATALOGUE.find((r) => r.title === row.title) as Routine;
      const length = timelineMinutes(routine);
      expect(length, row.title).toBeGreaterThanOrEqual(row.minMinutes);
      expect(length, row.title).toBeLessThanOrEqual(row.maxMinutes);
    }
  });

  it('gives every routine its own id that can be looked up, sent and stored', () => {
    const ids = CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(isRoutineId(id), id).toBe(true);
      if (!isRoutineId(id)) continue;
      expect(getRoutine(id).id).toBe(id);
      // The tray's "start:<id>" actions and the settings file carry ids as short lowercase slugs.
      expect(id).toMatch(/^[a-z0-9-]{1,60}$/);
    }
    expect(ROUTINE_IDS.every((id) => ids.includes(id))).toBe(true);
  });

  it('recognises routine ids from untrusted input and nothing else', () => {
    expect(isRoutineId('floor-decompression')).toBe(true);
    for (const bad of ['Floor-Decompression', '', 'rm -rf', 42, null, undefined, {}]) {
      expect(isRoutineId(bad)).toBe(false);
    }
  });

  it('offers the quick seated reset as the default break, about two minutes long', () => {
    expect(getRoutine(DEFAULT_BREAK_ROUTINE_ID).title).toBe('Quick seated reset');
    expect(timelineMinutes(getRoutine(DEFAULT_BREAK_ROUTINE_ID))).toBeLessThanOrEqual(2.2);
  });

  describe.each(ALL.map((r) => [`${r.id} (${r.declaredMinutes} min)`, r] as const))(
    '%s',
    (_name, routine) => {
      it('has a title, a summary and at least one step', () => {
        expect(routine.title.length).toBeGreaterThan(0);
        expect(routine.summary.length).toBeGreaterThan(0);
        expect(routine.steps.length).toBeGreaterThan(0);
      });

      it('uses each step id once', () => {
        const ids = routine.steps.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
      });

      it('gives every step one to three short cues and a drawn pose', () => {
        for (const step of routine.steps) {
          expect(step.cues.length, step.id).toBeGreaterThanOrEqual(1);
          expect(step.cues.length, step.id).toBeLessThanOrEqual(3);
          for (const cue of step.cues) {
            // One line on the player at a glance.
            expect(cue.length, cue).toBeLessThanOrEqual(60);
            expect(cue, cue).toMatch(/^[A-Z0-9].*[.!?]$/);
          }
          expect(isPoseId(step.pose), step.pose).toBe(true);
        }
      });

      it('is listed with its length to the nearest minute', () => {
        expect(Math.round(timelineMinutes(routine))).toBe(routine.declaredMinutes);
        expect(minutes(routine)).toBe(timelineMinutes(routine));
      });

      it('lays every step out as one unbroken timeline, both sides of a sided step alike', () => {
        const segments = expand(routine);
        let at = 0;
        for (const segment of segments) {
          expect(segment.startMs, segment.stepId).toBe(at);
          expect(segment.durationMs, segment.stepId).toBeGreaterThan(0);
          at += segment.durationMs;
        }
        for (const step of routine.steps) {
          const work = segments.filter((g) => g.stepId === step.id && isWork(g));
          const perSide = step.sides === 'both' ? step.sets * 2 : step.sets;
          expect(work, step.id).toHaveLength(perSide);
          if (step.sides === 'both') {
            expect(work.filter((g) => g.side === 'left')).toHaveLength(step.sets);
            expect(work.filter((g) => g.side === 'right')).toHaveLength(step.sets);
          }
        }
      });
    },
  );
});

describe('partner traction', () => {
  const partner = getRoutine('partner-traction');

  it('asks both people for consent; no other routine does', () => {
    expect(partner.requiresPartnerConsent).toBe(true);
    const others = CATALOGUE.filter((r) => r.requiresPartnerConsent && r.id !== partner.id);
    expect(others).toEqual([]);
  });

  it('opens by agreeing a stop signal and a 0-10 pain scale, before any pulling', () => {
    const first = partner.steps[0];
    expect(first?.id).toBe(STOP_SIGNAL_STEP_ID);
    const text = first?.cues.join(' ') ?? '';
    expect(text).toMatch(/stop/i);
    expect(text).toMatch(/0 to 10/);
    expect(expand(partner)[0]).toMatchObject({ stepId: STOP_SIGNAL_STEP_ID, startMs: 0 });
  });

  it('holds each pull 10-30 s and lasts 5-10 minutes in all, as the brief advises', () => {
    const pulls = expand(partner).filter((g) => g.pose === 'partner-traction' && g.kind === 'hold');
    expect(pulls.length).toBeGreaterThan(0);
    for (const pull of pulls) {
      expect(pull.durationMs).toBeGreaterThanOrEqual(10_000);
      expect(pull.durationMs).toBeLessThanOrEqual(30_000);
    }
    expect(minutes(partner)).toBeGreaterThanOrEqual(5);
    expect(minutes(partner)).toBeLessThanOrEqual(10);
  });
});

describe('self-massage break', () => {
  it('spends one to two minutes per side on each ball spot', () => {
    const routine = getRoutine('self-massage-break');
    const sided = routine.steps.filter((s) => s.sides === 'both');
    expect(sided.length).toBeGreaterThanOrEqual(2);
    for (const step of sided) {
      const perSide = (step.seconds ?? 0) * step.sets;
      expect(perSide).toBeGreaterThanOrEqual(60);
      expect(perSide).toBeLessThanOrEqual(120);
    }
  });
});

describe('partial curl-ups', () => {
  it('stay within 8-12 repetitions per set', () => {
    const step = getRoutine('morning-mobility').steps.find((s) => s.id === 'partial-curl-ups');
    expect(step?.reps).toBeGreaterThanOrEqual(8);
    expect(step?.reps).toBeLessThanOrEqual(12);
  });
});

describe('mat rest', () => {
  it('is a 15-minute timer in the catalogue', () => {
    expect(getRoutine('mat-rest').declaredMinutes).toBe(15);
    expect(routineDurationMs(getRoutine('mat-rest'))).toBe(15 * 60_000);
  });

  it('lasts exactly the chosen 10-20 minutes, all plain timed blocks with breathing cues', () => {
    for (const m of [10, 11, 13, 16, 19, 20]) {
      const routine = matRestRoutine(m);
      expect(routineDurationMs(routine)).toBe(m * 60_000);
      expect(routine.id).toBe('mat-rest');
      expect(expand(routine).every((g) => g.kind === 'timed')).toBe(true);
    }
    const cues = matRestRoutine(10)
      .steps.flatMap((s) => s.cues)
      .join(' ');
    expect(cues).toMatch(/breathe/i);
  });

  it('refuses lengths outside 10-20 whole minutes', () => {
    for (const m of [9, 21, 12.5, Number.NaN]) expect(() => matRestRoutine(m)).toThrow(RangeError);
  });
});

describe('wording', () => {
  // CONTENT.md "Leave out": spun or unsafe lines from the seed articles.
  const BANNED = [
    /as far as (you|it) can/i,
    /hold(ing)? (your|the) breath/i,
    /re-?nurtur/i,
    /lesser continence/i,
    /decompression massage/i,
    /injection/i,
    /medicat|painkiller|ibuprofen/i,
    /45 minutes/i,
    /(3|three) times a day/i,
  ];

  function allText(): string[] {
    const routineText = ALL.flatMap((r) => [
      r.title,
      r.summary,
      ...r.equipment,
      ...r.safety,
      ...r.steps.flatMap((s) => [s.title, ...s.cues]),
    ]);
    const safetyText = [
      safety.DISCLAIMER,
      safety.SCREENING_QUESTION,
      safety.DURING_ROUTINE_RULE,
      ...safety.CONTRAINDICATIONS,
      ...safety.SEE_A_PROFESSIONAL_IF,
      safety.THIS_HURTS_ADVICE.title,
      ...safety.THIS_HURTS_ADVICE.lines,
    ];
    return [...routineText, ...safetyText];
  }

  it('contains none of the phrases the content brief leaves out', () => {
    const text = allText();
    expect(text.length).toBeGreaterThan(100);
    for (const pattern of BANNED) {
      expect(text.filter((line) => pattern.test(line))).toEqual([]);
    }
  });
});
