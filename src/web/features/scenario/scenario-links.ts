/** The forecast tool's addresses: the list, a scenario, and scenarios side by side (`ids=a,b`). */
export const SCENARIOS_PATH = '/prognosverktyg';

export const compareHref = (ids: readonly string[]) =>
  `${SCENARIOS_PATH}/jamfor?${new URLSearchParams({ ids: ids.join(',') }).toString().replaceAll('%2C', ',')}`;

/** The scenarios an address asks to compare, each once, in the order given. */
export function compareIds(search: URLSearchParams): string[] {
  const ids = (search.get('ids') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return [...new Set(ids)];
}

/** Every year any of the scenarios has, in order (scenarios may start from different base years). */
export function unionYears(scenarios: readonly { years: readonly { year: number }[] }[]): number[] {
  return [...new Set(scenarios.flatMap((s) => s.years.map((y) => y.year)))].sort((a, b) => a - b);
}
