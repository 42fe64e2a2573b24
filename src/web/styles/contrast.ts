/**
 * Colour contrast as WCAG 2.1 defines it (relative luminance, ratio 1–21), for the stylesheet's tests
 * (issue 11, item 15: every interactive state of a button or link keeps AA 4.5:1). Pure.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000' };

/** `#abc`, `#aabbcc`, `rgb(1, 2, 3)`, `white`, `black` as red, green and blue 0–255; undefined otherwise. */
export function parseColor(text: string): Rgb | undefined {
  const value = NAMED[text.trim().toLowerCase()] ?? text.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(value);
  if (short) {
    const [r, g, b] = short.slice(1).map((d) => Number.parseInt(d + d, 16)) as [number, number, number];
    return { r, g, b };
  }
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(value);
  if (long) {
    const [r, g, b] = long.slice(1).map((d) => Number.parseInt(d, 16)) as [number, number, number];
    return { r, g, b };
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*1(?:\.0+)?\s*)?\)$/.exec(value);
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) };
  return undefined;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (WCAG 2.1), 0 for black to 1 for white. */
export function luminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A colour at `alpha` (0–1) over another, as the eye sees it (an element with `opacity`). */
export function blend(top: Rgb, under: Rgb, alpha: number): Rgb {
  const mix = (t: number, u: number) => Math.round(t * alpha + u * (1 - alpha));
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b) };
}
