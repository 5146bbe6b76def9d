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
import { routinePositions, type Routine } from './model';
import { isPoseId } from './poses';
import * as safety from './safety';
import { expand, routineDurationMs } from './timeline';

const MAT_VARIANTS = [10, 12, 15, 17, 20].map(matRestRoutine);
const ALL: readonly Routine[] = [...CATALOGUE, ...MAT_VARIANTS];

function minutes(routine: Routine): number {
  return routineDurationMs(routine) / 60_000;
}

describe('catalogue', () => {
  it('offers every routine from the content brief, each under its own id', () => {
    expect(CATALOGUE.map((r) => r.id)).toEqual([...ROUTINE_IDS]);
    expect(new Set(ROUTINE_IDS).size).toBe(ROUTINE_IDS.length);
    expect([...ROUTINE_IDS].sort()).toEqual([
      'evening-wind-down',
      'floor-decompression',
      'mat-rest',
      'morning-mobility',
      'partner-traction',
      'quick-seated-reset',
      'seated-decompression',
      'self-massage-break',
      'standing-desk-reset',
    ]);
    for (const id of ROUTINE_IDS) expect(getRoutine(id).id).toBe(id);
  });

  it('recognises routine ids from untrusted input and nothing else', () => {
    expect(isRoutineId('floor-decompression')).toBe(true);
    for (const bad of ['Floor-Decompression', '', 'rm -rf', 42, null, undefined, {}]) {
      expect(isRoutineId(bad)).toBe(false);
    }
  });

  it('offers the quick seated reset as the default break, about two minutes long', () => {
    expect(DEFAULT_BREAK_ROUTINE_ID).toBe('quick-seated-reset');
    expect(minutes(getRoutine(DEFAULT_BREAK_ROUTINE_ID))).toBeLessThanOrEqual(2.2);
  });

  it('puts each routine in the position the brief gives it', () => {
    const positions = Object.fromEntries(CATALOGUE.map((r) => [r.id, routinePositions(r)]));
    expect(positions).toEqual({
      'quick-seated-reset': ['seated'],
      'seated-decompression': ['seated'],
      'standing-desk-reset': ['standing'],
      'self-massage-break': ['seated', 'standing'],
      'morning-mobility': ['floor'],
      'floor-decompression': ['floor'],
      'evening-wind-down': ['floor'],
      'partner-traction': ['partner'],
      'mat-rest': ['floor'],
    });
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

      it('runs for as long as it says, within 10%', () => {
        for (const segment of expand(routine)) expect(segment.durationMs).toBeGreaterThan(0);
        const ratio = minutes(routine) / routine.declaredMinutes;
        expect(ratio).toBeGreaterThanOrEqual(0.9);
        expect(ratio).toBeLessThanOrEqual(1.1);
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
