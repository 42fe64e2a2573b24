import { PATH_SEPARATOR, rollUpSubtrees, type TreeUnit } from '../../../domain/org-tree';
import { compareSwedish } from '../../../shared/collation';
import type {
  RoundMeasureState,
  TRoundCounts,
  TRoundMeasure,
  TRoundView,
} from '../../../shared/schemas/round';

const COUNT_KEYS = ['due', 'reported', 'drafts', 'notReported', 'overdue'] as const;
type CountKey = (typeof COUNT_KEYS)[number];

/** Where a measure stands: submitted wins; otherwise a passed deadline makes even a draft overdue. */
export function roundMeasureState(
  report: { isDraft: boolean } | undefined,
  isPastDeadline: boolean,
): RoundMeasureState {
  if (report && !report.isDraft) return 'reported';
  if (isPastDeadline) return 'overdue';
  return report ? 'draft' : 'notReported';
}

function countsOf(measure: Pick<TRoundMeasure, 'state' | 'hasDraft'>): TRoundCounts {
  const isReported = measure.state === 'reported';
  return {
    due: 1,
    reported: isReported ? 1 : 0,
    drafts: measure.hasDraft && !isReported ? 1 : 0,
    notReported: isReported ? 0 : 1,
    overdue: measure.state === 'overdue' ? 1 : 0,
  };
}

function add(into: TRoundCounts, counts: TRoundCounts): void {
  for (const key of COUNT_KEYS) into[key] += counts[key];
}

const zero = (): TRoundCounts => ({ due: 0, reported: 0, drafts: 0, notReported: 0, overdue: 0 });

function comparePaths(a: string, b: string): number {
  const left = a.split(PATH_SEPARATOR);
  const right = b.split(PATH_SEPARATOR);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareSwedish(left[i]!, right[i]!);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

/**
 * The round's progress per unit (over each unit's subtree, so a parent's counts equal its own measures' plus
 * its children's, exactly) and per responsible person, with the list of who to remind. `units` are the
 * round's subtree: units above it get no row.
 */
export function summarizeRoundProgress(
  measures: readonly TRoundMeasure[],
  units: readonly TreeUnit[],
  paths: ReadonlyMap<string, string>,
): Pick<TRoundView, 'totals' | 'units' | 'people' | 'remind'> {
  const totals = zero();
  const own = new Map<string, Map<CountKey, number>>();
  const people = new Map<string, TRoundView['people'][number]>();
  for (const measure of measures) {
    const counts = countsOf(measure);
    add(totals, counts);
    const unit = own.get(measure.orgUnitId) ?? new Map<CountKey, number>();
    for (const key of COUNT_KEYS) unit.set(key, (unit.get(key) ?? 0) + counts[key]);
    own.set(measure.orgUnitId, unit);
    const personKey = measure.responsible.userId ?? `name:${measure.responsible.name ?? ''}`;
    const person = people.get(personKey) ?? {
      responsible: measure.responsible,
      ...zero(),
      unreportedCodes: [],
    };
    add(person, counts);
    if (measure.state !== 'reported') person.unreportedCodes.push(measure.code);
    people.set(personKey, person);
  }
  const rolled = rollUpSubtrees(units, own);
  const unitRows = units
    .filter((unit) => (rolled.get(unit.id)?.get('due') ?? 0) > 0)
    .map((unit) => {
      const counts = rolled.get(unit.id)!;
      const row = { orgUnitId: unit.id, parentId: unit.parentId, orgUnitPath: paths.get(unit.id) ?? '' };
      return { ...row, ...Object.fromEntries(COUNT_KEYS.map((key) => [key, counts.get(key) ?? 0])) };
    }) as TRoundView['units'];
  unitRows.sort((a, b) => comparePaths(a.orgUnitPath, b.orgUnitPath));
  const personRows = [...people.values()].sort(
    (a, b) =>
      (a.responsible.name === null ? 1 : 0) - (b.responsible.name === null ? 1 : 0) ||
      compareSwedish(a.responsible.name ?? '', b.responsible.name ?? ''),
  );
  const remind = personRows
    .filter((person) => person.unreportedCodes.length > 0)
    .map((person) => ({ responsible: person.responsible, measureCodes: person.unreportedCodes }));
  return { totals, units: unitRows, people: personRows, remind };
}
