import { MINUS } from './money';

/**
 * `part` as a percentage of `whole` with `decimals` decimals, rounded half away from zero on integers (so no
 * float error shows, and a screen and an export of the same figures never differ): Swedish `−0,7 %`, English
 * `-0.7%`. A whole of 0 gives `–`.
 */
export function percentText(part: number, whole: number, decimals = 1, language = 'sv'): string {
  if (whole === 0) return '–';
  const numerator = BigInt(part) * 10n ** BigInt(2 + decimals);
  const denominator = BigInt(whole);
  const abs = (n: bigint) => (n < 0n ? -n : n);
  let scaled = abs(numerator) / abs(denominator);
  if ((abs(numerator) % abs(denominator)) * 2n >= abs(denominator)) scaled += 1n;
  const digits = scaled.toString().padStart(decimals + 1, '0');
  const integer = digits.slice(0, digits.length - decimals);
  const isEnglish = language.startsWith('en');
  const mark = isEnglish ? '.' : ',';
  const text = decimals > 0 ? `${integer}${mark}${digits.slice(digits.length - decimals)}` : integer;
  const isNegative = numerator < 0n !== denominator < 0n && scaled !== 0n;
  return isEnglish ? `${isNegative ? '-' : ''}${text}%` : `${isNegative ? MINUS : ''}${text}\u00a0%`;
}
