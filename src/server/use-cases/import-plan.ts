import type { Kysely } from 'kysely';
import { formatPath, pathKey, pathsOutsideTop, planUnitPaths } from '../../domain/org-paths';
import { DEFAULT_GROUPS, type EffectConvention } from '../../shared/enums';
import { type MeasureAmountChange, measureAmountChanges } from '../../shared/measure-amount-changes';
import type { TMeasureInput } from '../../shared/schemas/measure';
import type { Actor } from '../actor';
import { auditEntry } from '../audit';
import type { Database } from '../db/schema';
import { type Tx, withTenant } from '../db/tenant-scope';
import type { ImportedField, ImportIssue, ParsedPlanWorkbook } from '../io/plan-workbook';
import { readPlanWorkbook } from '../io/read-plan-workbook';
import { type AuditEntry, appendAudit } from '../repositories/audit-repository';
import { analyzePlanTables } from '../repositories/maintenance-repository';
import { findMeasureIdsByCode } from '../repositories/measure-list-repository';
import { findMeasures, insertMeasures, updateMeasure } from '../repositories/measure-repository';
import { insertOrgUnits, listOrgUnits } from '../repositories/org-unit-repository';
import { findPlanByName, insertPlan, type PlanRecord, updatePlan } from '../repositories/plan-repository';
import { findTenantSettings } from '../repositories/tenant-settings-repository';
import { FigureLimitExceeded, guardFigureLimit } from './figure-limit';
import { responsibleResolver } from './import-plan-responsible';
import { mergeImportedMeasure, rowToMeasureInput } from './import-plan-rows';
import { checkImportedStatuses, type ImportedStatusChange } from './import-plan-status';
import { isSameMeasureInput, measureInputOf } from './measure-input';

export interface ImportPlanResult {
  plan: { id: string; name: string } | null;
  created: number;
  updated: number;
  /** Measures the file matched by code whose values were already the same (counted in `updated` too). */
  unchanged: number;
  unitsCreated: string[];
  /** Codes of the measures created, in file order (absent when the file was refused). */
  codesCreated?: string[];
  /** Codes of the matched measures whose values changed, in file order. */
  codesChanged?: string[];
  /** Per changed measure, its amounts that change (old and new), for the preview's plausibility check. */
  amountChanges?: { code: string; changes: MeasureAmountChange[] }[];
  warnings: ImportIssue[];
  errors: ImportIssue[];
}

/** A change this large moves the planner's statistics enough to be worth refreshing them. */
const ANALYZE_AFTER_ROWS = 500;

/** Thrown inside the transaction to roll everything back when the file contradicts the stored plan. */
class ImportRejected extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super('import rejected');
  }
}

/** Thrown after a dry run has computed its result, so that the transaction rolls back. */
class DryRunDone extends Error {
  constructor(readonly result: ImportPlanResult) {
    super('dry run');
  }
}

function rejected(workbook: Pick<ParsedPlanWorkbook, 'warnings'>, errors: ImportIssue[]): ImportPlanResult {
  return {
    plan: null,
    created: 0,
    updated: 0,
    unchanged: 0,
    unitsCreated: [],
    warnings: workbook.warnings,
    errors,
  };
}

/**
 * Imports a plan from the Excel template (SPEC §7): all or nothing, idempotent by `Kod`, creating missing
 * org units. The plan name comes from `planName`, else the sheet Inställningar, else the file name.
 * A dry run computes the same result (the preview) and then rolls everything back.
 */
export async function importPlan(
  db: Kysely<Database>,
  actor: Actor,
  file: { bytes: Uint8Array; fileName: string },
  options: {
    planName?: string | undefined;
    dryRun?: boolean | undefined;
    /** Dates the import (withTenant's `clock`): for the demo's dated history only. */
    clock?: string | undefined;
  } = {},
): Promise<ImportPlanResult> {
  const workbook = await readPlanWorkbook(file.bytes);
  if (workbook.errors.length > 0) return rejected(workbook, workbook.errors);
  const planName = (options.planName ?? workbook.settings.planName ?? planNameFromFile(file.fileName)).trim();
  if (planName.length === 0 || planName.length > 300) {
    return rejected(workbook, [{ cell: 'Inställningar', message: 'Planens namn måste ha 1–300 tecken' }]);
  }
  try {
    const result = await withTenant(
      db,
      actor.tenantId,
      async (trx) => {
        const imported = await importInto(trx, actor, workbook, planName);
        if (options.dryRun) throw new DryRunDone(imported);
        return imported;
      },
      { clock: options.clock },
    );
    if (result.created + result.updated - result.unchanged >= ANALYZE_AFTER_ROWS) await analyzePlanTables(db);
    return result;
  } catch (error) {
    if (error instanceof ImportRejected) return rejected(workbook, error.issues);
    if (error instanceof DryRunDone) return error.result;
    throw error;
  }
}

export function planNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.xlsx$/i, '').trim() || 'Handlingsplan';
}

async function importInto(
  trx: Tx,
  actor: Actor,
  workbook: ParsedPlanWorkbook,
  planName: string,
): Promise<ImportPlanResult> {
  const warnings = [...workbook.warnings];
  const figures = await guardFigureLimit(trx);
  const plan = await ensurePlan(trx, actor, workbook, planName);
  const { unitIds, unitsCreated } = await ensureUnits(trx, actor, workbook);
  const responsibleOf = await responsibleResolver(trx);
  const settings = await findTenantSettings(trx);
  const knownGroups = new Set((settings.groups ?? DEFAULT_GROUPS).map((g) => g.toLocaleLowerCase('sv')));

  const idsByCode = await findMeasureIdsByCode(trx, plan.id);
  const existing = new Map((await findMeasures(trx, [...idsByCode.values()])).map((m) => [m.code, m]));
  const presentFields = new Set(Object.keys(workbook.columns) as ImportedField[]);
  const effectColumns = new Set(workbook.effectColumns.map((c) => `${c.year}|${c.costType}`));

  const toCreate: TMeasureInput[] = [];
  const codesChanged: string[] = [];
  const amountChanges: NonNullable<ImportPlanResult['amountChanges']> = [];
  const audit: AuditEntry[] = [];
  const statusChanges: ImportedStatusChange[] = [];
  let updated = 0;
  let unchanged = 0;
  for (const row of workbook.rows) {
    if (row.group && !knownGroups.has(row.group.toLocaleLowerCase('sv'))) {
      warnings.push({
        cell: `Åtgärder!${workbook.columns.group}${row.rowNumber}`,
        message: `Gruppen "${row.group}" finns inte i organisationens grupplista`,
      });
    }
    const unitId = unitIds.get(pathKey(row.unitPath))!;
    const cell = `Åtgärder!${workbook.columns.responsibleName ?? 'A'}${row.rowNumber}`;
    const responsible = responsibleOf(row.responsible, unitId, cell);
    if (responsible.warning) warnings.push(responsible.warning);
    const input = rowToMeasureInput(row, unitId, responsible.id);
    const current = existing.get(row.code);
    if (!current) {
      toCreate.push(input);
      continue;
    }
    updated++;
    const before = measureInputOf(current);
    const after = mergeImportedMeasure(before, input, presentFields, effectColumns);
    if (isSameMeasureInput(before, after)) {
      unchanged++;
      continue;
    }
    if (before.status !== after.status) {
      const { rowNumber, code } = row;
      statusChanges.push({ rowNumber, code, measureId: current.id, from: before.status, to: after.status });
    }
    const version = await updateMeasure(trx, actor.tenantId, current.id, current.version, after);
    if (version === undefined) {
      throw new ImportRejected([
        {
          cell: `Åtgärder!A${row.rowNumber}`,
          message: `Åtgärden ${row.code} ändrades av någon annan under importen; försök igen`,
        },
      ]);
    }
    codesChanged.push(row.code);
    const changes = measureAmountChanges(before, after);
    if (changes.length > 0) amountChanges.push({ code: row.code, changes });
    audit.push(auditEntry(actor, 'measure', current.id, 'update', before, after));
  }
  const statusIssues = await checkImportedStatuses(trx, statusChanges, workbook.columns.status);
  if (statusIssues.length > 0) throw new ImportRejected(statusIssues);
  const createdIds = await insertMeasures(trx, actor.tenantId, plan.id, toCreate);
  createdIds.forEach((id, index) => {
    audit.push(auditEntry(actor, 'measure', id, 'create', null, toCreate[index]));
  });
  const inFile = new Set(workbook.rows.map((row) => row.code));
  const missing = [...existing.keys()].filter((code) => !inFile.has(code));
  if (missing.length > 0) {
    warnings.push({
      cell: 'Åtgärder',
      message: `${missing.length} åtgärder i planen finns inte i filen och lämnades orörda (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})`,
    });
  }
  await checkFigures(figures, workbook);
  await appendAudit(trx, audit);
  return {
    plan: { id: plan.id, name: plan.name },
    created: createdIds.length,
    updated,
    unchanged,
    unitsCreated,
    codesCreated: toCreate.map((input) => input.code),
    codesChanged,
    amountChanges,
    warnings,
    errors: [],
  };
}

/** Too large sums refuse the whole file, naming the row with the largest amount (issue 11, item 3). */
async function checkFigures(figures: { check: () => Promise<void> }, workbook: ParsedPlanWorkbook) {
  try {
    await figures.check();
  } catch (error) {
    if (!(error instanceof FigureLimitExceeded)) throw error;
    const largest = (row: ParsedPlanWorkbook['rows'][number]) =>
      Math.max(0, ...row.effects.map((effect) => Math.abs(effect.amount)));
    const row = workbook.rows.reduce((a, b) => (largest(b) > largest(a) ? b : a), workbook.rows[0]!);
    throw new ImportRejected([{ cell: `Åtgärder!A${row.rowNumber}`, message: error.message }]);
  }
}

async function ensurePlan(
  trx: Tx,
  actor: Actor,
  workbook: ParsedPlanWorkbook,
  planName: string,
): Promise<PlanRecord> {
  const existing = await findPlanByName(trx, planName);
  const convention: EffectConvention = workbook.settings.convention ?? existing?.convention ?? 'level';
  const years = workbook.years;
  if (existing) {
    if (workbook.settings.convention && existing.convention !== workbook.settings.convention) {
      throw new ImportRejected([
        {
          cell: 'Inställningar',
          message: `Planen "${planName}" har effektkonventionen ${existing.convention === 'level' ? 'nivå' : 'tillskott'}, men filen anger ${convention === 'level' ? 'nivå' : 'tillskott'}`,
        },
      ]);
    }
    const firstYear = Math.min(existing.firstYear, ...years);
    const lastYear = Math.max(existing.lastYear, ...years);
    if (firstYear === existing.firstYear && lastYear === existing.lastYear) return existing;
    const changed = await updatePlan(trx, existing.id, existing.version, { firstYear, lastYear });
    if (!changed)
      throw new ImportRejected([
        { cell: 'Arbetsbok', message: 'Planen ändrades av någon annan under importen; försök igen' },
      ]);
    await appendAudit(trx, [auditEntry(actor, 'plan', existing.id, 'update', existing, changed)]);
    return changed;
  }
  if (years.length === 0) {
    throw new ImportRejected([
      {
        cell: 'Åtgärder!A1',
        message: 'Filen saknar effektkolumner (t.ex. "Personal 2024"), så planens år är okända',
      },
    ]);
  }
  const plan = await insertPlan(trx, actor.tenantId, {
    name: planName,
    firstYear: years[0]!,
    lastYear: years[years.length - 1]!,
    convention,
    baselineAmount: null,
    baselineText: null,
    status: 'draft',
  });
  await appendAudit(trx, [auditEntry(actor, 'plan', plan.id, 'create', null, plan)]);
  return plan;
}

async function ensureUnits(
  trx: Tx,
  actor: Actor,
  workbook: ParsedPlanWorkbook,
): Promise<{ unitIds: Map<string, string>; unitsCreated: string[] }> {
  const units = await listOrgUnits(trx);
  const outside = pathsOutsideTop(
    units,
    workbook.rows.map((row) => row.unitPath),
  );
  if (outside.length > 0) {
    throw new ImportRejected(
      outside.map(({ index, message }) => {
        const row = workbook.rows[index]!;
        return {
          cell: `Åtgärder!${workbook.columns.orgUnitId ?? 'A'}${row.rowNumber}`,
          message: `Enhet: ${message}`,
        };
      }),
    );
  }
  const { existing, toCreate } = planUnitPaths(
    units,
    workbook.rows.map((row) => row.unitPath),
  );
  const unitIds = new Map(existing);
  const audit: AuditEntry[] = [];
  // One statement per tree level: every parent exists before its children are inserted.
  const depths = [...new Set(toCreate.map((unit) => unit.path.length))].sort((a, b) => a - b);
  for (const depth of depths) {
    const level = toCreate.filter((unit) => unit.path.length === depth);
    const created = await insertOrgUnits(
      trx,
      actor.tenantId,
      level.map((unit) => ({
        parentId: depth > 1 ? unitIds.get(pathKey(unit.path.slice(0, -1)))! : null,
        name: unit.name,
        kind: unit.kind,
        code: null,
      })),
    );
    created.forEach((record, index) => {
      unitIds.set(pathKey(level[index]!.path), record.id);
      audit.push(auditEntry(actor, 'orgUnit', record.id, 'create', null, record));
    });
  }
  await appendAudit(trx, audit);
  return { unitIds, unitsCreated: toCreate.map((unit) => formatPath(unit.path)) };
}
