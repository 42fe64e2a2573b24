import { describe, expect, it } from 'vitest';
import css from './app.css?raw';
import { blend, contrastRatio, parseColor, type Rgb } from './contrast';
import {
  compoundParts,
  computedDeclarations,
  type ElementState,
  parseRules,
  resolveColor,
  rootVariables,
  STATE_TOKENS,
} from './css-states';

/** Issue 11, item 15: no state of a button or link may make its text unreadable (WCAG AA 4.5:1). */
const rules = parseRules(css);
const variables = rootVariables(rules);
const WHITE = parseColor('#ffffff')!;
/** The backgrounds a link or transparent button sits on: the page and the surface (see the top of app.css). */
const PAGE_BACKGROUNDS = [WHITE, parseColor(variables['--color-surface'] ?? '')!];

function color(value: string): Rgb {
  const parsed = parseColor(resolveColor(value, variables));
  if (!parsed) throw new Error(`not a colour: ${value}`);
  return parsed;
}

/**
 * The text and background colours the element shows in its state, on each page background it may sit on; an
 * `opacity` composites both the text and the background over the page.
 */
function appearance(element: ElementState): { text: Rgb; background: Rgb }[] {
  const computed = computedDeclarations(rules, element);
  const text = color(computed.color ?? variables['--color-text']!);
  const background = computed.background ? resolveColor(computed.background, variables) : 'transparent';
  const opaque = background !== 'transparent' && background !== 'none';
  const alpha = computed.opacity === undefined ? 1 : Number(computed.opacity);
  return PAGE_BACKGROUNDS.map((page) => ({
    text: blend(text, page, alpha),
    background: blend(opaque ? color(background) : page, page, alpha),
  }));
}

const STATES: string[][] = [[], [':hover'], [':focus-visible'], [':active'], [':hover', ':active']];
const DISABLED: string[][] = [['[disabled]'], ['[aria-disabled="true"]'], ['[disabled]', ':hover']];

/** Every button variant and link class the stylesheet gives a state or a colour, as `a` and as `button`. */
function elements(): ElementState[] {
  const compounds = rules.map((rule) => compoundParts(rule.selector)).filter((parts) => parts !== undefined);
  const classesOf = (parts: string[]) => parts.filter((p) => p.startsWith('.')).map((p) => p.slice(1));
  const variants = new Set<string>();
  const linkClasses = new Set<string>();
  for (const parts of compounds) {
    const classes = classesOf(parts);
    const buttonClasses = classes.filter((c) => c.startsWith('button-'));
    if (buttonClasses.length > 0) variants.add(buttonClasses.sort().join(' '));
    if (parts.some((p) => STATE_TOKENS.includes(p)) && buttonClasses.length === 0) {
      for (const c of classes) if (c !== 'button') linkClasses.add(c);
    }
  }
  const result: ElementState[] = [];
  for (const variant of ['', ...variants]) {
    const classes = ['button', ...variant.split(' ').filter(Boolean)];
    for (const tag of ['a', 'button'] as const) {
      for (const states of [...STATES, ...DISABLED]) {
        if (tag === 'a' && states.includes('[disabled]')) continue;
        result.push({ tag, classes, states });
      }
    }
  }
  for (const linkClass of ['', ...linkClasses]) {
    for (const states of STATES) result.push({ tag: 'a', classes: linkClass ? [linkClass] : [], states });
  }
  return result;
}

const describeElement = (e: ElementState) =>
  `${e.tag}${e.classes.map((c) => `.${c}`).join('')}${e.states.join('')}`;

describe('colour contrast (WCAG 2.1)', () => {
  it('computes the ratio of known pairs', () => {
    expect(contrastRatio(parseColor('#000')!, parseColor('#fff')!)).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColor('#fff')!, parseColor('white')!)).toBe(1);
    expect(contrastRatio(parseColor('#767676')!, WHITE)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(parseColor('rgb(119, 119, 119)')!, WHITE)).toBeLessThan(4.5);
    expect(blend(parseColor('#000')!, WHITE, 0.5)).toEqual({ r: 128, g: 128, b: 128 });
  });
});

describe('the stylesheet: every interactive state of a button or link', () => {
  it('reads the cascade the way the browser does for the link-button that turned blank', () => {
    const hovered = computedDeclarations(rules, {
      tag: 'a',
      classes: ['button', 'button-primary'],
      states: [':hover'],
    });
    expect(resolveColor(hovered.background!, variables)).toBe(variables['--color-primary-dark']);
    expect(resolveColor(hovered.color!, variables)).toBe('#fff');
    // A plain link still darkens on hover.
    const link = computedDeclarations(rules, { tag: 'a', classes: [], states: [':hover'] });
    expect(resolveColor(link.color!, variables)).toBe(variables['--color-primary-dark']);
  });

  it('keeps text and background apart with at least 4.5:1 in every state, disabled included', () => {
    const all = elements();
    expect(all.length).toBeGreaterThan(60);
    const failures: string[] = [];
    for (const element of all) {
      for (const { text, background } of appearance(element)) {
        const ratio = contrastRatio(text, background);
        if (ratio < 4.5) failures.push(`${describeElement(element)}: ${ratio.toFixed(2)}:1`);
      }
    }
    expect(failures).toEqual([]);
  });
});
