import { useTranslation } from 'react-i18next';
import type { RowGroup } from './grid-groups';

/** A sum row's label with its count of measures: "Summa (29 åtgärder)". */
export function CountLabel({ label, count }: { label: string; count: number }) {
  const { t } = useTranslation('grid');
  return (
    <>
      {label} <span className="grid-group-count">({t('grid.groupCount', { count })})</span>
    </>
  );
}

/** A unit's heading in the tree: indented by its level, ▾/▸ for expanded/collapsed, its name and count. */
export function GroupLabel({ group, isExpanded }: { group: RowGroup; isExpanded: boolean }) {
  return (
    <span className="grid-group-label" style={{ paddingLeft: `${group.depth * 1.25}rem` }}>
      <span className="grid-group-toggle" aria-hidden="true">
        {isExpanded ? '▾' : '▸'}
      </span>{' '}
      <CountLabel label={group.name} count={group.count} />
    </span>
  );
}
