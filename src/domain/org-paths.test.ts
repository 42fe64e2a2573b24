import { describe, expect, it } from 'vitest';
import { pathsOutsideTop, planUnitPaths } from './org-paths';

const units = [
  { id: 'region', parentId: null, name: 'Exempelregionen' },
  { id: 'hs', parentId: 'region', name: 'Hälso- och sjukvård' },
  { id: 'kir', parentId: 'hs', name: 'Division Kirurgi' },
];
const split = (text: string) => text.split('/').map((s) => s.trim());

describe('the one top unit of an import (issue 11, item 4)', () => {
  it('accepts paths from the top unit, whatever the case', () => {
    expect(
      pathsOutsideTop(units, [split('Exempelregionen / Regionfastigheter'), split('exempelregionen')]),
    ).toEqual([]);
  });

  it('refuses a misspelt top unit, a word, a formula or a number, suggesting the top unit', () => {
    const problems = pathsOutsideTop(units, [
      split('Exempelregion / Regionfastigheter'),
      ['ja'],
      ['=1+1'],
      ['1e+300'],
      split('Exempelregionen / Ny'),
    ]);
    expect(problems.map((p) => p.index)).toEqual([0, 1, 2, 3]);
    expect(problems[0]!.message).toBe(
      '"Exempelregion / Regionfastigheter" börjar inte med organisationens toppenhet (Exempelregionen); en organisation har en enda toppenhet och varje enhet skrivs från den; menade du Exempelregionen?',
    );
    for (const problem of problems) expect(problem.message).toMatch(/menade du Exempelregionen\?$/);
  });

  it('suggests the full path of a unit written without the top unit', () => {
    const [problem] = pathsOutsideTop(units, [split('Division Kirurgi / Ortopedi')]);
    expect(problem!.message).toMatch(
      /menade du Exempelregionen \/ Hälso- och sjukvård \/ Division Kirurgi \/ Ortopedi\?$/,
    );
  });

  it('in an organisation without units, takes the first path’s top unit as the only one', () => {
    const paths = [split('Nya regionen / A'), split('Nya regionen / B'), split('Nya region / C')];
    expect(pathsOutsideTop([], paths).map((p) => p.index)).toEqual([2]);
    expect(pathsOutsideTop([], paths)[0]!.message).toMatch(/menade du Nya regionen\?$/);
    expect(planUnitPaths([], paths.slice(0, 2)).toCreate.filter((u) => u.path.length === 1)).toHaveLength(1);
  });
});
