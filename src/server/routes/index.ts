import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { authRoutes } from './auth';
import { healthRoutes } from './health';
import { importRoutes } from './imports';
import { internalCliRoutes } from './internal-cli';
import { measureRoutes } from './measures';
import { orgUnitRoutes } from './org-units';
import { planRoutes } from './plans';
import { userRoutes } from './users';

export async function registerRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  for (const routes of [
    healthRoutes,
    authRoutes,
    orgUnitRoutes,
    userRoutes,
    planRoutes,
    measureRoutes,
    importRoutes,
    internalCliRoutes,
  ]) {
    await app.register(routes(ctx));
  }
}
