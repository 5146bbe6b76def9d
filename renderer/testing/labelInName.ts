import { computeAccessibleName } from 'dom-accessibility-api';

/** What a sighted person reads on a control: its text, without decoration hidden from assistive tech. */
function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"], .visually-hidden')) {
    hidden.remove();
  }
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Controls whose accessible name does not start with the words on them
 * (WCAG 2.5.3 Label in Name: someone using speech input says what they see).
 * Symbols such as "+" or "×" carry no words and are left alone.
 */
export function labelInNameMismatches(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('button, a[href], [role="button"], [role="tab"]')) {
    const text = visibleText(el);
    if (!/[a-z0-9]/i.test(text)) continue;
    const name = computeAccessibleName(el).replace(/\s+/g, ' ').trim();
    if (!name.toLowerCase().startsWith(text.toLowerCase())) {
      problems.push(`"${text}" is named "${name}"`);
    }
  }
  return problems;
}
