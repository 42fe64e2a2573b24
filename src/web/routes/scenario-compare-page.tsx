import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TScenarioResult } from '../../shared/schemas/scenario';
import { Link } from '../app/as-of-links';
import { Amount } from '../components/amount';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { useComparison } from '../features/scenario/queries';
import { compareIds, unionYears } from '../features/scenario/scenario-links';

const FIGURES = ['result', 'goal', 'gap', 'requiredPlan', 'deficitOutstanding'] as const;
type Figure = (typeof FIGURES)[number];

function FigureTable({ figure, scenarios }: { figure: Figure; scenarios: readonly TScenarioResult[] }) {
  const { t } = useTranslation('scenario');
  const years = unionYears(scenarios);
  const name = t(`results.${figure}`);
  return (
    <section aria-labelledby={`compare-${figure}`} className="card compare-card" data-figure={figure}>
      <h2 id={`compare-${figure}`}>{name}</h2>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('compare.caption', { figure: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common:nav.year')}</th>
              {scenarios.map((s) => (
                <th key={s.scenario?.id} scope="col" className="num">
                  {s.scenario?.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year} data-year={year}>
                <th scope="row">{year}</th>
                {scenarios.map((s) => {
                  const row = s.years.find((y) => y.year === year);
                  return (
                    <td key={s.scenario?.id} className="num">
                      <Amount kronor={row ? row[figure] : null} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Facts({ scenarios }: { scenarios: readonly TScenarioResult[] }) {
  const { t } = useTranslation('scenario');
  return (
    <table className="table compare-facts">
      <caption>{t('compare.facts')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.name')}</th>
          <th scope="col">{t('compare.baseYear')}</th>
          <th scope="col" className="num">
            {t('header.baseResult')}
          </th>
          <th scope="col">{t('compare.plan')}</th>
        </tr>
      </thead>
      <tbody>
        {scenarios.map((s) => (
          <tr key={s.scenario?.id}>
            <th scope="row">
              <Link to={`/prognosverktyg/${s.scenario?.id}`}>{s.scenario?.name}</Link>
            </th>
            <td>{s.base.year}</td>
            <td className="num">
              <Amount kronor={s.base.result} />
            </td>
            <td>
              {s.plan
                ? t('list.planWith', { plan: s.plan.name, source: t(`planSource.${s.planSource}`) })
                : t('list.noPlan')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Scenarios side by side (`/prognosverktyg/jamfor?ids=a,b`): per year result, goal, gap, required plan, deficit. */
export function ScenarioComparePage() {
  const { t } = useTranslation('scenario');
  usePageTitle(t('compare.title'));
  const [search] = useSearchParams();
  const ids = compareIds(search);
  const comparison = useComparison(ids);
  return (
    <section className="scenario-compare-page">
      <nav aria-label={t('editor.breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/prognosverktyg">{t('title')}</Link>
          </li>
          <li aria-current="page">{t('compare.title')}</li>
        </ol>
      </nav>
      <h1>{t('compare.title')}</h1>
      <p className="lead">{t('compare.lead')}</p>
      {ids.length < 2 ? (
        <p className="alert alert-warning">
          {t('compare.tooFew')} <Link to="/prognosverktyg">{t('compare.back')}</Link>
        </p>
      ) : (
        <QueryState query={comparison}>
          {({ scenarios }) => (
            <>
              <Facts scenarios={scenarios} />
              <div className="compare-grid">
                {FIGURES.map((figure) => (
                  <FigureTable key={figure} figure={figure} scenarios={scenarios} />
                ))}
              </div>
            </>
          )}
        </QueryState>
      )}
    </section>
  );
}
