import { unitPaths } from '../../../domain/org-tree';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import type { DecisionLine } from '../../io/read-decisions-csv';
import { listOrgUnits } from '../../repositories/org-unit-repository';
import { findPlan } from '../../repositories/plan-repository';
import { createDecisionBody } from '../decision-bodies/create-decision-body';
import { decisionLineContext, importDecisionLine } from '../decisions/import-decisions';
import { setPlanTargets } from '../plans/set-plan-targets';

/**
 * What the demo's bodies decided (issue 12): the bodies of Exempelregionen with their delegation, the unit
 * targets (*sparbeting*) set with the plan, and the register's lines (demo/exempel-beslut.csv) plus the
 * decisions on the extra measure HS-14 (decided November 2023, cancelled June 2024).
 */

const TOP = 'Exempelregionen';
const HS = `${TOP} / Hälso- och sjukvård`;

/** The bodies: name, governed unit and the highest planned level (kronor) each may decide; null: no limit. */
export const DEMO_BODIES: readonly { name: string; unitPath: string; decisionLimit: number | null }[] = [
  { name: 'Regionfullmäktige', unitPath: TOP, decisionLimit: null },
  { name: 'Regionstyrelsen', unitPath: TOP, decisionLimit: 100_000_000 },
  { name: 'Hälso- och sjukvårdsnämnden', unitPath: HS, decisionLimit: 50_000_000 },
  {
    name: 'Förvaltningsledningen Regionservice',
    unitPath: `${TOP} / Regionservice`,
    decisionLimit: 5_000_000,
  },
];

/** Each administration's *sparbeting* for 2024 (they add up to the plan's target of 500 mnkr). */
export const DEMO_UNIT_TARGETS_2024: readonly [unitPath: string, amount: number][] = [
  [HS, 350_000_000],
  [`${TOP} / Kollektivtrafik`, 70_000_000],
  [`${TOP} / Regionstyrelsen`, 25_000_000],
  [`${TOP} / Regionservice`, 18_000_000],
  [`${TOP} / Tandvård`, 12_000_000],
  [`${TOP} / Kultur och bildning`, 7_000_000],
  [`${TOP} / Hjälpmedel`, 5_000_000],
  [`${TOP} / Regionfastigheter`, 5_000_000],
  [`${TOP} / Hörsel och syn`, 3_000_000],
  [`${TOP} / Regional utveckling`, 3_000_000],
  [`${TOP} / Patientnämnden`, 2_000_000],
];

/** The decisions on HS-14 that the register file (made for the workbook's measures) does not hold. */
export const HS14_DECIDED: DecisionLine = {
  line: 0,
  body: 'Hälso- och sjukvårdsnämnden',
  meetingDate: '2023-11-21',
  paragraph: '§ 150',
  kind: 'decision',
  text: 'Hälso- och sjukvårdsnämnden beslutar att samla kvällsanalysen av laboratorieprover till ett laboratorium från 2024.',
  codes: ['HS-14'],
  dueOn: null,
  attachmentUrl: 'https://www.exempelregionen.se/protokoll/hsn-2023-11-21.pdf',
  assignmentStatus: null,
  measureStatus: 'decided',
};
export const HS14_CANCELLED: DecisionLine = {
  line: 0,
  body: 'Regionstyrelsen',
  meetingDate: '2024-06-11',
  paragraph: '§ 99',
  kind: 'decision',
  text: 'Regionstyrelsen beslutar att åtgärden samlad kvällsanalys av laboratorieprover utgår: risk- och konsekvensanalysen visade för långa svarstider för akuta prover vid de mindre sjukhusen.',
  codes: ['HS-14'],
  dueOn: null,
  attachmentUrl: 'https://www.exempelregionen.se/protokoll/rs-2024-06-11.pdf',
  assignmentStatus: null,
  measureStatus: 'cancelled',
};

async function unitIds(trx: Tx): Promise<Map<string, string>> {
  return new Map([...unitPaths(await listOrgUnits(trx))].map(([id, path]) => [path, id]));
}

export async function createDemoBodies(trx: Tx, admin: Actor): Promise<void> {
  const units = await unitIds(trx);
  for (const [index, body] of DEMO_BODIES.entries()) {
    await createDecisionBody(trx, admin, {
      name: body.name,
      orgUnitId: units.get(body.unitPath)!,
      decisionLimit: body.decisionLimit,
      sortOrder: index,
    });
  }
}

export async function setDemoUnitTargets(trx: Tx, admin: Actor, planId: string): Promise<void> {
  const units = await unitIds(trx);
  await setPlanTargets(
    trx,
    admin,
    planId,
    DEMO_UNIT_TARGETS_2024.map(([path, amount]) => ({ orgUnitId: units.get(path)!, year: 2024, amount })),
  );
}

/** Registers one decision of the demo's history, as "Registrera beslut" would; throws on any refusal. */
export async function registerDemoDecision(
  trx: Tx,
  controller: Actor,
  planId: string,
  line: DecisionLine,
): Promise<void> {
  const context = await decisionLineContext(trx, (await findPlan(trx, planId))!);
  const refusal = await importDecisionLine(trx, controller, line, context);
  if (refusal) throw new Error(`The demo's decision of ${line.meetingDate} ${line.paragraph}: ${refusal}`);
}

/** When a decision is registered: the evening of its meeting, Swedish time. */
export function registeredAt(line: DecisionLine): string {
  const month = Number(line.meetingDate.slice(5, 7));
  const summer = month >= 4 && month <= 10;
  return `${line.meetingDate}T17:30:00${summer ? '+02:00' : '+01:00'}`;
}
