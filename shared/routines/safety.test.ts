import { describe, expect, it } from 'vitest';
import {
  CONTRAINDICATIONS,
  DISCLAIMER,
  DURING_ROUTINE_RULE,
  SEE_A_PROFESSIONAL_IF,
  THIS_HURTS_ADVICE,
} from './safety';

describe('safety text', () => {
  it('lists every condition the brief rules out', () => {
    const text = CONTRAINDICATIONS.join('\n');
    for (const topic of [
      /instability/i,
      /fracture/i,
      /ligament/i,
      /osteoporosis/i,
      /tumour/i,
      /infection/i,
      /surgery in the last six months/i,
      /radiating pain/i,
      /numbness/i,
      /weakness/i,
      /pregnan/i,
    ]) {
      expect(text).toMatch(topic);
    }
  });

  it('sends people to a professional for severe, lasting, worsening or night pain', () => {
    const text = SEE_A_PROFESSIONAL_IF.join('\n');
    for (const topic of [/severe/i, /week or two/i, /worse/i, /night/i])
      expect(text).toMatch(topic);
  });

  it('tells people to stop at pain, and what to do when something hurts', () => {
    expect(DURING_ROUTINE_RULE).toMatch(/^Stop at pain/);
    expect(THIS_HURTS_ADVICE.lines[0]).toMatch(/^Stop/);
    const advice = THIS_HURTS_ADVICE.lines.join(' ');
    expect(advice).toMatch(/rest/i);
    expect(advice).toMatch(/spreads into a leg.*numbness.*see a professional/i);
  });

  it('says it is general information, not medical advice', () => {
    expect(DISCLAIMER).toBe('General information, not medical advice.');
  });
});
