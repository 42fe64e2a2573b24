import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, MEASURE_STATUSES, SAVINGS_TYPES } from '../../../shared/enums';
import { FEASIBLE, type GridFilters, hasNarrowingFilters, MISSING } from './grid-filters';

interface Props {
  filters: GridFilters;
  groupOptions: readonly string[];
  onChange: (changes: Partial<GridFilters>, options?: { replace?: boolean }) => void;
}

interface Choice {
  value: string;
  label: string;
}

function FilterSelect({
  label,
  value,
  choices,
  allLabel,
  onChange,
  testId,
}: {
  label: string;
  value: string | undefined;
  choices: readonly Choice[];
  allLabel?: string;
  onChange: (value: string | undefined) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
        data-testid={testId}
      >
        {allLabel ? <option value="">{allLabel}</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The grid's filters as labelled native controls; every change goes to the address. */
export function GridToolbar({ filters, groupOptions, onChange }: Props) {
  const { t } = useTranslation('grid');
  const searchId = useId();
  const [query, setQuery] = useState(filters.q ?? '');
  useEffect(() => setQuery(filters.q ?? ''), [filters.q]);
  const all = t('filters.all');
  const missing = { value: MISSING, label: t('filters.missing') };
  const groups =
    filters.group && !groupOptions.includes(filters.group) && filters.group !== MISSING
      ? [...groupOptions, filters.group]
      : groupOptions;
  return (
    <fieldset className="toolbar grid-toolbar">
      <legend className="visually-hidden">{t('filters.label')}</legend>
      <div className="field grid-search">
        <label htmlFor={searchId}>{t('filters.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(event) => {
            setQuery(event.target.value);
            onChange({ q: event.target.value || undefined }, { replace: true });
          }}
        />
      </div>
      <FilterSelect
        label={t('filters.status')}
        value={filters.status}
        allLabel={all}
        choices={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`enums:status.${s}`) }))}
        onChange={(value) => onChange({ status: value as GridFilters['status'] })}
        testId="filter-status"
      />
      <FilterSelect
        label={t('filters.category')}
        value={filters.category}
        allLabel={all}
        choices={[...CATEGORIES.map((c) => ({ value: c, label: t(`enums:category.${c}`) })), missing]}
        onChange={(value) => onChange({ category: value as GridFilters['category'] })}
        testId="filter-category"
      />
      <FilterSelect
        label={t('filters.savingsType')}
        value={filters.savingsType}
        allLabel={all}
        choices={[...SAVINGS_TYPES.map((s) => ({ value: s, label: t(`enums:savingsType.${s}`) })), missing]}
        onChange={(value) => onChange({ savingsType: value as GridFilters['savingsType'] })}
        testId="filter-savings-type"
      />
      <FilterSelect
        label={t('filters.feasibility')}
        value={filters.feasibility}
        allLabel={all}
        choices={[
          ...['1', '2', '3'].map((f) => ({ value: f, label: f })),
          { value: FEASIBLE, label: t('filters.feasible') },
          missing,
        ]}
        onChange={(value) => onChange({ feasibility: value as GridFilters['feasibility'] })}
        testId="filter-feasibility"
      />
      <FilterSelect
        label={t('filters.group')}
        value={filters.group}
        allLabel={all}
        choices={[...groups.map((g) => ({ value: g, label: g })), missing]}
        onChange={(value) => onChange({ group: value })}
        testId="filter-group"
      />
      <FilterSelect
        label={t('filters.groupBy')}
        value={filters.groupBy === 'unit' ? 'unit' : ''}
        choices={[
          { value: '', label: t('filters.groupByNone') },
          { value: 'unit', label: t('filters.groupByUnit') },
        ]}
        onChange={(value) => onChange({ groupBy: value === 'unit' ? 'unit' : undefined })}
        testId="filter-group-by"
      />
      <button
        type="button"
        className="button"
        disabled={!hasNarrowingFilters(filters)}
        onClick={() => {
          setQuery('');
          onChange({
            status: undefined,
            category: undefined,
            savingsType: undefined,
            feasibility: undefined,
            group: undefined,
            q: undefined,
          });
        }}
      >
        {t('filters.clear')}
      </button>
    </fieldset>
  );
}
