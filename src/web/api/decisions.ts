import { z } from 'zod';
import { type TDecisionInput, ZDecision, ZMeasureWithoutDecision } from '../../shared/schemas/decision';
import { ZDecisionBody } from '../../shared/schemas/decision-body';
import { request } from './client';

/** The decisions register (issue 12): bodies, decisions and the register's lists, checked by the shared schemas. */

export interface DecisionListQuery {
  planId?: string | undefined;
  measureId?: string | undefined;
  bodyId?: string | undefined;
  kind?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  onlyNoted?: 'true' | undefined;
}

export const listDecisionBodies = () => request('GET', '/api/decision-bodies', z.array(ZDecisionBody));
export const listDecisions = (query: DecisionListQuery) =>
  request('GET', '/api/decisions', z.array(ZDecision), { query: { ...query } });
export const getDecision = (id: string) => request('GET', `/api/decisions/${id}`, ZDecision);
export const createDecision = (body: TDecisionInput) =>
  request('POST', '/api/decisions', ZDecision, { body });
export const listNotedDecisions = (planId: string) =>
  request('GET', '/api/decisions/noted', z.array(ZDecision), { query: { planId } });
export const listAssignmentsPastDue = (planId: string) =>
  request('GET', '/api/decisions/assignments-past-due', z.array(ZDecision), { query: { planId } });
export const listMeasuresWithoutDecision = (planId: string) =>
  request('GET', `/api/plans/${planId}/measures-without-decision`, z.array(ZMeasureWithoutDecision));
