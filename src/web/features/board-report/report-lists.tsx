import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TBoardReport } from '../../../shared/schemas/board-report';
import { Link } from '../../app/as-of-links';
import { Amount } from '../../components/amount';

/** What the board must see (SPEC §8): measures without a decision or RKA, stale data, overdue assignments. */
export function ReportLists({ report, planId }: { report: TBoardReport; planId: string }) {
  const { t } = useTranslation('boardReport');
  const idByCode = new Map(report.measures.map((m) => [m.code, m.id]));
  const measureLink = (code: string) => {
    const id = idByCode.get(code);
    return id ? <Link to={`/planer/${planId}/atgarder/${id}?ar=${report.year}`}>{code}</Link> : code;
  };
  const noted = report.decisions.filter((d) => report.notedDecisions.includes(d.id));
  return (
    <section aria-labelledby="board-report-lists" className="board-report-lists">
      <h2 id="board-report-lists">{t('lists.heading')}</h2>
      <List
        title={t('lists.withoutDecision')}
        items={report.withoutDecision.map((code) => [code, measureLink(code)])}
      />
      <List
        title={t('lists.missingRiskAnalysis')}
        items={report.missingRiskAnalysis.map((code) => [code, measureLink(code)])}
        isCodes
      />
      <List
        title={t('lists.staleMeasures')}
        items={report.staleMeasures.map((m) => [
          m.code,
          <>
            {measureLink(m.code)} – {m.responsible ?? t('lists.noManager')},{' '}
            {m.lastReported ? t('lists.lastReported', { period: m.lastReported }) : t('lists.neverReported')}
          </>,
        ])}
      />
      <List
        title={t('lists.notedDecisions')}
        items={noted.map((d) => [d.id, `${d.body} ${d.meetingDate} ${d.paragraph ?? ''} – ${d.text}`])}
      />
      <List
        title={t('lists.assignmentsPastDue')}
        items={report.assignmentsPastDue.map((d) => [
          d.id,
          `${d.body} ${d.paragraph ?? ''} – ${d.text} (${t('lists.due', { date: d.dueOn ?? '' })})`,
        ])}
      />
      <List
        title={t('lists.commitmentsNotAccepted')}
        items={report.commitmentsNotAccepted.map((c) => [
          c.unit,
          <>
            {c.unit} – {c.manager ?? t('lists.noManager')}: <Amount kronor={c.amount} />,{' '}
            {c.state === 'declined'
              ? t('lists.declined', { reason: c.declineReason ?? '' })
              : t('lists.pending')}
          </>,
        ])}
      />
    </section>
  );
}

function List({
  title,
  items,
  isCodes = false,
}: {
  title: string;
  items: readonly (readonly [string, ReactNode])[];
  /** Measure codes only: they flow as one wrapped line instead of one a line. */
  isCodes?: boolean;
}) {
  const { t } = useTranslation('boardReport');
  return (
    <div>
      <h3>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="help">{t('lists.none')}</p>
      ) : (
        <ul className={isCodes ? 'board-report-codes' : undefined}>
          {items.map(([key, content]) => (
            <li key={key}>{content}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
