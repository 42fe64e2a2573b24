/**
 * The closed vocabularies of SPEC §2 with their code names (GLOSSARY.md) and the Swedish words users see.
 * Import files, screens and exports translate through these maps only.
 */

export const COST_TYPES = ['personnel', 'operating', 'revenue', 'unspecified'] as const;
export type CostType = (typeof COST_TYPES)[number];
export const COST_TYPE_SV: Record<CostType, string> = {
  personnel: 'Personal',
  operating: 'Drift',
  revenue: 'Intäkt',
  unspecified: 'Effekt',
};

export const CATEGORIES = ['immediate', 'adaptive', 'strategic'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_SV: Record<Category, string> = {
  immediate: 'omedelbar',
  adaptive: 'anpassande',
  strategic: 'strategisk',
};

export const SAVINGS_TYPES = ['efficiency', 'rationing', 'costParity', 'generalCut'] as const;
export type SavingsType = (typeof SAVINGS_TYPES)[number];
export const SAVINGS_TYPE_SV: Record<SavingsType, string> = {
  efficiency: 'effektivisering',
  rationing: 'ransonering',
  costParity: 'utjämning av omotiverade kostnadsskillnader',
  generalCut: 'generell besparing',
};

/** Feasibility 1–3 (SPEC §2): 1 is the surest, 3 the least sure; the same words on every screen. */
export const FEASIBILITIES = [1, 2, 3] as const;
export type Feasibility = (typeof FEASIBILITIES)[number];
export const FEASIBILITY_SV: Record<Feasibility, string> = {
  1: '1 – säkrast',
  2: '2 – medel',
  3: '3 – minst säker',
};

export const MEASURE_STATUSES = [
  'proposed',
  'prepared',
  'decided',
  'inProgress',
  'done',
  'cancelled',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const MEASURE_STATUS_SV: Record<MeasureStatus, string> = {
  proposed: 'förslag',
  prepared: 'beredd',
  decided: 'beslutad',
  inProgress: 'genomförs',
  done: 'genomförd',
  cancelled: 'utgår',
};

/** Status of a measure report (SPEC §2): traffic light while under way, or done / cancelled. */
export const REPORT_STATUSES = ['green', 'yellow', 'red', 'done', 'cancelled'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_SV: Record<ReportStatus, string> = {
  green: 'grön',
  yellow: 'gul',
  red: 'röd',
  done: 'genomförd',
  cancelled: 'utgår',
};

export const PERIODICITIES = ['month', 'tertial', 'interim', 'year'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];
export const PERIODICITY_SV: Record<Periodicity, string> = {
  month: 'månad',
  tertial: 'tertial',
  interim: 'delår',
  year: 'år',
};

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_SV: Record<RiskLevel, string> = { low: 'låg', medium: 'medel', high: 'hög' };

export const RISK_PERSPECTIVES = ['staff', 'citizen', 'operations', 'longTerm'] as const;
export type RiskPerspective = (typeof RISK_PERSPECTIVES)[number];
export const RISK_PERSPECTIVE_SV: Record<RiskPerspective, string> = {
  staff: 'medarbetare',
  citizen: 'medborgare/patient',
  operations: 'verksamhet',
  longTerm: 'långsiktighet',
};

export const EFFECT_CONVENTIONS = ['level', 'increment'] as const;
export type EffectConvention = (typeof EFFECT_CONVENTIONS)[number];
export const EFFECT_CONVENTION_SV: Record<EffectConvention, string> = {
  level: 'nivå',
  increment: 'tillskott',
};

export const PLAN_STATUSES = ['draft', 'decided', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_SV: Record<PlanStatus, string> = {
  draft: 'utkast',
  decided: 'beslutad',
  closed: 'avslutad',
};

export const ORG_UNIT_KINDS = [
  'region',
  'municipality',
  'board',
  'administration',
  'division',
  'area',
  'unit',
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];
export const ORG_UNIT_KIND_SV: Record<OrgUnitKind, string> = {
  region: 'region',
  municipality: 'kommun',
  board: 'nämnd',
  administration: 'förvaltning',
  division: 'division',
  area: 'område',
  unit: 'enhet',
};

export const ROLES = ['admin', 'controller', 'manager', 'reader', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_SV: Record<Role, string> = {
  admin: 'administratör',
  controller: 'controller',
  manager: 'ansvarig chef',
  reader: 'förtroendevald',
  auditor: 'revisor',
};

export const DECISION_KINDS = ['decision', 'assignment', 'noted'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const DECISION_KIND_SV: Record<DecisionKind, string> = {
  decision: 'beslut',
  assignment: 'uppdrag',
  noted: 'information antecknas till protokollet',
};

/** An assignment's (*uppdrag*) status. */
export const ASSIGNMENT_STATUSES = ['open', 'done', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const ASSIGNMENT_STATUS_SV: Record<AssignmentStatus, string> = {
  open: 'pågår',
  done: 'redovisat',
  cancelled: 'avslutat utan redovisning',
};

/** What a *beslut* does to the measures it links: they become *beslutad*, or *utgår*. */
export const DECISION_MEASURE_STATUSES = ['decided', 'cancelled'] as const;
export type DecisionMeasureStatus = (typeof DECISION_MEASURE_STATUSES)[number];

/** Where a savings commitment (*åtgärdsbeting*) stands with its manager. */
export const COMMITMENT_STATES = ['pending', 'accepted', 'declined'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];
export const COMMITMENT_STATE_SV: Record<CommitmentState, string> = {
  pending: 'inväntar accept',
  accepted: 'accepterat',
  declined: 'avböjt',
};

export const MEASURE_LINK_KINDS = ['dependsOn', 'overlaps'] as const;
export type MeasureLinkKind = (typeof MEASURE_LINK_KINDS)[number];

/** The default, per-tenant configurable list of measure groups (SPEC §2). */
export const DEFAULT_GROUPS = [
  'utbud',
  'smarta inköp',
  'personalöversyn',
  'lokaloptimering',
  'intäkter',
  'samarbeten',
  'regionövergripande',
] as const;

/** Finds the code name whose Swedish word (or code name) matches `text`, ignoring case and surrounding space. */
export function codeFromSwedish<T extends string>(labels: Record<T, string>, text: string): T | undefined {
  const wanted = text.trim().toLocaleLowerCase('sv');
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    if (label.toLocaleLowerCase('sv') === wanted || code.toLocaleLowerCase('sv') === wanted) return code;
  }
  return undefined;
}

/** The groupings of SPEC §4 that every summary can be split by. */
export const GROUPINGS = [
  'unit',
  'year',
  'costType',
  'category',
  'group',
  'savingsType',
  'feasibility',
  'programme',
] as const;
export type Grouping = (typeof GROUPINGS)[number];
