import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TAuditEntry } from '../../../shared/schemas/audit';
import { useAsOfInstant } from '../../app/as-of';
import { Link } from '../../app/as-of-links';
import { AS_OF_PARAM, instantBefore, isKnownAt } from '../../app/as-of-model';
import { fieldValueText } from '../../components/field-value';
import { errorMessage } from '../../components/query-state';
import { formatDate, formatMoment, formatMonth, unitPath, userName } from './display';
import { tkrText } from './effects-grid';
import type { MeasureContext } from './form-api';
import { type HistoryChange, historyChanges } from './history';
import { useMeasureHistory } from './queries';
import { MeasureSection } from './section';

const AMOUNTS = new Set(['investment', 'oneOffCost', 'runningCostPerYear']);
const MONTHS = new Set(['startMonth', 'endMonth', 'fullEffectMonth']);

type Format = (value: unknown) => string;

function valueText(
  field: string,
  value: unknown,
  t: TFunction,
  context: MeasureContext,
  language: string,
): string {
  if (value === null || value === undefined || value === '') return '–';
  if (AMOUNTS.has(field) && typeof value === 'number') return `${tkrText(value, language)} tkr`;
  if (MONTHS.has(field) && typeof value === 'string') return formatMonth(value);
  if (field === 'riskAnalysisDoneOn' && typeof value === 'string') return formatDate(value);
  if (field === 'orgUnitId' && typeof value === 'string') return unitPath(context.units, value);
  if (field === 'responsibleUserId' && typeof value === 'string')
    return userName(context.users, value) ?? value;
  if (field === 'programmes' && Array.isArray(value)) return value.length > 0 ? value.join(', ') : '–';
  if (field === 'milestones' && Array.isArray(value)) {
    const list = value as { title: string; dueOn?: string | null; doneOn?: string | null }[];
    if (list.length === 0) return '–';
    return list
      .map((m) => `${m.title}${m.dueOn ? ` (${formatDate(m.dueOn)})` : ''}${m.doneOn ? ' ✓' : ''}`)
      .join('; ');
  }
  if (field === 'costShifts' && Array.isArray(value)) {
    const list = value as { bearingOrgUnitId: string; year: number; amount: number }[];
    if (list.length === 0) return '–';
    return list
      .map(
        (s) => `${unitPath(context.units, s.bearingOrgUnitId)} ${s.year}: ${tkrText(s.amount, language)} tkr`,
      )
      .join('; ');
  }
  return fieldValueText(field, value, t);
}

function ChangeLine({
  change,
  format,
}: {
  change: HistoryChange;
  format: (c: HistoryChange) => [string, Format];
}) {
  const { t } = useTranslation('measure');
  const [label, text] = format(change);
  return (
    <li>
      <span className="history-field">{label}:</span>{' '}
      <span className="history-before">{text(change.before)}</span> <span aria-hidden="true">→</span>
      <span className="visually-hidden"> {t('history.to')} </span>{' '}
      <span className="history-after">{text(change.after)}</span>
    </li>
  );
}

/**
 * "Visa som före ändringen": the measure page as of one millisecond before the change (a change is known from
 * the start of its transaction, the entry's time), so an auditor sees the measure as it was just before.
 */
function BeforeChangeLink({ entry, planId }: { entry: TAuditEntry; planId: string }) {
  const { t } = useTranslation('measure');
  const before = instantBefore(entry.at);
  if (!before) return null;
  const search = new URLSearchParams({ [AS_OF_PARAM]: before });
  return (
    <Link
      to={`/planer/${planId}/atgarder/${entry.entityId}?${search.toString()}`}
      className="history-before-link"
    >
      {t('history.showBefore')}
      <span className="visually-hidden">
        {' '}
        {t('history.showBeforeWhen', { at: formatMoment(entry.at), actor: entry.actor })}
      </span>
    </Link>
  );
}

function Entry({ entry, context }: { entry: TAuditEntry; context: MeasureContext }) {
  const { t, i18n } = useTranslation('measure');
  const language = i18n.language;
  const changes = entry.action === 'update' ? historyChanges(entry.before, entry.after) : [];
  const format = (change: HistoryChange): [string, Format] => {
    if (change.kind === 'effect') {
      return [
        t('history.effect', { costType: t(`enums:costType.${change.costType}`), year: change.year }),
        (v) => (typeof v === 'number' ? `${tkrText(v, language)} tkr` : '–'),
      ];
    }
    if (change.kind === 'risk') {
      const perspective = t(`enums:riskPerspective.${change.perspective}`);
      if (change.part === 'level') {
        return [t('risk.levelLabel', { perspective }), (v) => (v ? t(`enums:riskLevel.${String(v)}`) : '–')];
      }
      return [t('risk.textLabel', { perspective }), (v) => (v ? String(v) : '–')];
    }
    return [t(`fields:${change.field}`), (v) => valueText(change.field, v, t, context, language)];
  };
  return (
    <li className="history-entry">
      <p className="history-head">
        <strong>{entry.actor}</strong> {t(`history.action.${entry.action}`)}{' '}
        <time dateTime={entry.at}>{formatMoment(entry.at)}</time>{' '}
        <BeforeChangeLink entry={entry} planId={context.plan.id} />
      </p>
      {entry.action === 'update' ? (
        changes.length > 0 ? (
          <ul className="history-changes">
            {changes.map((change, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the changes of one entry never reorder
              <ChangeLine key={index} change={change} format={format} />
            ))}
          </ul>
        ) : (
          <p className="help">{t('history.noChanges')}</p>
        )
      ) : null}
    </li>
  );
}

/** Who changed what, when: the measure's audit log, newest first, with before → after for every field. */
export function HistorySection({ measureId, context }: { measureId: string; context: MeasureContext }) {
  const { t } = useTranslation('measure');
  const history = useMeasureHistory(measureId);
  const { instant } = useAsOfInstant();
  // As of a past instant, only the changes known then (the log itself is append-only, never "as of").
  const entries = (history.data?.pages.flatMap((p) => p.items) ?? []).filter(
    (entry) => instant === undefined || isKnownAt(entry.at, instant),
  );
  return (
    <MeasureSection id="historik" title={t('sections.history')}>
      {history.isPending ? (
        <p className="loading" role="status">
          {t('common:loading')}
        </p>
      ) : null}
      {history.isError ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(history.error)}
        </p>
      ) : null}
      {history.isSuccess && entries.length === 0 ? <p className="empty-value">{t('history.none')}</p> : null}
      <ol className="history" data-testid="history">
        {entries.map((entry) => (
          <Entry key={entry.id} entry={entry} context={context} />
        ))}
      </ol>
      {history.hasNextPage ? (
        <button
          type="button"
          className="button"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {t('history.more')}
        </button>
      ) : null}
    </MeasureSection>
  );
}
