import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/defaults';
import { settingsSchema } from '../../../shared/settings/schema';
import { startTestCore, type TestCore } from './fixtures/testCore';
import { createRandom } from '../testing/seededRandom';

const SEED = 20261123;
const ROUNDS = 3000;
const KEYS = [...Object.keys(defaultSettings()), 'version', '__proto__', 'constructor', 'x', ''];
const STRINGS = [
  '',
  '09:00',
  '24:00',
  '9:00',
  '17:30',
  'quick-seated-reset',
  'mat-rest',
  'persistent',
  'strict',
  'dark',
  'system',
  '2026-11-23T09:00:00.000Z',
  'morning',
  'Morning',
  '   ',
  'a'.repeat(300),
  '\u0000',
  '\ud800',
  '<script>alert(1)</script>',
  '=HYPERLINK("x")',
  'mon',
  'sun',
  'automatic',
  'never',
  'CommandOrControl+Shift+B',
  'Shift+B',
  'Ctrl++',
];
const NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  10,
  45,
  60,
  240,
  241,
  1e9,
  -1e9,
  Number.NaN,
  Infinity,
  -Infinity,
  3.7,
];

function fuzzer(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  function value(depth: number): unknown {
    const r = random();
    if (r < 0.15) return pick(NUMBERS);
    if (r < 0.3) return pick(STRINGS);
    if (r < 0.4) return random() < 0.5;
    if (r < 0.45) return null;
    if (r < 0.5) return undefined;
    if (depth > 3) return pick(STRINGS);
    if (r < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    const obj: Record<string, unknown> = {};
    for (let i = Math.floor(random() * 4); i > 0; i--) obj[pick(KEYS)] = value(depth + 1);
    return obj;
  }

  /** A valid document with one part changed at random: close calls are where bugs hide. */
  function nearMiss(): Record<string, unknown> {
    const doc: Record<string, unknown> = structuredClone(defaultSettings());
    const key = pick(Object.keys(doc));
    const r = random();
    if (key === 'officeHours' && r < 0.6) {
      const day = pick(['mon', 'tue', 'sat']);
      doc.officeHours = {
        ...(doc.officeHours as object),
        [day]: Array.from({ length: Math.floor(random() * 4) }, () => ({
          start: pick(STRINGS),
          end: pick(STRINGS),
        })),
      };
    } else if (key === 'sessions' && r < 0.6) {
      const sessions = structuredClone(defaultSettings().sessions) as Record<string, unknown>[];
      const session = sessions[0] ?? {};
      session[pick(['id', 'name', 'time', 'weekdays', 'routineId', 'enabled', 'extra'])] = value(2);
      if (random() < 0.3) sessions.push(structuredClone(session));
      doc.sessions = sessions;
    } else {
      doc[key] = value(1);
    }
    return doc;
  }

  function patch(): unknown {
    const r = random();
    if (r < 0.2) return value(0);
    if (r < 0.6) {
      const doc = nearMiss();
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(doc)) if (random() < 0.3) out[key] = doc[key];
      return out;
    }
    const out: Record<string, unknown> = {};
    for (let i = 1 + Math.floor(random() * 3); i > 0; i--) out[pick(KEYS)] = value(1);
    return out;
  }

  return { pick, value, nearMiss, patch };
}

describe('settings fuzz: random and malformed payloads through the IPC router', () => {
  let dir: string;
  let t: TestCore;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'decompress-fuzz-'));
    t = startTestCore(dir);
  });
  afterAll(() => {
    t.core.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`survives ${ROUNDS} calls and leaves a schema-valid file on disk after every one`, async () => {
    const random = createRandom(SEED);
    const f = fuzzer(random);
    const importFile = join(dir, 'import.json');
    const outcomes = { accepted: 0, refused: 0, imported: 0, importRefused: 0 };

    for (let round = 0; round < ROUNDS; round++) {
      const r = random();
      let result: Awaited<ReturnType<TestCore['call']>>;
      if (r < 0.6) {
        result = await t.call('updateSettings', f.patch());
        if (result.ok) outcomes.accepted++;
        else outcomes.refused++;
      } else if (r < 0.9) {
        const q = random();
        const text =
          q < 0.5
            ? JSON.stringify(f.nearMiss())
            : q < 0.8
              ? (JSON.stringify(f.value(0)) ?? '')
              : JSON.stringify(f.nearMiss()).slice(0, Math.floor(random() * 200));
        writeFileSync(importFile, text);
        t.dialogs.openPath = random() < 0.9 ? importFile : null;
        result = await t.call('importSettings', random() < 0.9 ? undefined : f.value(1));
        if (result.ok && (result.value as { status: string }).status === 'done')
          outcomes.imported++;
        else outcomes.importRefused++;
      } else if (r < 0.93) {
        result = await t.call('resetSettings', random() < 0.8 ? undefined : f.value(0));
      } else if (r < 0.96) {
        t.dialogs.savePath = join(dir, 'export.json');
        result = await t.call('exportSettings');
      } else {
        result = await t.call(
          f.pick(['getSettings', 'updateSetting', 'constructor', '']),
          f.value(0),
        );
      }

      expect(typeof result.ok, `seed ${SEED} round ${round}`).toBe('boolean');
      const disk: unknown = JSON.parse(readFileSync(t.settingsPath, 'utf8'));
      const parsed = settingsSchema.safeParse(disk);
      expect(parsed.success, `seed ${SEED} round ${round}: file on disk is invalid`).toBe(true);
      expect(disk, `seed ${SEED} round ${round}: memory and disk disagree`).toEqual(
        t.core.settings.get(),
      );
    }

    // The fuzz must exercise both sides of the gate, or it proves little.
    expect(outcomes.accepted).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(500);
    // Each key added to the schema thins the near misses that land on a valid value.
    expect(outcomes.imported).toBeGreaterThan(10);
    expect(outcomes.importRefused).toBeGreaterThan(200);
    // A handler may refuse (a rule across fields, e.g. the planner's), but only
    // ever as "field: reason", never with a crash such as a TypeError.
    const failures = t.log.entries.filter((e) => e.message === 'ipc: handler failed');
    for (const failure of failures) {
      expect(String(failure.fields?.message)).toMatch(/^[\w.]+: \S/);
    }
  }, 120_000);
});
