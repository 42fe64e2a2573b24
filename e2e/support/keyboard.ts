/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/** What a screen reader would roughly call the focused element: its aria-label, label, or text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelled = element.getAttribute('aria-labelledby');
    const byId = labelled ? document.getElementById(labelled)?.textContent : undefined;
    // A label that wraps its control would also read out the control's options: leave those out.
    const labelElement = (element as HTMLInputElement).labels?.[0]?.cloneNode(true) as
      | HTMLElement
      | undefined;
    for (const control of labelElement?.querySelectorAll('select, input, textarea') ?? []) control.remove();
    const label = labelElement?.textContent;
    return (element.getAttribute('aria-label') ?? byId ?? label ?? element.textContent ?? '').trim();
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's name matches, as a keyboard user would; fails
 * when it is not reachable within `limit` presses.
 */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  options: { back?: boolean; limit?: number } = {},
) {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  const seen: string[] = [];
  for (let i = 0; i < (options.limit ?? 120); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const text = await focusedName(page);
    if (matches(text)) return;
    seen.push(text);
  }
  throw new Error(`Could not reach "${name}" with the keyboard; focus went through: ${seen.join(' | ')}`);
}
