import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEASURE_STATUSES } from '../shared/enums';
import { alreadyAt, canChangeStatus, isDecisionStep } from './measure-status';

describe('the lifecycle of a measure', () => {
  it('carries out or finishes only a decided measure', () => {
    expect(canChangeStatus('proposed', 'done')).toBe(false);
    expect(canChangeStatus('prepared', 'inProgress')).toBe(false);
    expect(canChangeStatus('decided', 'inProgress')).toBe(true);
    expect(canChangeStatus('inProgress', 'done')).toBe(true);
  });

  it('counts deciding, cancelling and taking either back as decisions (issue 11, item 22)', () => {
    expect(isDecisionStep('prepared', 'decided')).toBe(true);
    expect(isDecisionStep('proposed', 'cancelled')).toBe(true);
    expect(isDecisionStep('inProgress', 'cancelled')).toBe(true);
    expect(isDecisionStep('cancelled', 'proposed')).toBe(true);
    expect(isDecisionStep('decided', 'prepared')).toBe(true);
    expect(isDecisionStep('done', 'proposed')).toBe(true);
    // the manager's own steps: rework before a decision, and carrying a decided measure out
    expect(isDecisionStep('proposed', 'prepared')).toBe(false);
    expect(isDecisionStep('prepared', 'proposed')).toBe(false);
    expect(isDecisionStep('decided', 'inProgress')).toBe(false);
    expect(isDecisionStep('inProgress', 'done')).toBe(false);
  });

  it('never counts staying put as a decision, and always counts arriving at beslutad or utgår', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEASURE_STATUSES), fc.constantFrom(...MEASURE_STATUSES), (from, to) => {
        if (from === to) expect(isDecisionStep(from, to)).toBe(false);
        else if (to === 'decided' || to === 'cancelled') expect(isDecisionStep(from, to)).toBe(true);
      }),
    );
  });
});

describe('a decision over a measure already under way', () => {
  it('records it without moving it back', () => {
    expect(alreadyAt('inProgress', 'decided')).toBe(true);
    expect(alreadyAt('done', 'decided')).toBe(true);
    expect(alreadyAt('decided', 'decided')).toBe(true);
    expect(alreadyAt('prepared', 'decided')).toBe(false);
    expect(alreadyAt('inProgress', 'cancelled')).toBe(false);
    expect(alreadyAt('cancelled', 'cancelled')).toBe(true);
  });
});
