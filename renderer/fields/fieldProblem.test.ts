import { describe, expect, it } from 'vitest';
import { isUnder, problemFromError } from './fieldProblem';

describe('field problems', () => {
  it("takes the issue's path and words it; an error without one keeps main's message", () => {
    expect(
      problemFromError({
        code: 'bad-payload',
        message: 'updateSettings: officeHours.tue.0.end: must end after it starts',
        issue: {
          path: ['officeHours', 'tue', 0, 'end'],
          problem: { code: 'custom', rule: 'range-ends-after-start', values: {} },
        },
      }),
    ).toEqual({
      path: ['officeHours', 'tue', 0, 'end'],
      message: 'The end time must be later than the start time.',
    });
    expect(problemFromError({ code: 'unreachable', message: 'main is gone' })).toEqual({
      path: [],
      message: 'main is gone',
    });
  });

  it('matches a problem to its field and to everything inside it, nothing else', () => {
    const problem = { path: ['officeHours', 'tue', 1, 'start'], message: 'x' };
    expect(isUnder(problem, ['officeHours', 'tue'])).toBe(true);
    expect(isUnder(problem, ['officeHours', 'tue', 1])).toBe(true);
    expect(isUnder(problem, ['officeHours', 't'])).toBe(false);
    expect(isUnder(problem, ['officeHours', 'tue', 1, 'start', 'x'])).toBe(false);
    expect(isUnder(null, ['officeHours'])).toBe(false);
  });
});
