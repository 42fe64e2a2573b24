/**
 * `npm run bench`: generates a 20 000-measure plan, imports it with the CLI into PGlite and in-process into
 * a throw-away PostgreSQL database, then times the by-unit summary against a hand-written roll-up on both.
 * It measures and reports; it asserts nothing, but says loudly when figures disagree.
 */
import '../src/server/io/exceljs-utf8-fix';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { systemActor } from '../src/server/actor';
import { openDatabase } from '../src/server/db/connect';
import type { Database } from '../src/server/db/schema';
import { findTenantBySlug } from '../src/server/repositories/tenant-repository';
import { ensureTenant } from '../src/server/use-cases/ensure-tenant';
import { type ImportPlanResult, importPlan } from '../src/server/use-cases/import-plan';
import { CHECK_YEAR, type GeneratedPlan, generatePlan } from './generate-plan';
import { importWithCli, prepareDataFolder } from './import-cli';
import { withThrowAwayPostgres } from './postgres';
import { formatReport } from './report';
import { benchSummary, type SummaryBench } from './summary-bench';
import { formatMillis } from './timing';

const OUT = path.join(import.meta.dirname, 'out');
/** The tenant `balans import` uses when given no --tenant. */
const CLI_TENANT = 'demo';
const problems: string[] = [];

function report(label: string, found: string[]): void {
  for (const problem of found) {
    console.log(`MISMATCH ${label}: ${problem}`);
    problems.push(`${label}: ${problem}`);
  }
}

function checkImport(result: ImportPlanResult, plan: GeneratedPlan): string[] {
  const found = result.errors.slice(0, 5).map((e) => `error ${e.cell}: ${e.message}`);
  if (result.created !== plan.measures) found.push(`created ${result.created}, expected ${plan.measures}`);
  if (result.unitsCreated.length !== plan.units) {
    found.push(`created ${result.unitsCreated.length} org units, expected ${plan.units}`);
  }
  // U+FFFD means the reader decoded a multi-byte character cut in two (å, ä, ö in unit names).
  for (const unit of result.unitsCreated.filter((name) => name.includes('\uFFFD'))) {
    found.push(`garbled unit name "${unit}"`);
  }
  return found;
}

/**
 * Times the summary as the import left the tables, then again after ANALYZE: PGlite has no autovacuum, so
 * without an explicit ANALYZE its planner never learns how many rows the tables hold.
 */
async function benchBothWays(
  label: string,
  db: Kysely<Database>,
  tenantId: string,
  plan: GeneratedPlan,
): Promise<{ asImported: SummaryBench; analyzed: SummaryBench }> {
  const asImported = await benchSummary(db, tenantId, plan.expectedLevel);
  report(`${label} summary`, asImported.problems);
  await sql`analyze`.execute(db);
  const analyzed = await benchSummary(db, tenantId, plan.expectedLevel);
  report(`${label} summary after ANALYZE`, analyzed.problems);
  return { asImported, analyzed };
}

async function versionOf(db: Kysely<Database>): Promise<string> {
  const result = await sql<{ version: string }>`select version() as version`.execute(db);
  return result.rows[0]?.version.split(' on ')[0] ?? 'unknown';
}

async function benchPglite(dataDir: string, plan: GeneratedPlan) {
  const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pgdata') });
  try {
    const tenant = await findTenantBySlug(database.db, CLI_TENANT);
    if (!tenant) throw new Error(`balans import left no tenant "${CLI_TENANT}"`);
    const bench = await benchBothWays('PGlite', database.db, tenant.id, plan);
    return { bench, version: await versionOf(database.db) };
  } finally {
    await database.close();
  }
}

function benchPostgres(file: string, plan: GeneratedPlan) {
  return withThrowAwayPostgres(async ({ db }) => {
    const tenant = await ensureTenant(db, 'bench');
    const bytes = new Uint8Array(await readFile(file));
    const start = performance.now();
    const result = await importPlan(db, systemActor(tenant.id, 'bench'), {
      bytes,
      fileName: path.basename(file),
    });
    const importMs = performance.now() - start;
    console.log(`  importPlan in-process: ${formatMillis(importMs)}`);
    report('PostgreSQL import', checkImport(result, plan));
    const bench = await benchBothWays('PostgreSQL', db, tenant.id, plan);
    return { bench, importMs, version: await versionOf(db) };
  });
}

/** The fixed cost of the CLI: a 10-measure plan into a fresh data folder (start-up, initdb, migrations). */
async function importBaseline() {
  const file = path.join(OUT, 'baseline-plan.xlsx');
  await generatePlan(file, 10);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'balans-bench-baseline-'));
  try {
    const baseline = await importWithCli(file, dataDir);
    console.log(
      `  baseline (10 measures): ${formatMillis(baseline.wallMs)}, peak RSS ${(baseline.peakRssBytes / 1024 ** 2).toFixed(0)} MB`,
    );
    return baseline;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, 'benchmark-plan.xlsx');
  const generateStart = performance.now();
  const plan = await generatePlan(file);
  const generateMs = performance.now() - generateStart;
  console.log(
    `Generated ${path.relative(process.cwd(), file)}: ${(plan.bytes / 1024 ** 2).toFixed(1)} MB, ` +
      `${plan.measures} measures, ${plan.units} units, level ${CHECK_YEAR}: ${plan.expectedLevel} kr (${formatMillis(generateMs)})`,
  );
  const dataDir = await mkdtemp(path.join(tmpdir(), 'balans-bench-'));
  try {
    console.log('Preparing a migrated data folder, then importing with `balans import` into PGlite …');
    await prepareDataFolder(dataDir);
    const cliImport = await importWithCli(file, dataDir);
    console.log(
      `  ${formatMillis(cliImport.wallMs)}, peak RSS ${(cliImport.peakRssBytes / 1024 ** 2).toFixed(0)} MB`,
    );
    report('CLI import', checkImport(cliImport.result, plan));
    const baselineImport = await importBaseline();
    console.log('Timing the summary on PGlite …');
    const pglite = await benchPglite(dataDir, plan);
    console.log('Importing and timing on PostgreSQL …');
    const postgres = await benchPostgres(file, plan);
    const table = formatReport({
      plan,
      generateMs,
      cliImport,
      baselineImport,
      postgresImportMs: postgres.importMs,
      pglite: pglite.bench,
      postgres: postgres.bench,
      versions: { pglite: pglite.version, postgres: postgres.version },
      problems,
      loadAverage: { start: loadAtStart, end: loadavg() },
    });
    await writeFile(path.join(OUT, 'results.md'), table);
    console.log(`\n${table}`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
