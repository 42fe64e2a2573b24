/**
 * fast-check arbitraries of board report models that stay within the schema but not within reason: very long
 * or odd Unicode texts (no NUL), amounts up to ±10^12 kr, empty lists, no measures, no units, dates that are
 * not dates. For the renderers' robustness tests.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DECISION_KINDS, MEASURE_STATUSES, REPORT_STATUSES, SAVINGS_TYPES } from '../../shared/enums';
import type { TBoardReport } from '../../shared/schemas/board-report';
import { boardReportFixture } from './board-report-fixture.test-support';

const ODD = [
  '\ud800',
  '\udfff',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\u0007',
  '👩🏽‍⚕️',
  'ﷺ',
  '𝔘𝔫𝔦',
  'Å\u030a',
  '\t\n\r',
];

const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...ODD),
  fc.constantFrom('Åtgärd', 'Östra', 'Älvdalen', ''),
);
export const text = fc
  .tuple(fc.array(piece, { maxLength: 6 }), fc.constantFrom(1, 1, 1, 80))
  .map(([parts, repeat]) => parts.join('').repeat(repeat).replace(/\0/g, ''));
const amount = fc.oneof(
  fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
  fc.constantFrom(0, 1_000_000_000_000, -1_000_000_000_000, 1, -1),
);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const share = fc.double({ min: -10, max: 10, noNaN: true });

function figures() {
  return fc.record({
    target: nullable(amount),
    planned: amount,
    originalPlanned: nullable(amount),
    outcome: amount,
    forecast: amount,
    deviation: nullable(amount),
    riskWeighted: amount,
    stale: amount,
    staleShare: share,
  });
}

export function boardReportArbitrary(): fc.Arbitrary<TBoardReport> {
  const unitIds = [randomUUID(), randomUUID(), randomUUID()];
  const base = boardReportFixture({ measures: 0 });
  const unit = fc.record({
    unitId: fc.constantFrom(...unitIds),
    path: text,
    name: text,
    analysis: nullable(fc.record({ text, byName: text, at: text })),
    comments: fc.array(fc.record({ code: text, comment: text, byName: text }), { maxLength: 3 }),
  });
  const measure = fc.record({
    id: fc.constant(randomUUID()),
    code: text,
    title: text,
    unit: text,
    groupUnitId: fc.constantFrom(...unitIds, randomUUID()),
    responsible: nullable(text),
    planned: amount,
    outcome: amount,
    forecast: amount,
    deviation: amount,
    status: nullable(fc.constantFrom(...REPORT_STATUSES)),
    measureStatus: fc.constantFrom(...MEASURE_STATUSES),
    comment: nullable(text),
    lastReported: nullable(text),
    stale: fc.boolean(),
  });
  const decision = fc.record({
    id: fc.constant(randomUUID()),
    body: text,
    meetingDate: fc.oneof(text, fc.constant('2024-02-30'), fc.constant('2024-03-12')),
    paragraph: nullable(text),
    kind: fc.constantFrom(...DECISION_KINDS),
    text,
    dueOn: nullable(text),
    assignmentStatus: nullable(fc.oneof(text, fc.constant('open'))),
    attachmentUrl: nullable(text),
    measureCodes: fc.array(text, { maxLength: 3 }),
  });
  const step = fc.record({ label: text, amount, kind: fc.constantFrom('start', 'step', 'end' as const) });
  return fc
    .record({
      organisation: text,
      plan: fc.record({ name: text }),
      unit: fc.record({ path: text, name: text }),
      period: text,
      asOf: nullable(text),
      generatedAt: fc.oneof(text, fc.constant('2024-09-05T12:30:00.000Z')),
      figures: figures(),
      units: fc.array(fc.tuple(unit, figures()), { maxLength: 3 }),
      measures: fc.array(measure, { maxLength: 8 }),
      decisions: fc.array(decision, { maxLength: 3 }),
      codes: fc.array(text, { maxLength: 4 }),
      commitments: fc.array(
        fc.record({
          unit: text,
          manager: nullable(text),
          amount,
          state: fc.constantFrom('pending', 'declined' as const),
          declineReason: nullable(text),
        }),
        { maxLength: 3 },
      ),
      history: fc.array(
        fc.record({ period: text, forecast: amount, outcome: amount, target: nullable(amount) }),
        {
          maxLength: 12,
        },
      ),
      savingsTypes: fc.array(
        fc.record({
          savingsType: fc.oneof(fc.constantFrom(...SAVINGS_TYPES, ''), text),
          planned: amount,
          forecast: amount,
        }),
        { maxLength: 6 },
      ),
      waterfall: nullable(
        fc.record({
          scenarioName: text,
          year: fc.integer({ min: 1900, max: 2200 }),
          steps: fc.array(step, { maxLength: 8 }),
        }),
      ),
      published: nullable(
        fc.record({ publishedAt: text, byName: text, body: nullable(text), meetingDate: nullable(text) }),
      ),
    })
    .map((g) => ({
      ...base,
      organisation: g.organisation,
      plan: { ...base.plan, name: g.plan.name },
      unit: { ...base.unit, ...g.unit },
      period: g.period,
      asOf: g.asOf,
      generatedAt: g.generatedAt,
      figures: g.figures,
      units: g.units.map(([u, f]) => ({ ...u, ...f })),
      measures: g.measures,
      decisions: g.decisions,
      withoutDecision: g.codes,
      missingRiskAnalysis: g.codes.slice(1),
      staleMeasures: g.codes.map((code) => ({ code, responsible: null, lastReported: null })),
      notedDecisions: [...g.codes.slice(0, 1), ...g.decisions.map((d) => d.id)],
      assignmentsPastDue: g.decisions.slice(0, 1),
      commitmentsNotAccepted: g.commitments,
      charts: {
        unitTargets: g.units.map(([u, f]) => ({ path: u.path, target: f.target, forecast: f.forecast })),
        forecastHistory: g.history,
        savingsTypes: g.savingsTypes,
        waterfall: g.waterfall,
      },
      published: g.published ? { id: randomUUID(), ...g.published } : null,
    }));
}
