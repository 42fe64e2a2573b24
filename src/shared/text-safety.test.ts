import { describe, expect, it } from 'vitest';
import { invalidCharacterIn, invalidTextMessage, isCleanText } from './text-safety';

describe('text safety', () => {
  it('accepts ordinary Swedish text and paired surrogates (emoji)', () => {
    expect(isCleanText('Åtgärd för vården – 15 600 tkr 😀')).toBe(true);
    expect(isCleanText('')).toBe(true);
  });

  it('names a NUL byte and a lone high or low surrogate', () => {
    expect(invalidCharacterIn('a\u0000b')).toBe('ett NUL-tecken (U+0000)');
    expect(invalidCharacterIn('a\uD800')).toBe('ett ensamt surrogattecken (U+D800)');
    expect(invalidCharacterIn('\uDC00a')).toBe('ett ensamt surrogattecken (U+DC00)');
    expect(invalidCharacterIn('\uD83D\uD83D\uDE00')).toBe('ett ensamt surrogattecken (U+D83D)');
    expect(invalidTextMessage('x\u0000')).toBe(
      'Texten innehåller ett NUL-tecken (U+0000), som inte är tillåtet',
    );
    expect(invalidTextMessage('ok')).toBeUndefined();
  });
});
