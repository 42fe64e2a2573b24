/**
 * A spreadsheet cell as the text the assumption table reads (`readAssumptionTable`, src/shared): what the user
 * sees in Excel, written the Swedish way, so that a typed `3,5`, a number 3.5 and a cell 0.035 formatted as
 * percent all read as 3,5 %. Numbers become decimal text exactly (the decimal point is moved in the digits,
 * never multiplied), so 0.035 is 3,5 and not 3,5000000000000004.
 */
import type { CellValue } from './workbook-cells';

/** Format codes without quoted literals, [colour/locale] brackets and escaped characters. */
function bareFormat(numFmt: string): string {
  return (numFmt.split(';')[0] ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/\\./g, '');
}

/** A format that shows the value times 100 with a % sign (`0.0%`), not a literal "%" (`0.0" %"`). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && bareFormat(numFmt).includes('%');
}

/**
 * How many times a format divides the value by 1 000 for display: each comma right after the last digit
 * placeholder scales (`#,##0.0,,` shows kronor as mnkr); commas between placeholders only group.
 */
export function thousandsScaling(numFmt: string | undefined): number {
  if (numFmt === undefined) return 0;
  const match = /[0#?](,+)(?=[^0#?]*$)/.exec(bareFormat(numFmt));
  return match?.[1]?.length ?? 0;
}

/**
 * A number as Swedish decimal text (comma, no grouping), with the decimal point moved `shift` places right
 * (2 for percent, −3 per thousands scaling). The number is first taken to the 15 significant digits Excel
 * shows, so that a formula's float noise (=0,1+0,2 → 0,30000000000000004) reads as what the user sees.
 */
export function decimalText(value: number, shift = 0): string {
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toPrecision(15).split('e');
  const [head = '0', tail = ''] = mantissa.split('.');
  const digits = `${head}${tail}`.replace(/0+$/, '') || '0';
  if (digits === '0') return '0';
  // The point sits after the head's digits, moved by the exponent and the shift.
  const point = head.length + Number(exponent) + shift;
  const padded = point <= 0 ? `${'0'.repeat(1 - point)}${digits}` : digits.padEnd(point, '0');
  const at = Math.max(point, 1);
  const whole = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const decimals = padded.slice(at).replace(/0+$/, '');
  const text = decimals === '' ? whole : `${whole},${decimals}`;
  return value < 0 ? `-${text}` : text;
}

/**
 * The text of one cell for the assumption table. A percent-formatted number keeps its `%` (`3,5 %`), so a rate
 * row reads it as a rate and an amount row refuses it rather than read 3,5 mnkr. Dates, error values and
 * booleans become text no row can read as a number; `describeCell` words the message for them.
 */
export function assumptionCellText(cell: CellValue, numFmt?: string): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return isPercentFormat(numFmt)
        ? `${decimalText(cell.value, 2)} %`
        : decimalText(cell.value, -3 * thousandsScaling(numFmt));
    case 'date':
      return cell.date.toISOString().slice(0, 10);
    case 'boolean':
      return cell.value ? 'SANT' : 'FALSKT';
    case 'error':
      return cell.code;
  }
}
