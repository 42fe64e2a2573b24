import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { auditRoutes } from './audit';
import { authRoutes } from './auth';
import { boardReportRoutes } from './board-report';
import { commitmentRoutes } from './commitments';
import { decisionBodyRoutes } from './decision-bodies';
import { decisionRoutes } from './decisions';
import { exportRoutes } from './exports';
import { followUpRoutes } from './follow-up';
import { healthRoutes } from './health';
import { importRoutes } from './imports';
import { internalCliRoutes } from './internal-cli';
import { measureFollowUpRoutes } from './measure-follow-up';
import { measureRoutes } from './measures';
import { orgUnitRoutes } from './org-units';
import { planRoutes } from './plans';
import { publishedReportRoutes } from './published-reports';
import { reportRoutes } from './reports';
import { roundRoutes } from './rounds';
import { scenarioFileRoutes } from './scenario-files';
import { scenarioRoutes } from './scenarios';
import { tenantRoutes } from './tenant';
import { userRoutes } from './users';

export async function registerRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  for (const routes of [
    healthRoutes,
    authRoutes,
    tenantRoutes,
    orgUnitRoutes,
    userRoutes,
    planRoutes,
    measureRoutes,
    decisionBodyRoutes,
    decisionRoutes,
    commitmentRoutes,
    roundRoutes,
    reportRoutes,
    auditRoutes,
    importRoutes,
    followUpRoutes,
    measureFollowUpRoutes,
    scenarioRoutes,
    scenarioFileRoutes,
    exportRoutes,
    boardReportRoutes,
    publishedReportRoutes,
    internalCliRoutes,
  ]) {
    await app.register(routes(ctx));
  }
}
