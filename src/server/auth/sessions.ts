import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Role } from '../../shared/enums';
import type { Actor } from '../actor';
import type { Database } from '../db/schema';
import { type ScopedSession, type Tx, withTenant } from '../db/tenant-scope';
import { AppError } from '../errors';
import {
  deleteExpiredSessions,
  deleteSession,
  findSession,
  insertSession,
} from '../repositories/session-repository';
import { findTenantBySlug } from '../repositories/tenant-repository';
import { findActiveUserWithGrants, findUserCredentials } from '../repositories/user-repository';
import { admitLogin, loginSucceeded } from './login-throttle';
import { verifyPassword } from './password';

export const SESSION_HOURS = 12;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isSameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

const WRONG_LOGIN = 'Fel organisation, användarnamn eller lösenord';

export interface LoginContext {
  /** The client's address (throttling per address, the log). */
  address: string;
  now: Date;
  log?: FastifyBaseLogger | undefined;
}

/**
 * Checks the password and opens a session; the same answer for an unknown tenant, user or wrong password.
 * Too many failures first refuse the attempt for a while (THROTTLED, decision 0012) without checking it.
 * Every failure is logged — the tenant, the address, the counts, and the username when it exists — never
 * the password.
 */
export async function logIn(
  db: Kysely<Database>,
  credentials: { tenant: string; username: string; password: string },
  context: LoginContext,
): Promise<LoginResult> {
  const slug = credentials.tenant.trim().toLowerCase();
  const attempt = { tenant: slug, username: credentials.username, address: context.address };
  let admission: Awaited<ReturnType<typeof admitLogin>>;
  try {
    admission = await admitLogin(db, attempt, context.now);
  } catch (error) {
    const retryAfterSeconds = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
    context.log?.warn(
      { event: 'login.throttled', tenant: slug, address: context.address, retryAfterSeconds },
      'Inloggning spärrad för en stund efter för många misslyckade försök',
    );
    throw error;
  }
  const tenant = await findTenantBySlug(db, slug);
  const user = tenant
    ? await withTenant(db, tenant.id, (trx) => findUserCredentials(trx, credentials.username.trim()))
    : undefined;
  const ok = await verifyPassword(user?.passwordHash ?? null, credentials.password);
  if (!tenant || !user || !ok || !user.isActive) {
    context.log?.warn(
      {
        event: 'login.failed',
        tenant: slug,
        // A username that names no account may be a password typed in the wrong field: not logged.
        username: user ? user.username : undefined,
        reason: !user ? 'unknown' : !ok ? 'password' : 'inactive',
        address: context.address,
        failures: admission.failures,
      },
      'Misslyckad inloggning',
    );
    throw new AppError('UNAUTHENTICATED', WRONG_LOGIN);
  }
  await loginSucceeded(db, admission, context.now);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  // Expired sessions are removed as others log in: no background job needed.
  await deleteExpiredSessions(db, new Date());
  await insertSession(db, {
    tokenHash: hashToken(token),
    tenantId: tenant.id,
    userId: user.id,
    csrfToken,
    expiresAt,
  });
  const actor = await withTenant(db, tenant.id, (trx) => loadActor(trx, tenant.id, user.id));
  return { token, csrfToken, expiresAt, actor: actor! };
}

export async function logOut(db: Kysely<Database>, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}

export interface SessionActor {
  actor: Actor;
  csrfToken: string;
}

/** A live session: whose it is and its CSRF token. Undefined when unknown or expired (an expired one is removed). */
export async function findLiveSession(
  db: Kysely<Database>,
  token: string,
): Promise<{ tenantId: string; userId: string; csrfToken: string } | undefined> {
  const session = await findSession(db, hashToken(token));
  if (!session) return undefined;
  if (session.expiresAt.getTime() < Date.now()) {
    await deleteSession(db, session.tokenHash);
    return undefined;
  }
  return { tenantId: session.tenantId, userId: session.userId, csrfToken: session.csrfToken };
}

/** The actor a session's user is, read inside a transaction of the user's tenant; undefined when disabled. */
export async function loadActor(trx: Tx, tenantId: string, userId: string): Promise<Actor | undefined> {
  const user = await findActiveUserWithGrants(trx, userId);
  return user && actorOf({ tenantId, userId, userName: user.name, grants: user.grants });
}

/** The actor of a user as read with the session (`withSessionTenant`). */
export function actorOf(user: Omit<ScopedSession, 'csrfToken'>): Actor {
  return {
    tenantId: user.tenantId,
    userId: user.userId,
    name: user.userName,
    isSystem: false,
    grants: user.grants.map((grant) => ({ role: grant.role as Role, orgUnitId: grant.orgUnitId })),
  };
}

/** The actor behind a session cookie, or undefined when the session is unknown, expired or the user disabled. */
export async function resolveSession(db: Kysely<Database>, token: string): Promise<SessionActor | undefined> {
  const session = await findLiveSession(db, token);
  if (!session) return undefined;
  const actor = await withTenant(db, session.tenantId, (trx) =>
    loadActor(trx, session.tenantId, session.userId),
  );
  return actor ? { actor, csrfToken: session.csrfToken } : undefined;
}
