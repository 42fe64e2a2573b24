import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type {
  CommitmentsTable,
  DecisionBodiesTable,
  DecisionMeasuresTable,
  DecisionsTable,
  PublishedReportsTable,
  ReportAnalysesTable,
} from './schema-decide';

export type { CommitmentsTable, DecisionMeasuresTable, DecisionsTable } from './schema-decide';

/**
 * Kysely's view of the tables in migrations/ (snake_case in SQL, camelCase here through CamelCasePlugin).
 * bigint columns arrive as safe-integer numbers: the connection installs a checked int8 parser.
 */

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type IsoDate = ColumnType<string, string, string>;
type Json = ColumnType<unknown, string, string>;

export interface TenantsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  createdAt: Timestamp;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface OrgUnitsTable {
  id: Generated<string>;
  tenantId: string;
  parentId: string | null;
  name: string;
  kind: string;
  code: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface UsersTable {
  id: Generated<string>;
  tenantId: string;
  username: string;
  name: string;
  email: string | null;
  passwordHash: string | null;
  isActive: Generated<boolean>;
  createdAt: Timestamp;
}

export interface RoleGrantsTable {
  id: Generated<string>;
  tenantId: string;
  userId: string;
  role: string;
  orgUnitId: string;
  createdAt: Timestamp;
}

/** Failed logins per key (migration 20261204-0006, decision 0012). */
export interface LoginThrottleTable {
  key: string;
  kind: string;
  failures: number;
  lastFailureAt: ColumnType<Date, Date, Date>;
  blockedUntil: ColumnType<Date | null, Date | null, Date | null>;
}

export interface SessionsTable {
  tokenHash: string;
  tenantId: string;
  userId: string;
  csrfToken: string;
  createdAt: Timestamp;
  expiresAt: ColumnType<Date, Date | string, Date | string>;
}

export interface PlansTable {
  id: Generated<string>;
  tenantId: string;
  name: string;
  firstYear: number;
  lastYear: number;
  convention: string;
  baselineAmount: number | null;
  baselineText: string | null;
  status: Generated<string>;
  decidedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface PlanTargetsTable {
  id: Generated<string>;
  tenantId: string;
  planId: string;
  orgUnitId: string | null;
  year: number;
  amount: number;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface ProgrammesTable {
  id: Generated<string>;
  tenantId: string;
  name: string;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface MeasuresTable {
  id: Generated<string>;
  tenantId: string;
  planId: string;
  code: string;
  title: string;
  description: string | null;
  orgUnitId: string;
  responsibleUserId: string | null;
  responsibleName: string | null;
  category: string | null;
  groupName: string | null;
  savingsType: string | null;
  feasibility: number | null;
  isTemporary: Generated<boolean>;
  status: Generated<string>;
  startMonth: string | null;
  endMonth: string | null;
  fullEffectMonth: string | null;
  investment: number | null;
  oneOffCost: number | null;
  runningCostPerYear: number | null;
  riskStaffLevel: string | null;
  riskStaffText: string | null;
  riskCitizenLevel: string | null;
  riskCitizenText: string | null;
  riskOperationsLevel: string | null;
  riskOperationsText: string | null;
  riskLongTermLevel: string | null;
  riskLongTermText: string | null;
  consequences: string | null;
  riskAnalysisRequired: Generated<boolean>;
  riskAnalysisDoneOn: IsoDate | null;
  followUpMetric: string | null;
  followUpMethod: string | null;
  periodicity: string | null;
  comment: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface MeasureEffectsTable {
  tenantId: string;
  measureId: string;
  year: number;
  costType: string;
  amount: number;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface MeasureProgrammesTable {
  tenantId: string;
  measureId: string;
  programmeId: string;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface MilestonesTable {
  id: Generated<string>;
  tenantId: string;
  measureId: string;
  title: string;
  dueOn: IsoDate | null;
  doneOn: IsoDate | null;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface MeasureLinksTable {
  tenantId: string;
  measureId: string;
  linkedMeasureId: string;
  kind: string;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface CostShiftsTable {
  id: Generated<string>;
  tenantId: string;
  measureId: string;
  bearingOrgUnitId: string;
  year: number;
  amount: number;
  description: string | null;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface PlanOriginalEffectsTable {
  tenantId: string;
  planId: string;
  measureId: string;
  code: string;
  orgUnitId: string;
  category: string | null;
  groupName: string | null;
  savingsType: string | null;
  feasibility: number | null;
  isTemporary: boolean;
  endMonth: string | null;
  status: string;
  programmeIds: ColumnType<string[], string[] | undefined, string[]>;
  year: number;
  costType: string;
  amount: number;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface AuditLogTable {
  id: Generated<number>;
  tenantId: string;
  at: Timestamp;
  userId: string | null;
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  before: Json | null;
  after: Json | null;
}

export interface ReportingRoundsTable {
  id: Generated<string>;
  tenantId: string;
  planId: string;
  period: string;
  orgUnitId: string;
  deadline: IsoDate;
  status: Generated<string>;
  openedBy: string | null;
  openedAt: Timestamp;
  closedBy: string | null;
  closedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  version: Generated<number>;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface MeasureReportsTable {
  id: Generated<string>;
  tenantId: string;
  measureId: string;
  period: string;
  outcomeYtd: number | null;
  forecastYear: number | null;
  status: string;
  comment: string | null;
  isDraft: Generated<boolean>;
  isUnchanged: Generated<boolean>;
  reportedBy: string | null;
  reportedByName: string;
  reportedAt: Timestamp;
  version: Generated<number>;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface FrozenReportsTable {
  tenantId: string;
  measureId: string;
  period: string;
  roundId: string;
}

export interface ScenariosTable {
  id: Generated<string>;
  tenantId: string;
  name: string;
  planId: string | null;
  /** 'full' | 'riskWeighted' | 'forecast' | 'given': where the plan level of each year comes from. */
  planSource: Generated<string>;
  /** The assumptions as the JSON contract of `balans scenario --from`, validated and with defaults filled in. */
  input: ColumnType<unknown, string, string>;
  sourceNote: string | null;
  sourceDate: IsoDate | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Who created it: the user's name or the command (`balans demo`), as in the audit log. */
  createdBy: string;
  /** Since when this row holds (migration 0004, as 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface Database {
  tenants: TenantsTable;
  orgUnits: OrgUnitsTable;
  users: UsersTable;
  roleGrants: RoleGrantsTable;
  sessions: SessionsTable;
  loginThrottle: LoginThrottleTable;
  plans: PlansTable;
  planTargets: PlanTargetsTable;
  programmes: ProgrammesTable;
  measures: MeasuresTable;
  measureEffects: MeasureEffectsTable;
  measureProgrammes: MeasureProgrammesTable;
  milestones: MilestonesTable;
  measureLinks: MeasureLinksTable;
  costShifts: CostShiftsTable;
  decisions: DecisionsTable;
  decisionMeasures: DecisionMeasuresTable;
  commitments: CommitmentsTable;
  decisionBodies: DecisionBodiesTable;
  reportAnalyses: ReportAnalysesTable;
  publishedReports: PublishedReportsTable;
  planOriginalEffects: PlanOriginalEffectsTable;
  auditLog: AuditLogTable;
  reportingRounds: ReportingRoundsTable;
  measureReports: MeasureReportsTable;
  frozenReports: FrozenReportsTable;
  scenarios: ScenariosTable;
  // Views `<table>_as_of`: the rows as they were at the instant set by withTenant(…, { asOf }); now when unset.
  tenantsAsOf: TenantsTable;
  orgUnitsAsOf: OrgUnitsTable;
  plansAsOf: PlansTable;
  planTargetsAsOf: PlanTargetsTable;
  programmesAsOf: ProgrammesTable;
  measuresAsOf: MeasuresTable;
  measureEffectsAsOf: MeasureEffectsTable;
  measureProgrammesAsOf: MeasureProgrammesTable;
  planOriginalEffectsAsOf: PlanOriginalEffectsTable;
  milestonesAsOf: MilestonesTable;
  measureLinksAsOf: MeasureLinksTable;
  costShiftsAsOf: CostShiftsTable;
  decisionsAsOf: DecisionsTable;
  decisionMeasuresAsOf: DecisionMeasuresTable;
  commitmentsAsOf: CommitmentsTable;
  decisionBodiesAsOf: DecisionBodiesTable;
  reportAnalysesAsOf: ReportAnalysesTable;
  reportingRoundsAsOf: ReportingRoundsTable;
  measureReportsAsOf: MeasureReportsTable;
  scenariosAsOf: ScenariosTable;
}

export type MeasureRow = Selectable<MeasuresTable>;
export type NewMeasureRow = Insertable<MeasuresTable>;
