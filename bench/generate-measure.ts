/**
 * One row of sheet `Åtgärder` with plausible values, and the amount it adds to the plan's level in the check
 * year under the rules of SPEC §3–4 (cancelled measures and temporary ones after their end year count zero).
 */
import { DEFAULT_GROUPS } from '../src/shared/enums';
import type { Random } from './random';

export const YEARS = [2025, 2026, 2027, 2028, 2029] as const;
const COST_TYPES = [
  ['Personal', 0.6],
  ['Drift', 0.5],
  ['Intäkt', 0.2],
] as const;

export const MEASURE_HEADERS = [
  'Kod',
  'Åtgärd',
  'Enhet',
  'Ansvarig',
  'Kategori',
  'Grupp',
  'Besparingstyp',
  'Genomförbarhet',
  'Tillfällig',
  'Status',
  'Start',
  'Slut',
  'Helårseffekt från',
  'Uppföljningsmått',
  'Periodicitet',
  ...YEARS.flatMap((year) => COST_TYPES.map(([costType]) => `${costType} ${year} (tkr)`)),
];

const STATUSES = [
  ['förslag', 15],
  ['beredd', 10],
  ['beslutad', 35],
  ['genomförs', 25],
  ['genomförd', 10],
  ['utgår', 5],
] as const;
const CATEGORIES = ['omedelbar', 'anpassande', 'strategisk'];
const SAVINGS_TYPES = ['effektivisering', 'ransonering', 'generell besparing'];
const PERIODICITIES = ['månad', 'tertial', 'delår', 'år'];
const VERBS = ['Minska', 'Samordna', 'Se över', 'Avveckla', 'Digitalisera', 'Omförhandla', 'Effektivisera'];
const OBJECTS = [
  'inhyrd personal',
  'lokaler',
  'övertid',
  'läkemedelskostnader',
  'resor',
  'licenser',
  'bemanning',
];
const METRICS = ['Kostnad per månad', 'Antal årsarbetare', 'Andel inhyrd personal', 'Lokalyta (kvm)'];
const PEOPLE = ['Anna Lindqvist', 'Erik Johansson', 'Maria Nilsson', 'Lars Berg', 'Karin Ek', 'Johan Holm'];

export interface GeneratedMeasure {
  cells: (string | number | null)[];
  /** Kronor this measure adds to the plan's level in `checkYear`. */
  countedLevel: number;
}

const month = (year: number, monthNumber: number) => `${year}-${String(monthNumber).padStart(2, '0')}`;

export function generateMeasure(
  random: Random,
  index: number,
  unitPath: string,
  checkYear: number,
): GeneratedMeasure {
  const status = random.weighted(STATUSES);
  const isTemporary = random.chance(0.1);
  const startYear = random.int(YEARS[0], 2027);
  const startMonth = random.int(1, 12);
  const endYear = isTemporary ? startYear + random.int(0, 2) : null;
  // Amounts in tenths of tkr (100 kr), so that the cell's one decimal converts to whole kronor exactly.
  const levels: (number | null)[] = [];
  for (const year of YEARS) {
    for (const [, probability] of COST_TYPES) {
      const full = random.chance(probability) ? random.int(100, 50_000) : 0;
      if (full === 0 || year < startYear) levels.push(null);
      else levels.push(year === startYear ? Math.round((full * (13 - startMonth)) / 12) : full);
    }
  }
  const isCounted = status !== 'utgår' && !(endYear !== null && checkYear > endYear);
  const checkOffset = YEARS.indexOf(checkYear as (typeof YEARS)[number]) * COST_TYPES.length;
  const countedLevel = isCounted
    ? levels
        .slice(checkOffset, checkOffset + COST_TYPES.length)
        .reduce<number>((s, l) => s + (l ?? 0) * 100, 0)
    : 0;
  const cells = [
    `B-${String(index + 1).padStart(5, '0')}`,
    `${random.pick(VERBS)} ${random.pick(OBJECTS)}`,
    unitPath,
    random.pick(PEOPLE),
    random.pick(CATEGORIES),
    random.pick(DEFAULT_GROUPS),
    random.pick(SAVINGS_TYPES),
    random.int(1, 3),
    isTemporary ? 'ja' : 'nej',
    status,
    month(startYear, startMonth),
    endYear === null ? null : month(endYear, 12),
    startMonth === 1 ? null : month(startYear + 1, 1),
    random.pick(METRICS),
    random.pick(PERIODICITIES),
    ...levels.map((level) => (level === null ? null : level / 10)),
  ];
  return { cells, countedLevel };
}
