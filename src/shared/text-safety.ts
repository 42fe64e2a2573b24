/**
 * Characters no text in Balans may hold (issue 11): NUL (U+0000), which PostgreSQL cannot store in text or
 * jsonb, and a UTF-16 surrogate without its pair, which has no UTF-8 form. Every text input — API field,
 * query parameter, CSV or workbook cell — is refused with a message naming it, before any database sees it.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The forbidden character in `text`, described in Swedish; undefined when the text is clean. */
export function invalidCharacterIn(text: string): string | undefined {
  if (text.includes('\u0000')) return 'ett NUL-tecken (U+0000)';
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) {
    const code = surrogate[0].charCodeAt(0).toString(16).toUpperCase();
    return `ett ensamt surrogattecken (U+${code})`;
  }
  return undefined;
}

export function isCleanText(text: string): boolean {
  return invalidCharacterIn(text) === undefined;
}

export const INVALID_TEXT_MESSAGE =
  'Texten innehåller ett otillåtet tecken (NUL-tecken U+0000 eller ett ensamt surrogattecken)';

/** "Texten innehåller ett NUL-tecken (U+0000), som inte är tillåtet" — or undefined when clean. */
export function invalidTextMessage(text: string): string | undefined {
  const found = invalidCharacterIn(text);
  return found && `Texten innehåller ${found}, som inte är tillåtet`;
}
