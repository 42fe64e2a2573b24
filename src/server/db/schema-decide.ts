import type { ColumnType, Generated } from 'kysely';
import type { IsoDate, Timestamp } from './schema';

/** Kysely's view of the tables of deciding and reporting (migrations 0001, 1201): see schema.ts. */

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A body that decides (*organ*): the subtree it governs and the planned level up to which it may decide. */
export interface DecisionBodiesTable {
  id: Generated<string>;
  tenantId: string;
  name: string;
  orgUnitId: string;
  /** The highest planned level (kronor, any plan year) of a measure this body may decide; null: no limit. */
  decisionLimit: number | null;
  sortOrder: Generated<number>;
  active: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  sysFrom: Generated<Date>;
}

export interface DecisionsTable {
  id: Generated<string>;
  tenantId: string;
  planId: string | null;
  /** The body's name as it was when the decision was registered. */
  body: string;
  bodyId: string | null;
  meetingDate: IsoDate;
  paragraph: string | null;
  kind: string;
  text: string;
  dueOn: IsoDate | null;
  attachmentUrl: string | null;
  /** An assignment's (*uppdrag*) status: open, done, cancelled; null for other kinds. */
  assignmentStatus: string | null;
  /** What a *beslut* does to its linked measures: decided (*beslutad*) or cancelled (*utgår*); null: nothing. */
  measureStatus: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface DecisionMeasuresTable {
  tenantId: string;
  decisionId: string;
  measureId: string;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

export interface CommitmentsTable {
  id: Generated<string>;
  tenantId: string;
  planId: string;
  orgUnitId: string;
  year: number;
  amount: number;
  managerUserId: string | null;
  acceptedByUserId: string | null;
  acceptedAt: NullableTimestamp;
  /** The amount the manager accepted; an accepted commitment whose amount changed needs a new acceptance. */
  acceptedAmount: number | null;
  declinedByUserId: string | null;
  declinedAt: NullableTimestamp;
  declineReason: string | null;
  /** The controller who set the amount. */
  setByUserId: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  /** Since when this row holds (migration 0003: history and as-of views). */
  sysFrom: Generated<Date>;
}

/** The controller's written analysis of a unit for a period, shown in the board report. */
export interface ReportAnalysesTable {
  id: Generated<string>;
  tenantId: string;
  planId: string;
  orgUnitId: string;
  period: string;
  text: string;
  updatedBy: string | null;
  updatedByName: string;
  updatedAt: Timestamp;
  version: Generated<number>;
  sysFrom: Generated<Date>;
}

/** A board report as issued: never updated or deleted (a trigger refuses it). */
export interface PublishedReportsTable {
  id: Generated<string>;
  tenantId: string;
  planId: string;
  orgUnitId: string;
  period: string;
  /** The instant the figures were read as of (the moment of publishing, or the as-of instant asked). */
  figuresAsOf: ColumnType<Date, Date | string, never>;
  bodyId: string | null;
  meetingDate: IsoDate | null;
  publishedBy: string | null;
  publishedByName: string;
  publishedAt: ColumnType<Date, Date | string | undefined, never>;
  /** The report model (TBoardReport) as JSON. */
  model: ColumnType<unknown, string, never>;
  pdf: ColumnType<Uint8Array, Uint8Array, never>;
  xlsx: ColumnType<Uint8Array, Uint8Array, never>;
  pdfSha256: string;
  xlsxSha256: string;
}
