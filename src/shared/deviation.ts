/**
 * The one sign rule of SPEC §4 for every screen, export and report: deviation = figure − target. Negative means
 * short of the target, positive beyond it. The figure is the forecast (or the planned level, or the
 * risk-weighted forecast); the target is the plan's target or a unit's *sparbeting*. Whole kronor in and out.
 */
export function deviation(figure: number, target: number | null): number | null {
  return target === null ? null : figure - target;
}

/** How a deviation reads in words: `short` of the target, `beyond` it, `onTarget`; null without a target. */
export type DeviationDirection = 'short' | 'beyond' | 'onTarget';

export function deviationDirection(value: number | null): DeviationDirection | null {
  if (value === null) return null;
  return value < 0 ? 'short' : value > 0 ? 'beyond' : 'onTarget';
}
