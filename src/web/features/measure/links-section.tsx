import { useQueries, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURE_LINK_KINDS, type MeasureLinkKind } from '../../../shared/enums';
import type { TMeasure } from '../../../shared/schemas/measure';
import { getMeasure, listMeasures } from '../../api/endpoints';
import { useAsOf } from '../../app/as-of';
import { Link } from '../../app/as-of-links';
import { CostShiftsFields, CostShiftsView } from './cost-shifts';
import { rowKey } from './draft';
import type { MeasureContext, MeasureFormApi } from './form-api';
import { CellSelect } from './form-fields';
import { measureKey } from './queries';
import { MeasureSection } from './section';

/** The code and title of each linked measure (from the same cache as the measure page). */
function useLinkedMeasures(ids: readonly string[]) {
  const asOf = useAsOf();
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: measureKey(id, asOf),
      queryFn: () => getMeasure(id, asOf),
      staleTime: 60_000,
    })),
  });
  return new Map(ids.map((id, i) => [id, results[i]?.data]));
}

function MeasureName({ planId, id, measure }: { planId: string; id: string; measure: TMeasure | undefined }) {
  const { t } = useTranslation('measure');
  if (!measure) return <span className="empty-value">{t('links.unknown')}</span>;
  return (
    <Link to={`/planer/${planId}/atgarder/${id}`}>
      {measure.code} {measure.title}
    </Link>
  );
}

export function LinksView({ measure, context }: { measure: TMeasure; context: MeasureContext }) {
  const { t } = useTranslation('measure');
  const linked = useLinkedMeasures(measure.links.map((l) => l.measureId));
  return (
    <MeasureSection id="beroenden" title={t('sections.links')}>
      <h3>{t('links.title')}</h3>
      {measure.links.length === 0 ? (
        <p className="empty-value">{t('links.none')}</p>
      ) : (
        <ul className="link-list">
          {measure.links.map((link) => (
            <li key={`${link.measureId}-${link.kind}`}>
              <span className="badge">{t(`enums:linkKind.${link.kind}`)}</span>{' '}
              <MeasureName planId={measure.planId} id={link.measureId} measure={linked.get(link.measureId)} />
            </li>
          ))}
        </ul>
      )}
      <CostShiftsView measure={measure} context={context} />
    </MeasureSection>
  );
}

/** Finds measures of the plan by code or title, to link to. */
function LinkSearch({
  planId,
  exclude,
  onAdd,
}: {
  planId: string;
  exclude: ReadonlySet<string>;
  onAdd: (measure: TMeasure) => void;
}) {
  const { t } = useTranslation('measure');
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const search = useQuery({
    queryKey: ['measures', planId, 'link-search', q],
    queryFn: () => listMeasures(planId, { q, limit: 12, sort: 'code' }),
    enabled: q.length > 0,
  });
  const hits = (search.data?.items ?? []).filter((m) => !exclude.has(m.id));
  return (
    <div className="link-search">
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('links.search')}</label>
        <p id={`${id}-help`} className="help">
          {t('links.searchHelp')}
        </p>
        <input
          ref={input}
          id={`${id}-q`}
          type="search"
          value={text}
          aria-describedby={`${id}-help`}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <p className="visually-hidden" role="status">
        {q && search.data ? t('links.hits', { count: hits.length }) : ''}
      </p>
      {q && hits.length > 0 ? (
        <ul className="search-hits" aria-label={t('links.hitsLabel')}>
          {hits.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  onAdd(m);
                  setText('');
                  input.current?.focus();
                }}
              >
                {t('links.add', { code: m.code, title: m.title })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {q && search.data && hits.length === 0 ? <p className="help">{t('links.noHits')}</p> : null}
    </div>
  );
}

export function LinksFields({
  form,
  context,
  measureId,
}: {
  form: MeasureFormApi;
  context: MeasureContext;
  measureId: string | undefined;
}) {
  const { t } = useTranslation('measure');
  const { draft, update, errorOf } = form;
  const linked = useLinkedMeasures(draft.links.map((l) => l.measureId));
  const exclude = new Set([...(measureId ? [measureId] : []), ...draft.links.map((l) => l.measureId)]);
  const setKind = (index: number, kind: MeasureLinkKind) =>
    update({ links: draft.links.map((l, i) => (i === index ? { ...l, kind } : l)) });
  return (
    <MeasureSection id="beroenden" title={t('sections.links')}>
      <h3>{t('links.title')}</h3>
      {draft.links.length === 0 ? <p className="empty-value">{t('links.none')}</p> : null}
      {draft.links.length > 0 ? (
        <div className="table-scroll">
          <table className="table edit-table">
            <caption className="visually-hidden">{t('links.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('links.measure')}</th>
                <th scope="col">{t('links.kind')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.links.map((link, index) => {
                const other = linked.get(link.measureId);
                const name = other ? `${other.code} ${other.title}` : link.measureId;
                return (
                  <tr key={link.key}>
                    <th scope="row" id={`measure-links-${index}-measureId`} tabIndex={-1}>
                      <MeasureName planId={context.plan.id} id={link.measureId} measure={other} />
                    </th>
                    <td>
                      <CellSelect
                        field={`links.${index}.kind`}
                        label={t('links.kindLabel', { name })}
                        value={link.kind}
                        onChange={(kind) => setKind(index, kind as MeasureLinkKind)}
                        options={MEASURE_LINK_KINDS.map((k) => ({
                          value: k,
                          label: t(`enums:linkKind.${k}`),
                        }))}
                        error={errorOf(`links.${index}.measureId`)}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-small button-danger"
                        aria-label={t('links.remove', { name })}
                        onClick={() => update({ links: draft.links.filter((_, i) => i !== index) })}
                      >
                        {t('remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <LinkSearch
        planId={context.plan.id}
        exclude={exclude}
        onAdd={(m) =>
          update({ links: [...draft.links, { key: rowKey(), measureId: m.id, kind: 'dependsOn' }] })
        }
      />
      <CostShiftsFields form={form} context={context} />
    </MeasureSection>
  );
}
