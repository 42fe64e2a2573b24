/** The import page's steps and its pure helpers (issue 11: split out of routes/import-page.tsx). */
import type { TImportResult } from '../../../shared/schemas/import';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** How many codes a preview lists before it says "and N more". */
export const MAX_CODES = 40;

export type Target = 'new' | 'existing';

export type Step =
  | { kind: 'idle' }
  | { kind: 'sending'; dryRun: boolean; phase: 'upload' | 'server'; percent: number }
  | { kind: 'preview'; result: TImportResult; fileName: string; planLabel: string }
  | { kind: 'done'; result: TImportResult }
  | { kind: 'failed'; message: string };

export interface FieldErrors {
  file?: string;
  name?: string;
}

/** The name the server would take from the file name: what a new plan is called unless the user types one. */
export function nameFromFile(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, '').trim();
}

/** A file's size in the page's language: `1,5 MB` / `1.5 MB`, `12 kB` (at least 1 kB). */
export function fileSize(bytes: number, language: string): string {
  const format = (value: number, decimals: number) =>
    value.toLocaleString(language.startsWith('en') ? 'en-GB' : 'sv-SE', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1
    ? `${format(megabytes, 1)} MB`
    : `${format(Math.max(1, Math.round(bytes / 1024)), 0)} kB`;
}
