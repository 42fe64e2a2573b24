import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { isCalendarDay, parseAsOf } from '../../shared/instant';
import { useAsOfInstant } from '../app/as-of';
import { AS_OF_PARAM, asOfInputs, asOfValue, searchWithoutAsOf } from '../app/as-of-model';
import { IsoDateInput } from './iso-date-input';

function focusById(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * "Visa per" in the app shell: a date typed `ÅÅÅÅ-MM-DD` and an optional time; "Visa" puts them in the address (`?per=`) and
 * every view then shows what was known at the end of that day or minute; "Nuläge" goes back to the present.
 */
export function AsOfControl() {
  const { per } = useAsOfInstant();
  // A new `per` in the address (a link, back, "Nuläge") starts the inputs afresh.
  return <AsOfForm key={per ?? ''} per={per} />;
}

function AsOfForm({ per }: { per: string | undefined }) {
  const { t } = useTranslation();
  const [, setSearch] = useSearchParams();
  const id = useId();
  const dateId = `${id}-date`;
  const [inputs, setInputs] = useState(() => asOfInputs(per));
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const date = inputs.date.trim();
    const value = asOfValue(date, inputs.time);
    if (!isCalendarDay(date) || parseAsOf(value) === undefined) {
      setError(t('asOf.invalidInput'));
      focusById(dateId);
      return;
    }
    setError(undefined);
    setSearch((current) => {
      const next = new URLSearchParams(current);
      next.set(AS_OF_PARAM, value);
      return next;
    });
  };
  const toNow = () => {
    setSearch((current) => {
      const next = new URLSearchParams(current);
      next.delete(AS_OF_PARAM);
      return next;
    });
    focusById(dateId);
  };
  const describedBy = [`${id}-help`, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <form className="as-of-form" aria-label={t('asOf.formLabel')} onSubmit={submit} noValidate>
      <div className="as-of-fields">
        <div className="as-of-field">
          <label htmlFor={dateId}>{t('asOf.label')}</label>
          <IsoDateInput
            id={dateId}
            size={11}
            value={inputs.date}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(date) => setInputs((current) => ({ ...current, date }))}
          />
        </div>
        <div className="as-of-field">
          <label htmlFor={`${id}-time`}>{t('asOf.time')}</label>
          <input
            id={`${id}-time`}
            type="time"
            value={inputs.time}
            onChange={(event) => setInputs((current) => ({ ...current, time: event.target.value }))}
          />
        </div>
      </div>
      <p id={`${id}-help`} className="help">
        {t('asOf.help')}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="as-of-actions">
        <button type="submit" className="button button-small">
          {t('asOf.apply')}
          {/* Its own name among the page's buttons (the follow-up page has a "Visa" of its own). */}
          <span className="visually-hidden"> {t('asOf.applyMore')}</span>
        </button>
        {per ? (
          <button type="button" className="button button-small" onClick={toNow}>
            {t('asOf.now')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The link back to the present: the same view and filters, without `per`; focus goes to the content. */
export function BackToNow({ className }: { className?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Link
      to={{ pathname: location.pathname, search: searchWithoutAsOf(location.search) }}
      className={className}
      onClick={() => focusById('main')}
    >
      {t('asOf.backToNow')}
    </Link>
  );
}

/**
 * At the top of the content while the address shows the past: as of when, that nothing can be changed, and
 * the way back. An address whose `per` cannot be read says so (the server's message is in the view).
 */
export function AsOfBanner() {
  const { t } = useTranslation();
  const { per, instant, when } = useAsOfInstant();
  if (!per) return null;
  return (
    <div className="as-of-banner" role="status" data-testid="as-of-banner">
      <p>{instant ? t('asOf.banner', { when }) : t('asOf.bannerInvalid', { per })}</p>
      <p>
        <BackToNow />
      </p>
    </div>
  );
}

/**
 * What a view says when the plan (or whatever it shows) is not there: as of a past instant, that it did not
 * exist then, else `children` (the view's own words).
 */
export function MissingAsOf({ what, children }: { what: 'plan' | 'measure'; children: ReactNode }) {
  const { t } = useTranslation();
  const { per, instant, when } = useAsOfInstant();
  if (!per || !instant) return <>{children}</>;
  return (
    <div className="alert alert-warning" role="alert" data-testid="missing-as-of">
      <p>{t(`asOf.missing.${what}`, { when })}</p>
      <p>
        <BackToNow />
      </p>
    </div>
  );
}

/** A page where one changes things (reporting, import): there is nothing to do as of a past instant. */
export function NotAsOf({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { per, when } = useAsOfInstant();
  if (!per) return <>{children}</>;
  return (
    <div className="alert alert-warning" data-testid="not-as-of">
      <p>{t('asOf.notAvailable', { when })}</p>
      <p>
        <BackToNow />
      </p>
    </div>
  );
}

/**
 * The reporting rounds and their progress are shown as they are now (the API has no "as of" for them), the
 * figures as they were known: say so on the follow-up pages while the view shows the past.
 */
export function RoundsAreNow() {
  const { t } = useTranslation();
  const { instant, when } = useAsOfInstant();
  if (!instant) return null;
  return <p className="help as-of-note">{t('asOf.roundsNow', { when })}</p>;
}
