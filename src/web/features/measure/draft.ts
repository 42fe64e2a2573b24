import { canChangeStatus, needsRegisteredDecision } from '../../../domain/measure-status';
import {
  CATEGORIES,
  type Category,
  MEASURE_STATUSES,
  type MeasureLinkKind,
  type MeasureStatus,
  PERIODICITIES,
  type Periodicity,
  RISK_LEVELS,
  RISK_PERSPECTIVES,
  type RiskLevel,
  type RiskPerspective,
  SAVINGS_TYPES,
  type SavingsType,
} from '../../../shared/enums';
import { isCalendarDay } from '../../../shared/instant';
import type { TMeasureInput } from '../../../shared/schemas/measure';
import { type EffectGrid, effectsFromGrid, gridFromEffects, parseTkr, tkrText } from './effects-grid';

/**
 * The measure form's state: every field of SPEC §2 as the user edits it (texts as typed, amounts in tkr),
 * and the checks that turn it into a `TMeasureInput` for the API.
 */

export interface RiskDraft {
  level: RiskLevel | '';
  text: string;
}
export interface MilestoneDraft {
  key: string;
  title: string;
  dueOn: string;
  doneOn: string;
}
export interface LinkDraft {
  key: string;
  measureId: string;
  kind: MeasureLinkKind;
}
export interface CostShiftDraft {
  key: string;
  bearingOrgUnitId: string;
  year: string;
  amount: string;
  description: string;
}

export interface MeasureDraft {
  code: string;
  title: string;
  description: string;
  orgUnitId: string;
  responsibleUserId: string;
  responsibleName: string;
  category: Category | '';
  group: string;
  savingsType: SavingsType | '';
  feasibility: '' | '1' | '2' | '3';
  isTemporary: boolean;
  status: MeasureStatus;
  startMonth: string;
  endMonth: string;
  fullEffectMonth: string;
  effects: EffectGrid;
  investment: string;
  oneOffCost: string;
  runningCostPerYear: string;
  risks: Record<RiskPerspective, RiskDraft>;
  consequences: string;
  riskAnalysisRequired: boolean;
  riskAnalysisDoneOn: string;
  followUpMetric: string;
  followUpMethod: string;
  periodicity: Periodicity | '';
  comment: string;
  milestones: MilestoneDraft[];
  links: LinkDraft[];
  costShifts: CostShiftDraft[];
  /** One programme per line. */
  programmes: string;
}

let keyCounter = 0;
/** A key for a new list row, so React keeps each row's inputs when rows are added or removed. */
export function rowKey(): string {
  keyCounter += 1;
  return `row-${keyCounter}`;
}

function tkrOrEmpty(kronor: number | null): string {
  return kronor === null ? '' : tkrText(kronor);
}

/** A new measure's input in `orgUnitId`: nothing but the defaults of the API. */
export function newMeasureInput(orgUnitId: string): TMeasureInput {
  const risk = { level: null, text: null };
  return {
    code: '',
    title: '',
    description: null,
    orgUnitId,
    responsibleUserId: null,
    responsibleName: null,
    category: null,
    group: null,
    savingsType: null,
    feasibility: null,
    isTemporary: false,
    status: 'proposed',
    startMonth: null,
    endMonth: null,
    fullEffectMonth: null,
    investment: null,
    oneOffCost: null,
    runningCostPerYear: null,
    risks: { staff: risk, citizen: risk, operations: risk, longTerm: risk },
    consequences: null,
    riskAnalysisRequired: false,
    riskAnalysisDoneOn: null,
    followUpMetric: null,
    followUpMethod: null,
    periodicity: null,
    comment: null,
    effects: [],
    milestones: [],
    links: [],
    costShifts: [],
    programmes: [],
  };
}

export function draftFromInput(input: TMeasureInput): MeasureDraft {
  const text = (value: string | null) => value ?? '';
  return {
    code: input.code,
    title: input.title,
    description: text(input.description),
    orgUnitId: input.orgUnitId,
    responsibleUserId: text(input.responsibleUserId),
    responsibleName: text(input.responsibleName),
    category: input.category ?? '',
    group: text(input.group),
    savingsType: input.savingsType ?? '',
    feasibility: input.feasibility === null ? '' : (String(input.feasibility) as '1' | '2' | '3'),
    isTemporary: input.isTemporary,
    status: input.status,
    startMonth: text(input.startMonth),
    endMonth: text(input.endMonth),
    fullEffectMonth: text(input.fullEffectMonth),
    effects: gridFromEffects(input.effects),
    investment: tkrOrEmpty(input.investment),
    oneOffCost: tkrOrEmpty(input.oneOffCost),
    runningCostPerYear: tkrOrEmpty(input.runningCostPerYear),
    risks: Object.fromEntries(
      RISK_PERSPECTIVES.map((p) => [
        p,
        { level: input.risks[p].level ?? '', text: text(input.risks[p].text) },
      ]),
    ) as Record<RiskPerspective, RiskDraft>,
    consequences: text(input.consequences),
    riskAnalysisRequired: input.riskAnalysisRequired,
    riskAnalysisDoneOn: text(input.riskAnalysisDoneOn),
    followUpMetric: text(input.followUpMetric),
    followUpMethod: text(input.followUpMethod),
    periodicity: input.periodicity ?? '',
    comment: text(input.comment),
    milestones: input.milestones.map((m) => ({
      key: rowKey(),
      title: m.title,
      dueOn: text(m.dueOn),
      doneOn: text(m.doneOn),
    })),
    links: input.links.map((l) => ({ key: rowKey(), measureId: l.measureId, kind: l.kind })),
    costShifts: input.costShifts.map((s) => ({
      key: rowKey(),
      bearingOrgUnitId: s.bearingOrgUnitId,
      year: String(s.year),
      amount: tkrOrEmpty(s.amount),
      description: text(s.description),
    })),
    programmes: input.programmes.join('\n'),
  };
}

export type DraftErrorCode = 'required' | 'amount' | 'month' | 'date' | 'endBeforeStart' | 'status' | 'year';

/** A client-side check that failed; `field` is the form path (`effects.2024.personnel`, `milestones.0.title`). */
export interface DraftError {
  field: string;
  code: DraftErrorCode;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function oneOf<T extends string>(values: readonly T[], value: string): T | null {
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** The statuses a measure now in `from` may be given (SPEC §2 lifecycle: carried out only after decided). */
/** The statuses the form offers: allowed from `from`, and never beslutad or utgår unless the measure is already. */
export function allowedStatuses(from: MeasureStatus): MeasureStatus[] {
  return MEASURE_STATUSES.filter((to) => canChangeStatus(from, to) && !needsRegisteredDecision(from, to));
}

export interface ParsedDraft {
  /** The input the form stands for; only to be sent when `errors` is empty. */
  input: TMeasureInput;
  errors: DraftError[];
}

/**
 * Checks the form and builds the API input. `fromStatus` is the status the measure has now (a new measure
 * starts as a proposal), so that only allowed transitions pass.
 */
export function parseDraft(
  draft: MeasureDraft,
  options: { years: readonly number[]; fromStatus: MeasureStatus },
): ParsedDraft {
  const errors: DraftError[] = [];
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  const required = (field: string, value: string) => {
    if (value.trim() === '') errors.push({ field, code: 'required' });
    return value.trim();
  };
  const amount = (field: string, value: string): number | null => {
    const parsed = parseTkr(value);
    if (parsed.ok) return parsed.kronor;
    errors.push({ field, code: 'amount' });
    return null;
  };
  const month = (field: string, value: string): string | null => {
    const v = value.trim();
    if (v === '') return null;
    if (MONTH.test(v)) return v;
    errors.push({ field, code: 'month' });
    return null;
  };
  const date = (field: string, value: string): string | null => {
    const v = value.trim();
    if (v === '') return null;
    if (isCalendarDay(v)) return v;
    errors.push({ field, code: 'date' });
    return null;
  };

  const code = required('code', draft.code);
  const title = required('title', draft.title);
  if (draft.orgUnitId === '') errors.push({ field: 'orgUnitId', code: 'required' });
  if (!canChangeStatus(options.fromStatus, draft.status)) errors.push({ field: 'status', code: 'status' });
  const startMonth = month('startMonth', draft.startMonth);
  const endMonth = month('endMonth', draft.endMonth);
  if (startMonth && endMonth && endMonth < startMonth)
    errors.push({ field: 'endMonth', code: 'endBeforeStart' });
  const grid = effectsFromGrid(draft.effects, options.years);
  for (const key of grid.invalid) errors.push({ field: `effects.${key}`, code: 'amount' });

  const input: TMeasureInput = {
    code,
    title,
    description: text(draft.description),
    orgUnitId: draft.orgUnitId,
    responsibleUserId: text(draft.responsibleUserId),
    responsibleName: text(draft.responsibleName),
    category: oneOf(CATEGORIES, draft.category),
    group: text(draft.group),
    savingsType: oneOf(SAVINGS_TYPES, draft.savingsType),
    feasibility: draft.feasibility === '' ? null : (Number(draft.feasibility) as 1 | 2 | 3),
    isTemporary: draft.isTemporary,
    status: draft.status,
    startMonth,
    endMonth,
    fullEffectMonth: month('fullEffectMonth', draft.fullEffectMonth),
    investment: amount('investment', draft.investment),
    oneOffCost: amount('oneOffCost', draft.oneOffCost),
    runningCostPerYear: amount('runningCostPerYear', draft.runningCostPerYear),
    risks: Object.fromEntries(
      RISK_PERSPECTIVES.map((p) => [
        p,
        { level: oneOf(RISK_LEVELS, draft.risks[p].level), text: text(draft.risks[p].text) },
      ]),
    ) as TMeasureInput['risks'],
    consequences: text(draft.consequences),
    riskAnalysisRequired: draft.riskAnalysisRequired,
    riskAnalysisDoneOn: date('riskAnalysisDoneOn', draft.riskAnalysisDoneOn),
    followUpMetric: text(draft.followUpMetric),
    followUpMethod: text(draft.followUpMethod),
    periodicity: oneOf(PERIODICITIES, draft.periodicity),
    comment: text(draft.comment),
    effects: grid.effects,
    milestones: draft.milestones.map((m, i) => ({
      title: required(`milestones.${i}.title`, m.title),
      dueOn: date(`milestones.${i}.dueOn`, m.dueOn),
      doneOn: date(`milestones.${i}.doneOn`, m.doneOn),
    })),
    links: draft.links.map((l, i) => {
      if (l.measureId === '') errors.push({ field: `links.${i}.measureId`, code: 'required' });
      return { measureId: l.measureId, kind: l.kind };
    }),
    costShifts: draft.costShifts.map((s, i) => {
      if (s.bearingOrgUnitId === '')
        errors.push({ field: `costShifts.${i}.bearingOrgUnitId`, code: 'required' });
      const year = Number(s.year);
      if (!options.years.includes(year)) errors.push({ field: `costShifts.${i}.year`, code: 'year' });
      const kronor = amount(`costShifts.${i}.amount`, s.amount);
      if (s.amount.trim() === '') errors.push({ field: `costShifts.${i}.amount`, code: 'required' });
      return {
        bearingOrgUnitId: s.bearingOrgUnitId,
        year,
        amount: kronor ?? 0,
        description: text(s.description),
      };
    }),
    programmes: [
      ...new Set(
        draft.programmes
          .split('\n')
          .map((p) => p.trim())
          .filter((p) => p !== ''),
      ),
    ],
  };
  return { input, errors };
}
