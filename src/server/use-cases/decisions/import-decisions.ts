import type { Kysely } from 'kysely';
import { ZDecisionInput } from '../../../shared/schemas/decision';
import type { Actor } from '../../actor';
import type { Database } from '../../db/schema';
import { type Tx, withTenant } from '../../db/tenant-scope';
import { AppError } from '../../errors';
import { type DecisionIssue, type DecisionLine, readDecisionsCsv } from '../../io/read-decisions-csv';
import { listDecisionBodies } from '../../repositories/decision-body-repository';
import { findMeasureIdsByCode } from '../../repositories/measure-list-repository';
import { findPlanByName, listPlans, type PlanRecord } from '../../repositories/plan-repository';
import { createDecision } from './create-decision';

export interface ImportDecisionsResult {
  imported: number;
  plan: { id: string; name: string } | null;
  errors: DecisionIssue[];
}

/** Thrown inside the transaction so that a file with any error saves nothing. */
class Rejected extends Error {
  constructor(readonly issues: DecisionIssue[]) {
    super('decisions rejected');
  }
}

const COLUMN_OF_FIELD: Record<string, string> = {
  bodyId: 'Organ',
  meetingDate: 'Sammanträde',
  paragraph: 'Paragraf',
  kind: 'Typ',
  text: 'Text',
  measureIds: 'Åtgärder',
  dueOn: 'Förfallodag',
  attachmentUrl: 'Protokoll',
  assignmentStatus: 'Status',
  measureStatus: 'Status',
};

/** The plan named, or the organisation's only plan, or its latest decided one. */
async function choosePlan(trx: Tx, planName: string | undefined): Promise<PlanRecord> {
  if (planName) {
    const plan = await findPlanByName(trx, planName);
    if (!plan) throw new Rejected([{ line: 0, message: `Planen "${planName}" finns inte` }]);
    return plan;
  }
  const plans = await listPlans(trx);
  if (plans.length === 1) return plans[0]!;
  const decided = plans
    .filter((plan) => plan.decidedAt !== null)
    .sort((a, b) => b.decidedAt!.getTime() - a.decidedAt!.getTime());
  if (decided[0]) return decided[0];
  throw new Rejected([{ line: 0, message: 'Ange planen med --plan NAMN: organisationen har flera planer' }]);
}

/**
 * `balans decisions import`: registers every decision of the file in order, as "Registrera beslut" would
 * (a beslut's measures move to its status, by the delegation rule) — all or nothing, every error with its line.
 */
export async function importDecisions(
  db: Kysely<Database>,
  actor: Actor,
  text: string,
  options: { planName?: string | undefined } = {},
): Promise<ImportDecisionsResult> {
  const read = readDecisionsCsv(text);
  if (read.errors.length > 0) return { imported: 0, plan: null, errors: read.errors };
  try {
    return await withTenant(db, actor.tenantId, async (trx) => {
      const plan = await choosePlan(trx, options.planName);
      const known = await decisionLineContext(trx, plan);
      const errors: DecisionIssue[] = [];
      for (const line of read.lines) {
        const message = await importDecisionLine(trx, actor, line, known);
        if (message) errors.push({ line: line.line, message });
      }
      if (errors.length > 0) throw new Rejected(errors);
      return { imported: read.lines.length, plan: { id: plan.id, name: plan.name }, errors: [] };
    });
  } catch (error) {
    if (error instanceof Rejected) return { imported: 0, plan: null, errors: error.issues };
    throw error;
  }
}

/** What a line of the register is read against: the plan, its bodies by name and its measures by code. */
export interface DecisionLineContext {
  plan: PlanRecord;
  bodies: ReadonlyMap<string, { id: string }>;
  measureIds: ReadonlyMap<string, string>;
}

export async function decisionLineContext(trx: Tx, plan: PlanRecord): Promise<DecisionLineContext> {
  const bodies = new Map((await listDecisionBodies(trx)).map((b) => [b.name.toLocaleLowerCase('sv'), b]));
  return { plan, bodies, measureIds: await findMeasureIdsByCode(trx, plan.id) };
}

/** Registers one line of the register (as "Registrera beslut"); the Swedish error, or undefined when saved. */
export async function importDecisionLine(
  trx: Tx,
  actor: Actor,
  line: DecisionLine,
  known: DecisionLineContext,
): Promise<string | undefined> {
  const body = known.bodies.get(line.body.toLocaleLowerCase('sv'));
  if (!body) return `Organet "${line.body}" finns inte; lägg till det bland organen först`;
  const unknown = line.codes.filter((code) => !known.measureIds.has(code));
  if (unknown.length > 0) return `Åtgärder: ${unknown.join(', ')} finns inte i planen ${known.plan.name}`;
  const parsed = ZDecisionInput.safeParse({
    bodyId: body.id,
    meetingDate: line.meetingDate,
    paragraph: line.paragraph,
    kind: line.kind,
    text: line.text,
    dueOn: line.dueOn,
    planId: known.plan.id,
    measureIds: line.codes.map((code) => known.measureIds.get(code)!),
    attachmentUrl: line.attachmentUrl,
    assignmentStatus: line.assignmentStatus,
    measureStatus: line.measureStatus,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `${COLUMN_OF_FIELD[String(issue.path[0])] ?? String(issue.path[0])}: ${issue.message}`;
  }
  try {
    await createDecision(trx, actor, parsed.data);
    return undefined;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const detail = error.details[0];
    const column = detail?.field ? COLUMN_OF_FIELD[detail.field.split('.')[0]!] : undefined;
    if (error.code === 'DECISION_RULE') return error.message.replace(/^Beslutet registrerades inte: /, '');
    return column && detail ? `${column}: ${detail.message}` : error.message;
  }
}
