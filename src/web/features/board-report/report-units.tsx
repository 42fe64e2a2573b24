import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSwedishDateTime } from '../../../shared/date-format';
import type { TBoardReport, TReportUnit } from '../../../shared/schemas/board-report';
import { saveReportAnalysis } from '../../api/board-report';
import { Link } from '../../app/as-of-links';
import { Amount } from '../../components/amount';
import { errorMessage } from '../../components/query-state';
import { measuresHref } from '../overview/figures';

interface Props {
  report: TBoardReport;
  planId: string;
  /** The controller may write each unit's analysis (not on a published or past report). */
  canWrite: boolean;
  onSaved: () => void;
}

/** Per sub-unit: its figures, the controller's analysis and, beside it, the managers' comments compiled. */
export function ReportUnits({ report, planId, canWrite, onSaved }: Props) {
  const { t } = useTranslation('boardReport');
  return (
    <section aria-labelledby="board-report-units">
      <h2 id="board-report-units">{t('units.heading')}</h2>
      {report.units.map((unit) => (
        <article key={unit.unitId} className="board-report-unit" aria-labelledby={`unit-${unit.unitId}`}>
          <h3 id={`unit-${unit.unitId}`}>
            <Link to={measuresHref(planId, { year: report.year, unitId: unit.unitId })}>
              {unit.unitId === report.unit.id ? t('units.own', { name: unit.name }) : unit.name}
            </Link>
          </h3>
          <UnitFigures unit={unit} href={measuresHref(planId, { year: report.year, unitId: unit.unitId })} />
          <div className="board-report-unit-texts">
            <Analysis unit={unit} report={report} planId={planId} canWrite={canWrite} onSaved={onSaved} />
            <div>
              <h4>{t('units.comments')}</h4>
              {unit.comments.length === 0 ? (
                <p className="help">{t('units.noComments')}</p>
              ) : (
                <ul className="board-report-comments">
                  {unit.comments.map((c) => (
                    <li key={c.code}>
                      <strong>{c.code}</strong> {c.comment} <span className="help">– {c.byName}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </article>
      ))}
    </section>
  );
}

/** The unit's figures, each a link to the unit's measures (the ones behind it). */
function UnitFigures({ unit, href }: { unit: TReportUnit; href: string }) {
  const { t } = useTranslation('boardReport');
  const keys = ['target', 'planned', 'outcome', 'forecast', 'deviation', 'stale'] as const;
  return (
    <dl className="board-report-unit-figures">
      {keys.map((key) => (
        <div key={key}>
          <dt>{t(`figures.${key}`)}</dt>
          <dd>
            {unit[key] === null ? (
              <Amount kronor={null} />
            ) : (
              <Link to={href}>
                <Amount kronor={unit[key]} />
                <span className="visually-hidden">, {t('figures.showMeasures')}</span>
              </Link>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Analysis({ unit, report, planId, canWrite, onSaved }: { unit: TReportUnit } & Props) {
  const { t } = useTranslation('boardReport');
  const [text, setText] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const fieldId = `analysis-${unit.unitId}`;
  const save = async () => {
    if (text === undefined) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await saveReportAnalysis(planId, {
        orgUnitId: unit.unitId,
        period: report.period,
        text,
        version: unit.analysis?.version,
      });
      setText(undefined);
      setSaved(true);
      onSaved();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <h4>{t('units.analysis')}</h4>
      {text === undefined ? (
        <>
          {unit.analysis ? (
            <>
              <p className="board-report-analysis">{unit.analysis.text}</p>
              <p className="help">
                {t('units.analysisBy', {
                  by: unit.analysis.byName,
                  when: formatSwedishDateTime(unit.analysis.at),
                })}
              </p>
            </>
          ) : (
            <p className="help">{t('units.noAnalysis')}</p>
          )}
          {saved ? (
            <p className="alert alert-ok" role="status">
              {t('units.saved')}
            </p>
          ) : null}
          {canWrite ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setSaved(false);
                setText(unit.analysis?.text ?? '');
              }}
            >
              {t('units.edit')}
            </button>
          ) : null}
        </>
      ) : (
        <div className="field field-wide">
          <label htmlFor={fieldId}>{t('units.editLabel', { unit: unit.name })}</label>
          <textarea
            id={fieldId}
            rows={6}
            value={text}
            maxLength={20_000}
            onChange={(event) => setText(event.target.value)}
            aria-describedby={failure ? `${fieldId}-error` : undefined}
          />
          {failure ? (
            <p id={`${fieldId}-error`} className="alert alert-error" role="alert">
              {failure}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="button" disabled={busy} onClick={save}>
              {t('units.save')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setText(undefined)}>
              {t('units.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
