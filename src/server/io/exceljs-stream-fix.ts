/**
 * ExcelJS's streaming reader takes the zip's entries from unzipper with its own `iterateStream`
 * (`lib/utils/iterate-stream.js`), which pauses the stream around every entry it hands out and stops at the
 * first 'end' event. unzipper's Parse emits 'end' itself as soon as it has read the end of the zip, while
 * small entries after a large one may still sit in the paused stream's buffer: they are then dropped, at
 * random (exceljs/exceljs#3064, unfixed in 4.4.0). A file written with its worksheets first — ExcelJS's own
 * writer puts workbook.xml and styles.xml last — then comes out now and then without sheet names, number
 * formats or shared strings.
 *
 * This module puts a corrected iterate-stream into Node's module cache before ExcelJS loads: it pauses only
 * when many entries are waiting, and on 'end' it takes what is still buffered before it stops. It is loaded
 * by exceljs-utf8-fix.ts, which every entry point imports before ExcelJS.
 */
import { createRequire, type Module } from 'node:module';
import type { Readable } from 'node:stream';

const require = createRequire(import.meta.url);
const iterateStreamPath = require.resolve('exceljs/lib/utils/iterate-stream.js');

/** Pause the source when this many chunks wait, resume when no more than the low mark do. */
const HIGH_WATER_MARK = 64;
const LOW_WATER_MARK = 16;

async function* iterateStream(stream: Readable): AsyncGenerator<unknown> {
  const waiting: unknown[] = [];
  let isEnded = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  stream.on('data', (data: unknown) => {
    waiting.push(data);
    if (waiting.length >= HIGH_WATER_MARK) stream.pause();
    notify();
  });
  stream.on('end', () => {
    // In paused mode each read() emits its chunk as 'data' above: this takes what the buffer still holds.
    while (stream.read() !== null) {}
    isEnded = true;
    notify();
  });
  stream.on('error', (error: unknown) => {
    failure = { error };
    notify();
  });
  stream.resume();
  while (true) {
    if (failure) throw failure.error;
    if (waiting.length > 0) {
      const data = waiting.shift();
      if (waiting.length <= LOW_WATER_MARK) stream.resume();
      yield data;
    } else if (isEnded) {
      return;
    } else {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  }
}

if (!require.cache[iterateStreamPath]) {
  const entry = {
    id: iterateStreamPath,
    filename: iterateStreamPath,
    loaded: true,
    exports: iterateStream,
    children: [],
    paths: [],
  };
  require.cache[iterateStreamPath] = entry as unknown as Module;
}

/** Whether ExcelJS will use the corrected iteration (false if ExcelJS was loaded before this module). */
export function isExcelStreamFixActive(): boolean {
  return require.cache[iterateStreamPath]?.exports === iterateStream;
}
