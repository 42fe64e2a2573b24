import type {
  Category,
  CostType,
  EffectConvention,
  MeasureStatus,
  Periodicity,
  RiskLevel,
  RiskPerspective,
  SavingsType,
} from '../../shared/enums';

/**
 * The contract between the Excel template of SPEC §7 and the import use-case. `readPlanWorkbook` turns the
 * bytes of an .xlsx into this shape without touching the database; amounts are already whole kronor.
 */

/** One problem, located as `sheet!cell` (e.g. `Åtgärder!H12`), a sheet name, or `Arbetsbok` for the whole file. */
export interface ImportIssue {
  cell: string;
  message: string;
}

export interface ParsedRisk {
  level: RiskLevel | null;
  text: string | null;
}

export interface ParsedEffect {
  year: number;
  costType: CostType;
  /** Whole kronor, as stated in the plan's effect convention. */
  amount: number;
}

export interface ParsedMeasureRow {
  /** 1-based spreadsheet row number. */
  rowNumber: number;
  code: string;
  title: string;
  description: string | null;
  /** Org path from the top unit, e.g. ["Exempelregionen", "Hälso- och sjukvård"]; never empty. */
  unitPath: string[];
  responsible: string | null;
  category: Category | null;
  group: string | null;
  savingsType: SavingsType | null;
  feasibility: 1 | 2 | 3 | null;
  status: MeasureStatus | null;
  isTemporary: boolean | null;
  /** Months as `YYYY-MM`. */
  startMonth: string | null;
  endMonth: string | null;
  fullEffectMonth: string | null;
  followUpMetric: string | null;
  followUpMethod: string | null;
  periodicity: Periodicity | null;
  risks: Record<RiskPerspective, ParsedRisk>;
  consequences: string | null;
  /** Whole kronor. */
  investment: number | null;
  oneOffCost: number | null;
  runningCostPerYear: number | null;
  comment: string | null;
  /** Only cells that hold a value (an explicit 0 included); empty cells are left out. */
  effects: ParsedEffect[];
}

export interface ParsedPlanSettings {
  planName: string | null;
  convention: EffectConvention | null;
  defaultUnitPath: string[] | null;
}

/**
 * A measure field that a column of the file sets (`risk:staff` for one risk perspective, `effects` for any
 * effect column). A re-import changes only the fields the file has columns for.
 */
export type ImportedField =
  | 'code'
  | 'title'
  | 'description'
  | 'orgUnitId'
  | 'responsibleName'
  | 'responsibleUserId'
  | 'category'
  | 'group'
  | 'savingsType'
  | 'feasibility'
  | 'isTemporary'
  | 'status'
  | 'startMonth'
  | 'endMonth'
  | 'fullEffectMonth'
  | 'followUpMetric'
  | 'followUpMethod'
  | 'periodicity'
  | `risk:${RiskPerspective}`
  | 'consequences'
  | 'investment'
  | 'oneOffCost'
  | 'runningCostPerYear'
  | 'comment'
  | 'effects';

export interface ParsedPlanWorkbook {
  settings: ParsedPlanSettings;
  /** Every year that has an effect column, ascending. */
  years: number[];
  /** The fields the file has a column for, with the column's letter (e.g. `{ group: 'F' }`). */
  columns: Partial<Record<ImportedField, string>>;
  /** Every year × cost type that has a column: an empty cell there means "no effect". */
  effectColumns: { year: number; costType: CostType }[];
  /** Only the rows read without any problem; when `errors` is non-empty nothing may be imported. */
  rows: ParsedMeasureRow[];
  warnings: ImportIssue[];
  errors: ImportIssue[];
}

export interface ReadPlanWorkbookOptions {
  /** Files larger than this are refused with an error before parsing. Default 50 MB. */
  maxBytes?: number;
}
