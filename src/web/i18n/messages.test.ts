import { describe, expect, it } from 'vitest';

type Messages = Record<string, unknown>;
const sv = import.meta.glob<Messages>('./sv/*.ts', { eager: true, import: 'default' });
const en = import.meta.glob<Messages>('./en/*.ts', { eager: true, import: 'default' });

/** Every key path of a message tree, with plural forms (`_one`, `_other`) reduced to their base key. */
function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? keys(value as Messages, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('the words of the web app', () => {
  it('has an English file for every Swedish namespace and the other way round', () => {
    const names = (files: Record<string, unknown>) =>
      Object.keys(files).map((f) => f.replace(/^\.\/\w+\//, ''));
    expect(names(en).sort()).toEqual(names(sv).sort());
  });

  it('has the same keys in Swedish and English, and no empty text', () => {
    for (const [file, swedish] of Object.entries(sv)) {
      const english = en[file.replace('./sv/', './en/')];
      expect(english, file).toBeDefined();
      expect([...new Set(keys(english!))].sort(), file).toEqual([...new Set(keys(swedish))].sort());
      for (const tree of [swedish, english!]) {
        const texts = JSON.stringify(tree);
        expect(texts.includes('""'), `${file} has an empty text`).toBe(false);
      }
    }
  });
});
