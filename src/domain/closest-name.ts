/** Edit distance (Levenshtein): insertions, deletions and substitutions, over code points. */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = previous[j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[right.length]!;
}

/**
 * The candidate nearest to `word` (case and surrounding spaces not counted), for a "did you mean" hint; the
 * first of equally near ones. undefined without candidates.
 */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  const wanted = word.trim().toLocaleLowerCase('sv');
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(wanted, name.trim().toLocaleLowerCase('sv'));
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best?.name;
}
