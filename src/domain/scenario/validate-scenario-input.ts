import { formatAmount, MAX_AMOUNT_KRONOR, MINUS } from '../../shared/money';
import {
  AMOUNT_FIELDS,
  type AmountField,
  DEFAULT_GOAL_SHARE,
  MAX_OPENING_DEFICIT_AGE,
  MAX_SCENARIO_YEARS,
  MIN_SCENARIO_YEARS,
  type OpeningDeficit,
  RATE_FIELDS,
  type ScenarioInput,
  type ScenarioIssue,
  type ScenarioYearInput,
  SHARE_FIELDS,
} from './scenario-input';

export type ScenarioValidation = { ok: true; input: ScenarioInput } | { ok: false; issues: ScenarioIssue[] };

type JsonObject = Record<string, unknown>;

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const YEAR_FIELDS: readonly string[] = ['revenue', ...RATE_FIELDS, ...SHARE_FIELDS, ...AMOUNT_FIELDS];

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A number as Swedish readers write it: decimal comma, real minus sign. */
function sv(value: number): string {
  return String(value).replace('-', MINUS).replace('.', ',');
}

const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

/**
 * Checks a scenario given as parsed JSON against the contract (docs/scenario-model.md, "Input") and returns it
 * with every default filled in — or every problem, each naming its field, and no input at all.
 */
export function validateScenarioInput(raw: unknown): ScenarioValidation {
  const issues: ScenarioIssue[] = [];
  const fail = (path: string, message: string): undefined => {
    issues.push({ path, message });
    return undefined;
  };

  const number = (object: JsonObject, key: string, path: string): number | undefined => {
    const value = object[key];
    if (value === undefined) return fail(join(path, key), 'måste anges');
    if (typeof value !== 'number' || !Number.isFinite(value))
      return fail(join(path, key), 'måste vara ett tal');
    return value;
  };
  const inRange = (
    object: JsonObject,
    key: string,
    path: string,
    low: number,
    high: number,
    what: string,
  ) => {
    const value = number(object, key, path);
    if (value === undefined) return undefined;
    if (value < low || value > high)
      return fail(join(path, key), `måste ligga mellan ${what}; nu ${sv(value)}`);
    return value;
  };
  const rate = (object: JsonObject, key: string, path: string) =>
    inRange(object, key, path, -1, 1, `${MINUS}1 och 1 (${MINUS}100 % och +100 %)`);
  const share = (object: JsonObject, key: string, path: string) =>
    inRange(object, key, path, 0, 1, '0 och 1 (0 % och 100 %)');
  const kronor = (object: JsonObject, key: string, path: string, sign: 'any' | 'notNegative' = 'any') => {
    const value = number(object, key, path);
    if (value === undefined) return undefined;
    const where = join(path, key);
    if (!Number.isInteger(value)) return fail(where, `måste vara ett helt antal kronor; nu ${sv(value)}`);
    // issue 11: an assumption is bounded as every amount a user enters (±10^12 kr)
    if (Math.abs(value) > MAX_AMOUNT_KRONOR)
      return fail(where, `är orimligt stort; högst ${formatAmount(MAX_AMOUNT_KRONOR)} (±10¹²)`);
    if (sign === 'notNegative' && value < 0) return fail(where, `får inte vara negativt; nu ${sv(value)}`);
    return value === 0 ? 0 : value;
  };
  const rejectUnknown = (object: JsonObject, path: string, known: readonly string[]) => {
    for (const key of Object.keys(object)) if (!known.includes(key)) fail(join(path, key), 'okänt fält');
  };

  if (!isObject(raw)) {
    fail('', 'Scenariot måste vara ett JSON-objekt med baseYear, base och years');
    return { ok: false, issues };
  }
  rejectUnknown(raw, '', ['baseYear', 'base', 'goalShare', 'openingDeficits', 'years']);

  let baseYear = number(raw, 'baseYear', '');
  if (baseYear !== undefined && (!Number.isInteger(baseYear) || baseYear < MIN_YEAR || baseYear > MAX_YEAR)) {
    baseYear = fail('baseYear', `måste vara ett år mellan ${MIN_YEAR} och ${MAX_YEAR}; nu ${sv(baseYear)}`);
  }

  let base: ScenarioInput['base'] | undefined;
  if (!isObject(raw.base)) fail('base', 'måste vara ett objekt med revenue och netCost');
  else {
    rejectUnknown(raw.base, 'base', ['revenue', 'netCost']);
    const revenue = kronor(raw.base, 'revenue', 'base', 'notNegative');
    const netCost = kronor(raw.base, 'netCost', 'base', 'notNegative');
    if (revenue !== undefined && netCost !== undefined) base = { revenue, netCost };
  }

  const goalShare = raw.goalShare === undefined ? DEFAULT_GOAL_SHARE : share(raw, 'goalShare', '');
  const openingDeficits = validateOpeningDeficits(raw.openingDeficits, baseYear, kronor, number, fail);

  const years: Record<string, ScenarioYearInput> = {};
  if (raw.years === undefined) fail('years', 'måste anges: ett objekt med ett fält per år, t.ex. "2026"');
  else if (!isObject(raw.years)) fail('years', 'måste vara ett objekt med ett fält per år, t.ex. "2026"');
  else {
    const keys = Object.keys(raw.years);
    for (const key of keys) {
      const path = join('years', key);
      const value = raw.years[key];
      if (!/^\d{4}$/.test(key)) fail(path, 'är inte ett år (ange året med fyra siffror, t.ex. "2026")');
      else if (!isObject(value)) fail(path, 'måste vara ett objekt med årets antaganden');
      else {
        rejectUnknown(value, path, YEAR_FIELDS);
        const year = validateYear(value, path, { rate, share, kronor, fail });
        if (year) years[key] = year;
      }
    }
    if (baseYear !== undefined)
      checkYearSequence(keys.filter((key) => /^\d{4}$/.test(key)).map(Number), baseYear, fail);
  }

  if (issues.length > 0 || baseYear === undefined || base === undefined || goalShare === undefined) {
    return { ok: false, issues };
  }
  return { ok: true, input: { baseYear, base, goalShare, openingDeficits: openingDeficits ?? [], years } };
}

type Fail = (path: string, message: string) => undefined;
type Reader = (object: JsonObject, key: string, path: string) => number | undefined;
type KronorReader = (
  object: JsonObject,
  key: string,
  path: string,
  sign?: 'any' | 'notNegative',
) => number | undefined;

function validateYear(
  value: JsonObject,
  path: string,
  read: { rate: Reader; share: Reader; kronor: KronorReader; fail: Fail },
): ScenarioYearInput | undefined {
  const hasGrowth = value.revenueGrowth !== undefined;
  const hasRevenue = value.revenue !== undefined;
  if (hasGrowth && hasRevenue) read.fail(path, 'ange antingen revenueGrowth eller revenue, inte båda');
  if (!hasGrowth && !hasRevenue) read.fail(path, 'revenueGrowth (eller revenue i kronor) måste anges');
  const revenueGrowth = hasGrowth ? read.rate(value, 'revenueGrowth', path) : undefined;
  const revenue = hasRevenue ? read.kronor(value, 'revenue', path, 'notNegative') : undefined;
  const wageGrowth = read.rate(value, 'wageGrowth', path);
  const priceGrowth = read.rate(value, 'priceGrowth', path);
  const volume = read.rate(value, 'volume', path);
  const personnelShare = read.share(value, 'personnelShare', path);
  const otherShare = read.share(value, 'otherShare', path);
  if (personnelShare !== undefined && otherShare !== undefined && personnelShare + otherShare > 1) {
    read.fail(
      path,
      `personnelShare + otherShare får vara högst 1; nu ${sv(personnelShare)} + ${sv(otherShare)}`,
    );
  }
  const amount = (field: AmountField) => (value[field] === undefined ? 0 : read.kronor(value, field, path));
  const amounts = {
    pensionChange: amount('pensionChange'),
    otherChanges: amount('otherChanges'),
    financialNet: amount('financialNet'),
    planLevel: amount('planLevel'),
    realisationGains: amount('realisationGains'),
    exemptItems: amount('exemptItems'),
    reserveIn: amount('reserveIn'),
    reserveOut: amount('reserveOut'),
  };
  if (
    wageGrowth === undefined ||
    priceGrowth === undefined ||
    volume === undefined ||
    personnelShare === undefined ||
    otherShare === undefined ||
    !isComplete(amounts)
  ) {
    return undefined;
  }
  const rates = { wageGrowth, priceGrowth, personnelShare, otherShare, volume, ...amounts };
  if (revenue !== undefined && revenueGrowth === undefined) return { revenue, ...rates };
  if (revenueGrowth !== undefined && revenue === undefined) return { revenueGrowth, ...rates };
  return undefined;
}

function isComplete(
  amounts: Record<AmountField, number | undefined>,
): amounts is Record<AmountField, number> {
  return Object.values(amounts).every((amount) => amount !== undefined);
}

function checkYearSequence(years: number[], baseYear: number, fail: Fail): void {
  const first = baseYear + 1;
  for (const year of years) {
    if (year <= baseYear) fail(`years.${year}`, `måste vara ett år efter basåret ${baseYear}`);
  }
  const after = years.filter((year) => year > baseYear);
  const last = Math.max(first - 1, ...after);
  for (let year = first; year <= last; year++) {
    if (!after.includes(year)) fail(`years.${year}`, `saknas: åren ska följa på varandra från ${first}`);
  }
  const count = last - baseYear;
  if (count < MIN_SCENARIO_YEARS || count > MAX_SCENARIO_YEARS) {
    fail(
      'years',
      `${after.length} år efter basåret angivna; ange ${MIN_SCENARIO_YEARS}–${MAX_SCENARIO_YEARS} år i följd från ${first}`,
    );
  }
}

function validateOpeningDeficits(
  raw: unknown,
  baseYear: number | undefined,
  kronor: KronorReader,
  number: Reader,
  fail: Fail,
): OpeningDeficit[] | undefined {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return fail('openingDeficits', 'måste vara en lista med { "year", "amount" }');
  const deficits: OpeningDeficit[] = [];
  const seen = new Map<number, number>();
  for (const [index, entry] of raw.entries()) {
    const path = `openingDeficits.${index}`;
    if (!isObject(entry)) {
      fail(path, 'måste vara ett objekt med year och amount');
      continue;
    }
    for (const key of Object.keys(entry)) {
      if (key !== 'year' && key !== 'amount') fail(join(path, key), 'okänt fält');
    }
    let year = number(entry, 'year', path);
    if (year !== undefined && baseYear !== undefined) {
      const earliest = baseYear - MAX_OPENING_DEFICIT_AGE;
      if (!Number.isInteger(year) || year > baseYear || year < earliest) {
        year = fail(
          `${path}.year`,
          `måste vara ett år mellan ${earliest} och basåret ${baseYear}; nu ${sv(year)}`,
        );
      } else if (seen.has(year)) {
        year = fail(`${path}.year`, `år ${year} finns redan i openingDeficits.${seen.get(year)}`);
      } else seen.set(year, index);
    }
    let amount = kronor(entry, 'amount', path);
    if (amount !== undefined && amount < 0) {
      amount = fail(
        `${path}.amount`,
        `ange underskottet som ett positivt belopp att återställa: ${formatAmount(-amount)}, inte ${formatAmount(amount)}`,
      );
    } else if (amount === 0) amount = fail(`${path}.amount`, 'måste vara större än 0');
    if (year !== undefined && amount !== undefined) deficits.push({ year, amount });
  }
  return deficits.sort((a, b) => a.year - b.year);
}
