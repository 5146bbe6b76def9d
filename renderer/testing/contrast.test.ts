import { describe, expect, it } from 'vitest';
import { contrast, over, parseColor } from './contrast';

describe('contrast arithmetic (checked against WCAG’s own examples)', () => {
  it('black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrast(parseColor('#000'), parseColor('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrast(parseColor('#0b6e69'), parseColor('rgb(11, 110, 105)'))).toBe(1);
  });

  it('#767676 on white is the well-known 4.54:1', () => {
    expect(contrast(parseColor('#767676'), parseColor('#fff'))).toBeCloseTo(4.54, 2);
  });

  it('reads alpha and blends it over the background', () => {
    const half = parseColor('rgb(0 0 0 / 50%)');
    expect(half.a).toBe(0.5);
    expect(over(half, parseColor('#ffffff'))).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(over(parseColor('#000000'), parseColor('#ffffff'), 0.25).r).toBeCloseTo(191.25);
  });
});
