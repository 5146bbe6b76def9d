import { describe, expect, it } from 'vitest';
import { fieldLabel, friendlyReason, isUnder, parseFieldError } from './fieldErrors';

describe('field errors from main', () => {
  it('splits "field: reason" and rewrites zod wording for people', () => {
    expect(parseFieldError('intervalMinutes: Too small: expected number to be >=10')).toEqual({
      field: 'intervalMinutes',
      message: 'Use 10 or more.',
    });
    expect(parseFieldError('officeHours.mon.0.end: must end after it starts')).toEqual({
      field: 'officeHours.mon.0.end',
      message: 'Must end after it starts.',
    });
    expect(parseFieldError('Calls are only accepted from Decompress windows')).toEqual({
      field: '',
      message: 'Calls are only accepted from Decompress windows.',
    });
  });

  it('words the common zod refusals plainly', () => {
    expect(friendlyReason('Too big: expected number to be <=60')).toBe('Use 60 or less.');
    expect(friendlyReason('Invalid input: expected int, received number')).toBe(
      'Use a whole number.',
    );
  });

  it('names a nested field the way the window shows it', () => {
    expect(fieldLabel('officeHours.mon.0.end')).toBe('Office hours, Monday, range 1, end');
    expect(fieldLabel('sessions.2.time')).toBe('Sessions, session 3, time');
    expect(fieldLabel('snoozeMinutes')).toBe('Snooze length');
  });

  it('matches an error to its field and to everything inside it, nothing else', () => {
    const error = { field: 'officeHours.tue.1.start', message: 'x' };
    expect(isUnder(error, 'officeHours.tue')).toBe(true);
    expect(isUnder(error, 'officeHours.t')).toBe(false);
    expect(isUnder(null, 'officeHours')).toBe(false);
  });
});
