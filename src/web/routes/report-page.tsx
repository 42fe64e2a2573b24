import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMyReports } from '../../shared/schemas/report';
import type { TRound } from '../../shared/schemas/round';
import { getMyReports, listOpenRounds } from '../api/reports';
import { usePlanLocation } from '../app/plan-context';
import { NotAsOf } from '../components/as-of';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { AllUnchangedPanel } from '../features/report/all-unchanged-panel';
import { isPastDeadline, progressOf, swedishToday } from '../features/report/report-form';
import { ReportRow } from '../features/report/report-row';

const myReportsKey = (roundId: string) => ['my-reports', roundId] as const;

/** Every query a report changes: the plan's figures, the rounds' progress and this page. */
function useInvalidateAfterWrite() {
  const client = useQueryClient();
  return useCallback(() => {
    void client.invalidateQueries({ queryKey: ['summary'] });
    void client.invalidateQueries({ queryKey: ['rounds'] });
    void client.invalidateQueries({ queryKey: ['my-reports'] });
  }, [client]);
}

function RoundFacts({ round, data }: { round: TRound; data: TMyReports }) {
  const { t } = useTranslation('report');
  const overdue = isPastDeadline(round.deadline, swedishToday());
  const progress = progressOf(data.items);
  return (
    <dl className="report-facts">
      <div>
        <dt>{t('period')}</dt>
        <dd data-testid="round-period">{round.period}</dd>
      </div>
      <div>
        <dt>{t('deadline')}</dt>
        <dd>
          {round.deadline}
          {overdue ? <span className="report-overdue"> {t('overdue')}</span> : null}
        </dd>
      </div>
      <div>
        <dt>{t('progressLabel')}</dt>
        <dd data-testid="round-progress">{t('progress', progress)}</dd>
      </div>
    </dl>
  );
}

function RoundReports({ planId, round }: { planId: string; round: TRound }) {
  const { t } = useTranslation('report');
  const query = useQuery({ queryKey: myReportsKey(round.id), queryFn: () => getMyReports(round.id) });
  const invalidate = useInvalidateAfterWrite();
  const dirty = useRef(new Set<string>());
  const onDirty = useCallback((measureId: string, value: boolean) => {
    if (value) dirty.current.add(measureId);
    else dirty.current.delete(measureId);
  }, []);
  // Values typed but not stored (a draft waiting, or one the network refused) would be lost by closing or
  // reloading the page: the browser asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current.size > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);
  return (
    <QueryState query={query}>
      {(data) => {
        return (
          <>
            <RoundFacts round={round} data={data} />
            {data.items.length === 0 ? (
              <p className="report-empty">{t('noItems')}</p>
            ) : (
              <>
                <AllUnchangedPanel
                  roundId={round.id}
                  items={data.items}
                  permille={data.deviationCommentPermille}
                  typed={() => dirty.current}
                  onWritten={invalidate}
                />
                <div className="report-table-wrap">
                  <table className="report-table">
                    <caption className="visually-hidden">{t('caption', { period: round.period })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('col.measure')}</th>
                        <th scope="col">{t('col.planned', { year: data.year })}</th>
                        <th scope="col">{t('col.previous')}</th>
                        <th scope="col">{t('col.outcome')}</th>
                        <th scope="col">{t('col.forecast')}</th>
                        <th scope="col">{t('col.status')}</th>
                        <th scope="col">{t('col.comment')}</th>
                        <th scope="col">{t('col.state')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.items.map((item) => (
                        <ReportRow
                          key={item.measureId}
                          planId={planId}
                          period={round.period}
                          item={item}
                          permille={data.deviationCommentPermille}
                          onWritten={invalidate}
                          onDirty={onDirty}
                        />
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </>
        );
      }}
    </QueryState>
  );
}

/** "Att rapportera": the manager's measures in the plan's open round, reported on one page. */
export function ReportPage() {
  const { t } = useTranslation('report');
  usePageTitle(t('title'));
  return (
    <section className="report-page">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {/* Reporting writes: there is nothing to report as of a past instant. */}
      <NotAsOf>
        <OpenRounds />
      </NotAsOf>
    </section>
  );
}

function OpenRounds() {
  const { t } = useTranslation('report');
  const { planId, search, setSearch } = usePlanLocation();
  const rounds = useQuery({
    queryKey: ['rounds', planId, 'open'],
    queryFn: () => listOpenRounds(planId ?? ''),
    enabled: planId !== undefined,
  });
  const selectId = useId();

  return (
    <QueryState query={rounds}>
      {(open) => {
        if (open.length === 0 || !planId) return <p className="report-empty">{t('noRounds')}</p>;
        const asked = search.get('omgang');
        const round = open.find((r) => r.id === asked) ?? open[0]!;
        return (
          <>
            {open.length > 1 ? (
              <div className="report-round-select">
                <label htmlFor={selectId}>{t('chooseRound')}</label>
                <select
                  id={selectId}
                  value={round.id}
                  onChange={(e) => {
                    const next = new URLSearchParams(search);
                    next.set('omgang', e.target.value);
                    setSearch(next);
                  }}
                >
                  {open.map((r) => (
                    <option key={r.id} value={r.id}>
                      {t('roundOption', {
                        period: r.period,
                        unit: r.orgUnitPath.split(' / ').at(-1),
                        deadline: r.deadline,
                      })}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <RoundReports key={round.id} planId={planId} round={round} />
          </>
        );
      }}
    </QueryState>
  );
}
