/** The months a board report of a plan year can be made as of: January to December of the year. */
export function reportPeriods(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
