/**
 * The organisation of the benchmark plan: one region → 10 administrations → 5 divisions each → 6 areas each →
 * 2 639 units below the areas, 3 000 units in all. Every path is written as the import reads it, " / " between
 * levels.
 */
import { PATH_SEPARATOR } from '../src/domain/org-tree';

export const REGION = 'Region Benchmark';

const ADMINISTRATIONS = [
  'Hälso- och sjukvårdsförvaltningen',
  'Primärvårdsförvaltningen',
  'Psykiatriförvaltningen',
  'Tandvårdsförvaltningen',
  'Kollektivtrafikförvaltningen',
  'Kulturförvaltningen',
  'Regionala utvecklingsförvaltningen',
  'Serviceförvaltningen',
  'Regionledningskontoret',
  'Digitaliseringsförvaltningen',
];
const DIVISIONS = [
  'Division Medicin',
  'Division Kirurgi',
  'Division Akut',
  'Division Diagnostik',
  'Division Stöd',
];
const AREAS = [
  'Område Norr',
  'Område Söder',
  'Område Öster',
  'Område Väster',
  'Område Centrum',
  'Område Kust',
];
const UNIT_WORDS = ['Vårdavdelning', 'Mottagning', 'Enhet', 'Team', 'Kansli'];
const LEAF_UNITS = 2_639;

export interface GeneratedOrg {
  /** Units without children (every one of them gets a measure, so the import creates the whole tree). */
  leaves: string[];
  /** The region, administrations, divisions and areas. */
  inner: string[];
}

export function generateOrg(): GeneratedOrg {
  const join = (...names: string[]) => names.join(PATH_SEPARATOR);
  const inner = [REGION];
  const areas: string[] = [];
  for (const administration of ADMINISTRATIONS) {
    inner.push(join(REGION, administration));
    for (const division of DIVISIONS) {
      inner.push(join(REGION, administration, division));
      for (const area of AREAS) areas.push(join(REGION, administration, division, area));
    }
  }
  inner.push(...areas);
  const leaves: string[] = [];
  // Spread the leaves evenly: the first (LEAF_UNITS mod areas) areas get one unit more.
  const perArea = Math.floor(LEAF_UNITS / areas.length);
  const extra = LEAF_UNITS % areas.length;
  areas.forEach((area, index) => {
    const count = perArea + (index < extra ? 1 : 0);
    for (let n = 0; n < count; n++) {
      leaves.push(join(area, `${UNIT_WORDS[n % UNIT_WORDS.length]} ${n + 1}`));
    }
  });
  return { leaves, inner };
}
