/**
 * Safety text shown before the first routine, before partner traction, on
 * the safety screen and behind the "This hurts" button. Plain data so that
 * every screen says the same thing.
 */

/** Shown with every piece of guidance. */
export const DISCLAIMER = 'General information, not medical advice.';

/** Question asked before the first routine and again before partner traction. */
export const SCREENING_QUESTION = 'Do any of these apply to you? If so, skip these routines.';

/** When decompression and traction are not for you. */
export const CONTRAINDICATIONS: readonly string[] = [
  'Known spinal instability, a recent vertebral fracture or very loose ligaments',
  'Severe osteoporosis, a spinal tumour or a spinal infection',
  'Back surgery in the last six months',
  'Sharp, acute or radiating pain that gets worse as you stretch',
  'New or increasing numbness, tingling or muscle weakness',
  'Pregnancy',
];

/** When to get your back looked at instead of, or as well as, using the app. */
export const SEE_A_PROFESSIONAL_IF: readonly string[] = [
  'Your pain is severe',
  'It has not improved after a week or two',
  'It keeps getting worse',
  'It is intense at night',
];

/** The one rule during every routine. */
export const DURING_ROUTINE_RULE =
  'Stop at pain. Never push through it: a stretch should feel gentle.';

/** What the "This hurts" button says, in order. */
export const THIS_HURTS_ADVICE: { readonly title: string; readonly lines: readonly string[] } = {
  title: 'Stop here',
  lines: [
    'Stop the routine now. Come out of the position slowly.',
    'Rest in whatever position feels easiest.',
    'If the pain spreads into a leg, or numbness or tingling appears, see a professional.',
  ],
};
