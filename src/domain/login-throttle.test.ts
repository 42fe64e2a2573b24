import { describe, expect, it } from 'vitest';
import {
  countAttempt,
  delaySeconds,
  describeWait,
  retryAfterSeconds,
  THROTTLE_POLICIES,
  type ThrottleState,
} from './login-throttle';

const policy = THROTTLE_POLICIES.accountAtAddress;
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);

describe('login throttling rules', () => {
  it('allows five failures, then doubles the delay from 30 seconds up to 15 minutes', () => {
    expect([1, 4].map((n) => delaySeconds(n, policy))).toEqual([0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 50, 10_000].map((n) => delaySeconds(n, policy))).toEqual([
      30, 60, 120, 240, 480, 900, 900, 900, 900,
    ]);
  });

  it('counts attempts, blocks at the threshold and says how long to wait', () => {
    let state: ThrottleState | undefined;
    for (let i = 0; i < 4; i++) state = countAttempt(state, at(i), policy);
    expect(state).toEqual({ failures: 4, lastFailureAt: at(3), blockedUntil: null });
    expect(retryAfterSeconds(state, at(4))).toBe(0);
    state = countAttempt(state, at(4), policy);
    expect(state.blockedUntil).toEqual(at(34));
    expect(retryAfterSeconds(state, at(4))).toBe(30);
    expect(retryAfterSeconds(state, at(33.2))).toBe(1);
    expect(retryAfterSeconds(state, at(34))).toBe(0);
    state = countAttempt(state, at(40), policy);
    expect(state).toEqual({ failures: 6, lastFailureAt: at(40), blockedUntil: at(100) });
  });

  it('starts again from zero an hour after the last failure', () => {
    const old: ThrottleState = { failures: 12, lastFailureAt: at(0), blockedUntil: at(900) };
    expect(countAttempt(old, at(3600), policy)).toEqual({
      failures: 1,
      lastFailureAt: at(3600),
      blockedUntil: at(900),
    });
  });

  it('says the wait in Swedish', () => {
    expect(describeWait(1)).toBe('1 sekund');
    expect(describeWait(30)).toBe('30 sekunder');
    expect(describeWait(61)).toBe('61 sekunder');
    expect(describeWait(120)).toBe('2 minuter');
    expect(describeWait(900)).toBe('15 minuter');
  });
});
