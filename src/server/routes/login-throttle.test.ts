import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { resolveConfig } from '../config';
import type { BalansDatabase } from '../db/connect';
import { seedExampleTenant, TEST_PASSWORD } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

/** Issue 11 (decision 0012): login throttling per account at an address, per account and per address. */

let database: BalansDatabase;
let app: FastifyInstance;
let slug: string;
let now = new Date('2026-12-04T10:00:00Z');
const log: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  const config = { ...resolveConfig({ data: '/nonexistent' }, {}), logLevel: 'info' };
  app = await buildApp(
    { db: database.db, config, clock: () => now },
    { logStream: { write: (line) => log.push(line) } },
  );
  slug = (
    await seedExampleTenant(database.db, [
      { username: 'anna', role: 'admin', unitPath: 'Exempelregionen' },
      { username: 'bertil', role: 'reader', unitPath: 'Exempelregionen' },
      { username: 'cecilia', role: 'reader', unitPath: 'Exempelregionen' },
    ])
  ).tenant.slug;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const later = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};

function login(username: string, password: string, address = '10.0.0.1') {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: address,
    payload: { tenant: slug, username, password },
  });
}

describe('login throttling', () => {
  it('answers 429 with Retry-After after five failures, even to the right password, until the delay is over', async () => {
    for (let i = 0; i < 5; i++) expect((await login('anna', 'fel-lösenord')).statusCode).toBe(401);
    const blocked = await login('anna', 'fel-lösenord');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('30');
    expect(blocked.json().error).toMatchObject({
      code: 'THROTTLED',
      message: 'För många misslyckade inloggningar. Vänta 30 sekunder och försök sedan igen.',
    });
    const right = await login('anna', TEST_PASSWORD);
    expect(right.statusCode).toBe(429);
    expect(right.cookies).toHaveLength(0);
    later(20);
    expect((await login('anna', TEST_PASSWORD)).headers['retry-after']).toBe('10');

    later(10);
    // The next failure doubles the delay.
    expect((await login('anna', 'fel-lösenord')).statusCode).toBe(401);
    expect((await login('anna', TEST_PASSWORD)).headers['retry-after']).toBe('60');
    later(60);
    expect((await login('anna', TEST_PASSWORD)).statusCode).toBe(200);
    // Success reset the account: five new failures are allowed before the next delay.
    for (let i = 0; i < 4; i++) expect((await login('anna', 'fel-lösenord')).statusCode).toBe(401);
    expect((await login('anna', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('never delays longer than 15 minutes', async () => {
    for (let i = 0; i < 5; i++) await login('bertil', 'fel', '10.0.0.2');
    for (let i = 0; i < 8; i++) {
      later(15 * 60);
      expect((await login('bertil', 'fel', '10.0.0.2')).statusCode).toBe(401);
    }
    const blocked = await login('bertil', TEST_PASSWORD, '10.0.0.2');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('900');
    expect(blocked.json().error.message).toContain('Vänta 15 minuter');
    later(15 * 60);
    expect((await login('bertil', TEST_PASSWORD, '10.0.0.2')).statusCode).toBe(200);
  });

  it('leaves the same account at another address and another account at the same address alone', async () => {
    for (let i = 0; i < 5; i++) await login('anna', 'fel', '10.0.0.3');
    expect((await login('anna', TEST_PASSWORD, '10.0.0.3')).statusCode).toBe(429);
    expect((await login('anna', TEST_PASSWORD, '10.0.0.4')).statusCode).toBe(200);
    expect((await login('cecilia', TEST_PASSWORD, '10.0.0.3')).statusCode).toBe(200);
  });

  it('slows one address trying many accounts, and one account tried from many addresses', async () => {
    later(3600);
    for (let i = 0; i < 20; i++) await login(`ingen-${i}`, 'fel', '10.0.0.5');
    expect((await login('cecilia', TEST_PASSWORD, '10.0.0.5')).statusCode).toBe(429);
    expect((await login('cecilia', TEST_PASSWORD, '10.0.0.6')).statusCode).toBe(200);
    for (let i = 0; i < 20; i++) await login('bertil', 'fel', `10.1.0.${i}`);
    expect((await login('bertil', TEST_PASSWORD, '10.2.0.1')).statusCode).toBe(429);
  });

  it('counts a burst of parallel guesses one after the other: five are checked, the rest refused', async () => {
    later(3600);
    const answers = await Promise.all(Array.from({ length: 10 }, () => login('cecilia', 'fel', '10.0.0.9')));
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
  });

  it('logs failed and refused logins without the password', async () => {
    const events = log.map((line) => JSON.parse(line) as Record<string, unknown>);
    const failed = events.filter((event) => event.event === 'login.failed');
    expect(failed.length).toBeGreaterThan(20);
    expect(failed[0]).toMatchObject({ level: 40, tenant: slug, username: 'anna', reason: 'password' });
    expect(failed.find((event) => event.reason === 'unknown')).not.toHaveProperty('username');
    expect(events.some((event) => event.event === 'login.throttled')).toBe(true);
    const text = log.join('');
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain('fel-lösenord');
  });
});
