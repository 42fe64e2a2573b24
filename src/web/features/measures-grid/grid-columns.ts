/**
 * The grid's columns: the fields of a measure (SPEC §2) a spreadsheet user expects, in the order of the
 * Excel template. Labels come from the `grid` namespace (`columns.<id>`).
 */
export const COLUMN_IDS = [
  'code',
  'title',
  'orgUnit',
  'responsibleName',
  'status',
  'category',
  'group',
  'savingsType',
  'feasibility',
  'isTemporary',
  'startMonth',
  'endMonth',
  'fullEffectMonth',
  'planned',
  'investment',
  'oneOffCost',
  'runningCostPerYear',
  'riskAnalysisRequired',
  'riskAnalysisDoneOn',
  'periodicity',
  'followUpMetric',
  'programmes',
  // Follow-up per measure as of a period (issue 11, SPEC §8 question 2).
  'target',
  'outcome',
  'forecast',
  'deviation',
  'reportStatus',
  'reportComment',
  'lastReported',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export type EditorKind = 'text' | 'select' | 'amount';

export interface ColumnDef {
  id: ColumnId;
  /** Width in CSS pixels (the table has a fixed layout so that windowed rows line up). */
  width: number;
  isNumeric?: boolean;
  /** How the column is edited in the grid; absent: only on the measure page. */
  editor?: EditorKind;
  /** Always shown (the row must stay identifiable). */
  isFixed?: boolean;
  isDefault?: boolean;
  /** A follow-up column: shown (by default) once the plan has follow-up reports for the year. */
  isFollowUp?: boolean;
}

export const COLUMNS: readonly ColumnDef[] = [
  { id: 'code', width: 96, isFixed: true, isDefault: true },
  { id: 'title', width: 320, isFixed: true, isDefault: true, editor: 'text' },
  { id: 'planned', width: 176, isNumeric: true, isDefault: true, editor: 'amount' },
  { id: 'orgUnit', width: 180, isDefault: true },
  { id: 'responsibleName', width: 190, isDefault: true, editor: 'text' },
  { id: 'status', width: 120, isDefault: true, editor: 'select' },
  { id: 'category', width: 120, isDefault: true, editor: 'select' },
  { id: 'group', width: 150, editor: 'select' },
  { id: 'savingsType', width: 170, isDefault: true, editor: 'select' },
  { id: 'feasibility', width: 140, isNumeric: true, isDefault: true, editor: 'text' },
  { id: 'isTemporary', width: 90 },
  { id: 'startMonth', width: 90 },
  { id: 'endMonth', width: 90 },
  { id: 'fullEffectMonth', width: 100 },
  { id: 'investment', width: 120, isNumeric: true },
  { id: 'oneOffCost', width: 130, isNumeric: true },
  { id: 'runningCostPerYear', width: 140, isNumeric: true },
  { id: 'riskAnalysisRequired', width: 90 },
  { id: 'riskAnalysisDoneOn', width: 110 },
  { id: 'periodicity', width: 110 },
  { id: 'followUpMetric', width: 220 },
  { id: 'programmes', width: 200 },
  { id: 'target', width: 130, isNumeric: true, isFollowUp: true },
  { id: 'outcome', width: 130, isNumeric: true, isFollowUp: true },
  { id: 'forecast', width: 130, isNumeric: true, isFollowUp: true },
  { id: 'deviation', width: 130, isNumeric: true, isFollowUp: true },
  { id: 'reportStatus', width: 140, isFollowUp: true },
  { id: 'reportComment', width: 240, isFollowUp: true },
  { id: 'lastReported', width: 170, isFollowUp: true },
];

export const FOLLOW_UP_COLUMNS: readonly ColumnId[] = COLUMNS.filter((c) => c.isFollowUp).map((c) => c.id);

export const DEFAULT_COLUMNS: readonly ColumnId[] = COLUMNS.filter((c) => c.isDefault).map((c) => c.id);

export function isColumnId(value: unknown): value is ColumnId {
  return typeof value === 'string' && (COLUMN_IDS as readonly string[]).includes(value);
}

/**
 * The chosen columns in the grid's order, always with the fixed ones; unknown ids (old settings) dropped.
 * The follow-up columns are shown only when the plan has follow-up (`followUp`), then all of them except the
 * ones the user turned off.
 */
export function visibleColumns(
  chosen: readonly string[],
  followUp?: { hidden: readonly string[] },
): ColumnDef[] {
  const wanted = new Set(chosen);
  const hidden = new Set(followUp?.hidden ?? []);
  return COLUMNS.filter((column) =>
    column.isFollowUp
      ? followUp !== undefined && !hidden.has(column.id)
      : column.isFixed || wanted.has(column.id),
  );
}
