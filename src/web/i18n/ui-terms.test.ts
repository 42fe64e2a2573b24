import { describe, expect, it } from 'vitest';
import doc from '../../../docs/ui-terms.md?raw';
import * as enums from '../../shared/enums';

/** docs/ui-terms.md is the vocabulary; these tests hold every text of the web app to it (issue 11, item 13). */
type Messages = Record<string, unknown>;
const files = {
  sv: import.meta.glob<Messages>('./sv/*.ts', { eager: true, import: 'default' }),
  en: import.meta.glob<Messages>('./en/*.ts', { eager: true, import: 'default' }),
};

interface Term {
  concept: string;
  sv: string;
  en: string;
  forbidden: string[];
}

function readTerms(): Term[] {
  return doc
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Concept'))
    .map((line): Term => {
      const cells = line.split('|').map((cell) => cell.trim());
      const forbidden = cells[5] ?? '';
      return {
        concept: cells[1] ?? '',
        sv: cells[2] ?? '',
        en: cells[3] ?? '',
        forbidden: forbidden ? forbidden.split(',').map((word) => word.trim()) : [],
      };
    });
}

/** Every text of a message tree with its key path (`grid:columns.savingsType`). */
function texts(messages: unknown, path: string): [string, string][] {
  if (typeof messages === 'string') return [[path, messages]];
  if (messages === null || typeof messages !== 'object') return [];
  return Object.entries(messages).flatMap(([key, value]) =>
    texts(value, path.endsWith(':') ? `${path}${key}` : `${path}.${key}`),
  );
}

function allTexts(language: 'sv' | 'en'): [string, string][] {
  return Object.entries(files[language]).flatMap(([file, messages]) =>
    texts(messages, `${language}/${file.replace(/^.*\/(.*)\.ts$/, '$1')}:`),
  );
}

/** The Swedish labels of src/shared/enums.ts (every exported `*_SV` map and list). */
function enumTexts(): [string, string][] {
  return Object.entries(enums)
    .filter(([name, value]) => /_SV$|^DEFAULT_GROUPS$/.test(name) && typeof value === 'object')
    .flatMap(([name, value]) => texts(value, `enums.ts:${name}`));
}

/** Whole words or phrases, any case; a letter may not touch either end (so "inskickad" is not "skickad"). */
function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'iu').test(text);
}

/** Texts that still use an old word because another part of issue 11 owns them (remove when it lands). */
const PENDING: Record<string, string> = {};

function lookup(language: 'sv' | 'en', key: string): string {
  const found = allTexts(language).find(([path]) => path === `${language}/${key}`);
  if (!found) throw new Error(`no text ${language}/${key}`);
  return found[1];
}

describe('the UI vocabulary (docs/ui-terms.md)', () => {
  const terms = readTerms();

  it('is a table of concepts with Swedish and English words', () => {
    expect(terms.length).toBeGreaterThanOrEqual(10);
    expect(terms.map((t) => t.concept)).toContain('savings type');
    for (const term of terms) expect(term.sv && term.en, term.concept).toBeTruthy();
  });

  it('the contains-word check finds whole words only', () => {
    expect(containsWord('Ej rapporterad', 'rapporterad')).toBe(true);
    expect(containsWord('Inskickad', 'skickad')).toBe(false);
    expect(containsWord('Sparform', 'sparform')).toBe(true);
    expect(containsWord('Besparingstyp', 'sparform')).toBe(false);
    expect(containsWord('har inte rapporterat', 'rapporterad')).toBe(false);
  });

  it('no Swedish or English text, and no label of enums.ts, uses a word the table forbids', () => {
    const found: string[] = [];
    const everything = [...allTexts('sv'), ...allTexts('en'), ...enumTexts()];
    expect(everything.length).toBeGreaterThan(500);
    for (const term of terms) {
      for (const word of term.forbidden) {
        for (const [path, text] of everything) {
          if (containsWord(text, word) && !PENDING[path])
            found.push(`${path}: "${text}" uses "${word}" (${term.concept})`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('names each concept with the listed word wherever the concept is labelled', () => {
    const uses: Record<string, { sv: string; en: string; keys: string[] }> = {
      'savings type': {
        sv: 'Besparingstyp',
        en: 'Savings type',
        keys: [
          'fields:savingsType',
          'grid:filters.savingsType',
          'grid:columns.savingsType',
          'overview:pyramid.type',
        ],
      },
      'feasibility 1': {
        sv: 'säkrast',
        en: 'surest',
        keys: ['measure:basic.feasibility.1', 'overview:feasibility.intro'],
      },
      submitted: {
        sv: 'Inskickad',
        en: 'Submitted',
        keys: [
          'report:state.reported',
          'report:state.unchanged',
          'rounds:states.reported',
          'rounds:view.reportedBy',
        ],
      },
      'not submitted': {
        sv: 'Ej inskickad',
        en: 'Not submitted',
        keys: ['report:state.notReported', 'rounds:states.notReported'],
      },
      stale: {
        sv: 'Inaktuellt',
        en: 'Stale',
        keys: ['rounds:figures.stale', 'history:stale', 'common:terms.staleHelp'],
      },
      'planned level': {
        sv: 'Planerad nivå',
        en: 'Planned level',
        keys: ['grid:columns.planned', 'overview:pyramid.planned'],
      },
    };
    for (const [concept, use] of Object.entries(uses)) {
      for (const key of use.keys) {
        expect(lookup('sv', key).toLocaleLowerCase('sv'), `sv/${key} (${concept})`).toContain(
          use.sv.toLocaleLowerCase('sv'),
        );
        expect(lookup('en', key).toLowerCase(), `en/${key} (${concept})`).toContain(use.en.toLowerCase());
      }
    }
    expect(enums.FEASIBILITY_SV[1]).toContain('säkrast');
    expect(enums.FEASIBILITY_SV[3]).toContain('minst säker');
  });

  it('explains "Inaktuellt" by the stale rule of SPEC §4 (no report for the period: older forecast or plan)', () => {
    const sv = lookup('sv', 'common:terms.staleHelp');
    expect(sv).toMatch(/^Inaktuellt: /);
    expect(sv).toMatch(/ingen rapport för den valda perioden/);
    expect(sv).toMatch(/senaste äldre prognos/);
    expect(sv).toMatch(/planerad nivå/);
  });
});
