import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatSwedishDateTime } from '../../shared/date-format';
import type { TRoundCounts, TRoundMeasure, TRoundView } from '../../shared/schemas/round';
import { useAccess } from '../app/access';
import { Link } from '../app/as-of-links';
import { planSearch, usePlanLocation } from '../app/plan-context';
import { RoundsAreNow } from '../components/as-of';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { IfClosedFigures } from '../features/rounds/if-closed-figures';
import { useRoundView } from '../features/rounds/queries';
import { CloseRoundButton, ReopenRoundButton } from '../features/rounds/round-actions';
import { remindText } from '../features/rounds/rounds';
import { StatusBadge } from './rounds-page';

/**
 * The controller's view of a round (`/planer/:planId/uppfoljning/:roundId`): reported, drafts, not reported
 * and overdue per unit, per person and per measure; who to remind; the figures the period would freeze at.
 */
export function RoundPage() {
  const { t } = useTranslation('rounds');
  const { planId = '', roundId = '' } = useParams();
  const view = useRoundView(roundId);
  const round = view.data?.round;
  const { search } = usePlanLocation();
  // Back to Uppföljning with the year and unit the user came with.
  const back = planSearch(
    search.get('ar') ? Number(search.get('ar')) : undefined,
    search.get('enhet') ?? undefined,
  );
  usePageTitle(
    round ? t('view.heading', { period: round.period, unit: round.orgUnitPath }) : t('view.titleFallback'),
  );
  return (
    <div className="round-page">
      <p className="rounds-back">
        <Link to={`/planer/${planId}/uppfoljning${back}`}>{t('view.back')}</Link>
      </p>
      <QueryState query={view}>{(data) => <RoundView planId={planId} view={data} />}</QueryState>
    </div>
  );
}

function RoundView({ planId, view }: { planId: string; view: TRoundView }) {
  const { t } = useTranslation('rounds');
  const [message, setMessage] = useState('');
  const { round } = view;
  const { isAsOf } = useAccess();
  const when = (at: string | null) => (at ? formatSwedishDateTime(at) : '');
  return (
    <>
      <div className="rounds-header">
        <h1>{t('view.heading', { period: round.period, unit: round.orgUnitPath })}</h1>
        {round.canManage && !isAsOf ? (
          <div className="rounds-actions">
            {round.status === 'open' ? (
              <CloseRoundButton view={view} onDone={setMessage} />
            ) : (
              <ReopenRoundButton view={view} onDone={setMessage} />
            )}
          </div>
        ) : null}
      </div>
      <p role="status" className={message ? 'alert alert-ok' : 'visually-hidden'}>
        {message}
      </p>
      <RoundsAreNow />
      <dl className="rounds-facts">
        <div>
          <dt>{t('view.period')}</dt>
          <dd>{round.period}</dd>
        </div>
        <div>
          <dt>{t('view.unit')}</dt>
          <dd>{round.orgUnitPath}</dd>
        </div>
        <div>
          <dt>{t('view.deadline')}</dt>
          <dd>
            {round.deadline} {view.isPastDeadline ? t('view.pastDeadline') : null}
          </dd>
        </div>
        <div>
          <dt>{t('view.status')}</dt>
          <dd data-testid="round-status">
            <StatusBadge status={round.status} />
          </dd>
        </div>
        <div>
          <dt>{t('view.openedBy')}</dt>
          <dd>
            {t('view.byAt', { name: round.openedByName ?? t('view.unknown'), at: when(round.openedAt) })}
          </dd>
        </div>
        {round.closedAt ? (
          <div>
            <dt>{t('view.closedBy')}</dt>
            <dd>
              {t('view.byAt', { name: round.closedByName ?? t('view.unknown'), at: when(round.closedAt) })}
            </dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="round-totals" className="rounds-section">
        <h2 id="round-totals">{t('view.totals')}</h2>
        <dl className="key-figures rounds-totals" data-testid="round-totals">
          {COUNT_KEYS.map((key) => (
            <div key={key} className="key-figure">
              <dt>{t(`view.${key}`)}</dt>
              <dd data-testid={`round-total-${key}`}>{view.totals[key]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <IfClosedFigures planId={planId} view={view} />
      <RemindList view={view} />

      <section aria-labelledby="round-units" className="rounds-section">
        <h2 id="round-units">{t('view.perUnit')}</h2>
        <div className="table-scroll">
          <table className="table" data-testid="round-units">
            <thead>
              <tr>
                <th scope="col">{t('view.unit')}</th>
                <CountHeaders />
              </tr>
            </thead>
            <tbody>
              {view.units.map((unit) => (
                <tr key={unit.orgUnitId}>
                  <th scope="row">{unit.orgUnitPath}</th>
                  <CountCells counts={unit} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="round-people" className="rounds-section">
        <h2 id="round-people">{t('view.perPerson')}</h2>
        <div className="table-scroll">
          <table className="table" data-testid="round-people">
            <thead>
              <tr>
                <th scope="col">{t('view.person')}</th>
                <CountHeaders />
                <th scope="col">{t('view.unreportedCodes')}</th>
              </tr>
            </thead>
            <tbody>
              {view.people.map((person) => (
                <tr key={`${person.responsible.userId ?? ''}|${person.responsible.name ?? ''}`}>
                  <th scope="row">{person.responsible.name ?? t('view.noResponsible')}</th>
                  <CountCells counts={person} />
                  <td>{person.unreportedCodes.join(', ') || t('common:none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <MeasureTable planId={planId} measures={view.measures} />
    </>
  );
}

const COUNT_KEYS = ['due', 'reported', 'drafts', 'notReported', 'overdue'] as const;

function CountHeaders() {
  const { t } = useTranslation('rounds');
  return (
    <>
      {COUNT_KEYS.map((key) => (
        <th key={key} scope="col" className="num">
          {t(`view.${key}`)}
        </th>
      ))}
    </>
  );
}

function CountCells({ counts }: { counts: TRoundCounts }) {
  return (
    <>
      {COUNT_KEYS.map((key) => (
        <td key={key} className="num" data-count={key}>
          {counts[key]}
        </td>
      ))}
    </>
  );
}

function RemindList({ view }: { view: TRoundView }) {
  const { t } = useTranslation('rounds');
  const id = useId();
  const [copied, setCopied] = useState('');
  const { round, remind } = view;
  const copy = async () => {
    const text = remindText(
      remind,
      t('view.remindTitle', { period: round.period, deadline: round.deadline }),
      t('view.noResponsible'),
    );
    try {
      await navigator.clipboard.writeText(text);
      setCopied(t('view.remindCopied'));
    } catch {
      setCopied(t('view.remindCopyFailed'));
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="rounds-section">
      <h2 id={`${id}-heading`}>{t('view.remindHeading')}</h2>
      {remind.length === 0 ? (
        <p>{t('view.remindNone')}</p>
      ) : (
        <>
          <ul className="rounds-remind" data-testid="remind-list">
            {remind.map((entry) => (
              <li key={`${entry.responsible.userId ?? ''}|${entry.responsible.name ?? ''}`}>
                <strong>{entry.responsible.name ?? t('view.noResponsible')}</strong>:{' '}
                {entry.measureCodes.join(', ')}
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => void copy()}>
            {t('view.remindCopy')}
          </button>
        </>
      )}
      <p role="status" className="help rounds-copied">
        {copied}
      </p>
    </section>
  );
}

const STATE_CLASS: Record<TRoundMeasure['state'], string> = {
  reported: 'badge badge-ok',
  draft: 'badge badge-warning',
  notReported: 'badge',
  overdue: 'badge rounds-overdue',
};

function MeasureTable({ planId, measures }: { planId: string; measures: TRoundMeasure[] }) {
  const { t } = useTranslation('rounds');
  return (
    <section aria-labelledby="round-measures" className="rounds-section">
      <h2 id="round-measures">{t('view.measures')}</h2>
      {measures.length === 0 ? (
        <p>{t('view.noMeasures')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="round-measures">
            <thead>
              <tr>
                <th scope="col">{t('view.code')}</th>
                <th scope="col">{t('view.measure')}</th>
                <th scope="col">{t('view.unit')}</th>
                <th scope="col">{t('view.responsible')}</th>
                <th scope="col">{t('view.state')}</th>
                <th scope="col">{t('view.reportedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {measures.map((measure) => (
                <tr key={measure.measureId} data-code={measure.code} data-state={measure.state}>
                  <th scope="row">
                    <Link to={`/planer/${planId}/atgarder/${measure.measureId}`}>{measure.code}</Link>
                  </th>
                  <td>{measure.title}</td>
                  <td>{measure.orgUnitPath}</td>
                  <td data-column="responsible">{measure.responsible.name ?? t('view.noResponsible')}</td>
                  <td data-column="state">
                    <span className={STATE_CLASS[measure.state]}>{t(`states.${measure.state}`)}</span>
                  </td>
                  <td>{measure.reportedByName ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
