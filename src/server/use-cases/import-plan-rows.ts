import type { RiskPerspective } from '../../shared/enums';
import type { TMeasureInput } from '../../shared/schemas/measure';
import type { ImportedField, ParsedMeasureRow } from '../io/plan-workbook';

/** The measure a spreadsheet row describes, with its unit and responsible already resolved to ids. */
export function rowToMeasureInput(
  row: ParsedMeasureRow,
  orgUnitId: string,
  responsibleUserId: string | null,
): TMeasureInput {
  return {
    code: row.code,
    title: row.title,
    description: row.description,
    orgUnitId,
    responsibleUserId,
    responsibleName: row.responsible,
    category: row.category,
    group: row.group,
    savingsType: row.savingsType,
    feasibility: row.feasibility,
    isTemporary: row.isTemporary ?? false,
    status: row.status ?? 'proposed',
    startMonth: row.startMonth,
    endMonth: row.endMonth,
    fullEffectMonth: row.fullEffectMonth,
    investment: row.investment,
    oneOffCost: row.oneOffCost,
    runningCostPerYear: row.runningCostPerYear,
    risks: row.risks,
    consequences: row.consequences,
    riskAnalysisRequired: false,
    riskAnalysisDoneOn: null,
    followUpMetric: row.followUpMetric,
    followUpMethod: row.followUpMethod,
    periodicity: row.periodicity,
    comment: row.comment,
    effects: row.effects.map((effect) => ({ ...effect })),
    milestones: [],
    links: [],
    costShifts: [],
    programmes: [],
  };
}

/**
 * An existing measure updated by a re-imported row: fields whose column is in the file take the file's
 * value, the rest (and parts the template has no columns for: milestones, links, cost shifts, programmes)
 * stay. Effects are replaced only for the year × cost-type columns the file has.
 */
export function mergeImportedMeasure(
  existing: TMeasureInput,
  imported: TMeasureInput,
  presentFields: ReadonlySet<ImportedField>,
  effectColumns: ReadonlySet<string>,
): TMeasureInput {
  const merged: TMeasureInput = { ...existing };
  const risks = { ...existing.risks };
  for (const field of presentFields) {
    if (field === 'effects') continue;
    if (field.startsWith('risk:')) {
      const perspective = field.slice(5) as RiskPerspective;
      risks[perspective] = imported.risks[perspective];
    } else {
      (merged as Record<string, unknown>)[field] = imported[field as keyof TMeasureInput];
    }
  }
  merged.risks = risks;
  const keptEffects = existing.effects.filter((e) => !effectColumns.has(`${e.year}|${e.costType}`));
  merged.effects = [...keptEffects, ...imported.effects];
  return merged;
}
