import { describe, expect, it } from 'vitest';
import { contrast, parseColor, type Rgba } from '../testing/contrast';
import CSS from './base.css?raw';

/**
 * The theme's colour pairs, read from base.css itself: each token is
 * light-dark(light, dark), so both themes are checked from one definition.
 * The rule under test is found in the stylesheet too, so pointing the text
 * boxes at a fainter token fails here.
 */

const TOKENS = new Map(
  [
    ...CSS.matchAll(/--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{3,6})\s*,\s*(#[0-9a-f]{3,6})\s*\)/gi),
  ].map((m) => [m[1] ?? '', { light: parseColor(m[2] ?? ''), dark: parseColor(m[3] ?? '') }]),
);

const THEMES = ['light', 'dark'] as const;

function token(name: string): { light: Rgba; dark: Rgba } {
  const found = TOKENS.get(name);
  if (!found) throw new Error(`base.css has no light-dark() token --${name}`);
  return found;
}

/** The token a declaration of `rule` uses, e.g. the border of `input, select, textarea`. */
function tokenIn(selector: string, property: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/,\s*/g, ',\\s*');
  const block = new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(CSS)?.[1];
  if (!block) throw new Error(`base.css has no rule for ${selector}`);
  const value = new RegExp(`${property}:\\s*([^;]+);`).exec(block)?.[1] ?? '';
  const name = /var\(--([\w-]+)\)/.exec(value)?.[1];
  if (!name) throw new Error(`${selector} { ${property} } uses no token: ${value}`);
  return name;
}

/** Every surface a text box or select is drawn on, in either window. */
const CONTROL_SURFACES = ['surface', 'bg', 'surface-2', 'accent-soft', 'danger-soft'];

describe('theme contrast, from the tokens, in both themes', () => {
  const border = tokenIn('input,\nselect,\ntextarea', 'border');

  for (const theme of THEMES) {
    it(`${theme}: text boxes and selects are outlined at 3:1 or more on every surface (1.4.11)`, () => {
      for (const surface of CONTROL_SURFACES) {
        const ratio = contrast(token(border)[theme], token(surface)[theme]);
        expect(ratio, `--${border} on --${surface}`).toBeGreaterThanOrEqual(3);
      }
    });

    it(`${theme}: body text is 7:1 and muted text 4.5:1 on the page and its cards (1.4.3)`, () => {
      for (const surface of ['bg', 'surface', 'surface-2']) {
        expect(contrast(token('text')[theme], token(surface)[theme])).toBeGreaterThanOrEqual(7);
        expect(
          contrast(token('text-muted')[theme], token(surface)[theme]),
          `--text-muted on --${surface}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`${theme}: words on accent and danger buttons are 4.5:1 (1.4.3)`, () => {
      expect(
        contrast(token('accent-contrast')[theme], token('accent')[theme]),
      ).toBeGreaterThanOrEqual(4.5);
      expect(
        contrast(token('danger-contrast')[theme], token('danger')[theme]),
      ).toBeGreaterThanOrEqual(4.5);
    });

    it(`${theme}: the focus ring stands out from the page at 3:1 (2.4.7, 1.4.11)`, () => {
      for (const surface of ['bg', 'surface', 'surface-2']) {
        expect(contrast(token('focus')[theme], token(surface)[theme])).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
