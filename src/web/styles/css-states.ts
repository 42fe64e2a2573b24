/**
 * A small cascade over the stylesheet, enough to tell the text and background colour of a button or link in
 * each interactive state (hover, focus, active, disabled) — for the contrast test (issue 11, item 15). It reads
 * the rules outside @-blocks whose selector is one compound (`a:hover`, `.button-primary:hover`,
 * `.button[disabled]`); rules with combinators depend on where the element is and are left out. Pure.
 */

export interface CssRule {
  selector: string;
  declarations: Record<string, string>;
  order: number;
}

/** An element as the cascade sees it: its tag, classes and the states it is in. */
export interface ElementState {
  tag: 'a' | 'button';
  classes: readonly string[];
  states: readonly string[];
}

/** The rules outside @-blocks, one per selector of a selector list, in source order. */
export function parseRules(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  let depth = 0;
  let start = 0;
  let inAtBlock = false;
  let header = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      if (depth === 0) {
        header = text.slice(start, i).trim();
        inAtBlock = header.startsWith('@');
      }
      depth++;
      start = i + 1;
    } else if (char === '}') {
      depth--;
      if (depth === 0 && !inAtBlock) {
        const declarations: Record<string, string> = {};
        for (const part of text.slice(start, i).split(';')) {
          const colon = part.indexOf(':');
          if (colon > 0) declarations[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
        }
        for (const selector of header.split(',')) {
          rules.push({ selector: selector.trim(), declarations, order: rules.length });
        }
      }
      start = i + 1;
    }
  }
  return rules;
}

/** The custom properties of `:root`. */
export function rootVariables(rules: readonly CssRule[]): Record<string, string> {
  return Object.fromEntries(
    rules
      .filter((rule) => rule.selector === ':root')
      .flatMap((rule) => Object.entries(rule.declarations).filter(([name]) => name.startsWith('--'))),
  );
}

export const STATE_TOKENS = [
  ':hover',
  ':focus',
  ':focus-visible',
  ':active',
  '[disabled]',
  '[aria-disabled="true"]',
];

/** The parts of a single compound selector, or undefined for a selector with combinators or functions. */
export function compoundParts(selector: string): string[] | undefined {
  if (/[\s>+~(]/.test(selector)) return undefined;
  const parts = selector.match(/^[a-z]+|\.[\w-]+|::?[\w-]+|\[[^\]]+\]/g);
  if (!parts || parts.join('') !== selector) return undefined;
  return parts;
}

function matches(parts: readonly string[], element: ElementState): boolean {
  return parts.every((part) => {
    if (part.startsWith('.')) return element.classes.includes(part.slice(1));
    if (part === ':focus')
      return element.states.includes(':focus') || element.states.includes(':focus-visible');
    if (part.startsWith(':') || part.startsWith('[')) return element.states.includes(part);
    return part === element.tag;
  });
}

function specificity(parts: readonly string[]): number {
  return parts.reduce((sum, part) => sum + (/^[a-z]/.test(part) ? 1 : 100), 0);
}

/** The winning value of each property for an element (`background-color` counts as `background`). */
export function computedDeclarations(
  rules: readonly CssRule[],
  element: ElementState,
): Record<string, string> {
  const winners: Record<string, { value: string; specificity: number; order: number }> = {};
  for (const rule of rules) {
    const parts = compoundParts(rule.selector);
    if (!parts || !matches(parts, element)) continue;
    const weight = specificity(parts);
    for (const [property, value] of Object.entries(rule.declarations)) {
      const name = property === 'background-color' ? 'background' : property;
      const current = winners[name];
      if (
        !current ||
        weight > current.specificity ||
        (weight === current.specificity && rule.order >= current.order)
      ) {
        winners[name] = { value, specificity: weight, order: rule.order };
      }
    }
  }
  return Object.fromEntries(Object.entries(winners).map(([name, winner]) => [name, winner.value]));
}

/** A value with its `var(--x)` replaced by the variable's value; the first colour of a `background` shorthand. */
export function resolveColor(value: string, variables: Record<string, string>): string {
  let resolved = value;
  for (let i = 0; i < 5 && resolved.includes('var('); i++) {
    resolved = resolved.replace(/var\((--[\w-]+)\)/g, (_, name: string) => variables[name] ?? '');
  }
  const color = /#[0-9a-fA-F]{3,6}\b|rgba?\([^)]*\)|\b(?:white|black|transparent|none)\b/.exec(resolved);
  return color ? color[0] : resolved.trim();
}
