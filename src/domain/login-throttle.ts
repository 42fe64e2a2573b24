/**
 * Login throttling (issue 11; decision 0012): pure rules. Failed logins are counted per key — an account at
 * one address, an account from anywhere, an address for any account — and past a key's threshold each
 * further failure blocks the key for a delay that doubles, capped so that nobody is locked out for long.
 * An attempt is counted *before* its password is checked, so that a burst of parallel guesses cannot slip
 * through before the first failure is recorded; a successful login takes its own count back.
 */

export interface ThrottlePolicy {
  /** Failures allowed before the first delay. */
  threshold: number;
  /** The first delay; each further failure doubles it. */
  baseSeconds: number;
  /** No delay is longer. */
  maxSeconds: number;
  /** A key whose last failure is older than this starts again from zero. */
  windowSeconds: number;
}

const DELAYS = { baseSeconds: 30, maxSeconds: 15 * 60, windowSeconds: 60 * 60 } as const;

export const THROTTLE_POLICIES = {
  /** One account from one address: the user's own typos, or one source guessing one account. */
  accountAtAddress: { threshold: 5, ...DELAYS },
  /** One account from anywhere: many sources guessing one account. */
  account: { threshold: 20, ...DELAYS },
  /** One address, any account: one source trying many accounts (offices share addresses: generous). */
  address: { threshold: 20, ...DELAYS },
} as const satisfies Record<string, ThrottlePolicy>;

export type ThrottleKind = keyof typeof THROTTLE_POLICIES;

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  blockedUntil: Date | null;
}

/** The delay after the `failures`-th failure: 0 up to the threshold, then base, 2 × base, … up to the cap. */
export function delaySeconds(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.threshold) return 0;
  const doublings = Math.min(failures - policy.threshold, 30);
  return Math.min(policy.baseSeconds * 2 ** doublings, policy.maxSeconds);
}

/** Whole seconds until the key may try again; 0 when it is not blocked. */
export function retryAfterSeconds(state: ThrottleState | undefined, now: Date): number {
  if (!state?.blockedUntil) return 0;
  const ms = state.blockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/**
 * The state after an attempt that is let through, counted as a failure until its password proves right: the
 * count (restarted when the last failure is older than the window) and, past the threshold, a new block.
 */
export function countAttempt(
  state: ThrottleState | undefined,
  now: Date,
  policy: ThrottlePolicy,
): ThrottleState {
  const fresh = !state || now.getTime() - state.lastFailureAt.getTime() >= policy.windowSeconds * 1000;
  const failures = fresh ? 1 : state.failures + 1;
  const delay = delaySeconds(failures, policy);
  return {
    failures,
    lastFailureAt: now,
    blockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : (state?.blockedUntil ?? null),
  };
}

/** "30 sekunder", "1 minut", "15 minuter": how long to wait, in Swedish. */
export function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minut' : 'minuter'}`;
}
