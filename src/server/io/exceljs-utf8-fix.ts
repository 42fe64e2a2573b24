/**
 * ExcelJS's streaming reader decodes every chunk of a zip entry on its own (`chunk.toString()` in
 * `lib/utils/parse-sax.js`), so an å, ä or ö whose two bytes straddle a chunk boundary turns into "��"
 * (exceljs/exceljs#2084, unfixed in 4.4.0). A unit "Område" would silently become "Omr��de".
 *
 * This module puts a corrected parse-sax into Node's module cache before ExcelJS loads, decoding with a
 * StringDecoder that carries incomplete characters over to the next chunk. It must be imported before any
 * `import ExcelJS from 'exceljs'`: entry points (CLI, tests, benchmark) import it first, and
 * `isExcelUtf8FixActive` lets the reader refuse to run unprotected.
 */
// The other correction ExcelJS's streaming reader needs, loaded by every entry point along with this one.
import './exceljs-stream-fix';
import { createRequire, type Module } from 'node:module';
import { PassThrough } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

const require = createRequire(import.meta.url);
const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
const exceljsRequire = createRequire(parseSaxPath);

interface SaxesEvents {
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'opentag' | 'text' | 'closetag', listener: (value: unknown) => void): void;
  write(text: string): void;
}
const { SaxesParser } = exceljsRequire('saxes') as { SaxesParser: new () => SaxesEvents };

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

async function* parseSax(
  input: AsyncIterable<Buffer | string> & { pipe?: unknown },
): AsyncGenerator<SaxEvent[]> {
  let iterable: AsyncIterable<Buffer | string> = input;
  if (typeof input.pipe === 'function' && !(Symbol.asyncIterator in input)) {
    iterable = (input as unknown as NodeJS.ReadableStream).pipe(new PassThrough());
  }
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let error: Error | undefined;
  let events: SaxEvent[] = [];
  parser.on('error', (e) => {
    error = e;
  });
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.end();
  if (rest) {
    parser.write(rest);
    if (error) throw error;
    yield events;
  }
}

const alreadyLoaded = require.cache[parseSaxPath];
if (!alreadyLoaded) {
  const entry = {
    id: parseSaxPath,
    filename: parseSaxPath,
    loaded: true,
    exports: parseSax,
    children: [],
    paths: [],
  };
  require.cache[parseSaxPath] = entry as unknown as Module;
}

/** Whether ExcelJS will use the corrected parser (false if ExcelJS was loaded before this module). */
export function isExcelUtf8FixActive(): boolean {
  return require.cache[parseSaxPath]?.exports === parseSax;
}
