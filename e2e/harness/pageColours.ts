import type { Locator, Page } from '@playwright/test';
import { contrast, over, parseColor, type Rgba } from '../../renderer/testing/contrast';

export type Theme = 'light' | 'dark';

/**
 * Runs `check` with the page drawn in each theme (as the person could choose),
 * then puts it back. Checks read colours with expect.poll: on a loaded
 * machine one stress run read an SVG arc's new stroke against its old
 * backdrop right after the switch (1.9:1 for a 6:1 pair), so a reading is
 * taken again until the page has settled, and a real shortfall still fails.
 */
export async function inEachTheme(
  page: Page,
  check: (theme: Theme) => Promise<void>,
): Promise<void> {
  const original = await page.evaluate(() => document.documentElement.dataset.theme ?? null);
  const set = (theme: string | null) =>
    page.evaluate((t) => {
      if (t === null) delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = t;
      void getComputedStyle(document.body).color;
    }, theme);
  try {
    for (const theme of ['light', 'dark'] as const) {
      await set(theme);
      await check(theme);
    }
  } finally {
    await set(original);
  }
}

interface Drawn {
  /** The property asked for, as computed. */
  colour: string;
  opacity: number;
  /** Background colours from the element outwards, up to the first opaque one. */
  backdrop: string[];
}

/**
 * What an element is drawn in and what it is drawn on, from computed
 * styles: `property` (color, fill, stroke, border-top-color) with the
 * opacity of it and its ancestors, and the backgrounds behind it.
 */
async function drawn(target: Locator, property: string): Promise<Drawn> {
  return target.evaluate((el, prop) => {
    const style = getComputedStyle(el);
    let opacity = 1;
    const backdrop: string[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) {
      const s = getComputedStyle(node);
      opacity *= Number(s.opacity);
      const bg = s.backgroundColor;
      if (node !== el || !(el instanceof SVGElement)) {
        if (bg && bg !== 'transparent' && bg !== 'rgba(0, 0, 0, 0)') {
          backdrop.push(bg);
          if (!/rgba\(|\/\s*0?\.\d/.test(bg)) break;
        }
      }
    }
    if (backdrop.length === 0) backdrop.push(getComputedStyle(document.body).backgroundColor);
    return { colour: style.getPropertyValue(prop), opacity, backdrop };
  }, property);
}

function flatten(backdrop: readonly string[]): Rgba {
  const layers = backdrop.map(parseColor).reverse();
  let result = layers[0] ?? parseColor('#ffffff');
  for (const layer of layers.slice(1)) result = over(layer, result);
  return result;
}

/** The contrast of an element's `property` against what is behind it, or against `against`. */
export async function contrastOf(
  target: Locator,
  property: string,
  against?: Locator,
): Promise<number> {
  const me = await drawn(target, property);
  const behind = against ? flatten((await drawn(against, 'color')).backdrop) : flatten(me.backdrop);
  return contrast(over(parseColor(me.colour), behind, me.opacity), behind);
}
