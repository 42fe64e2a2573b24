import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { compareSwedish } from '../../shared/collation';
import type { TOrgUnit } from '../../shared/schemas/org-unit';

interface Props {
  units: readonly TOrgUnit[];
  selectedId: string | undefined;
  /** Offer "Hela organisationen" (only to users who may read all of it). */
  showWhole?: boolean;
}

function childrenByParent(units: readonly TOrgUnit[]): Map<string | null, TOrgUnit[]> {
  const map = new Map<string | null, TOrgUnit[]>();
  for (const unit of units) {
    const list = map.get(unit.parentId) ?? [];
    list.push(unit);
    map.set(unit.parentId, list);
  }
  for (const list of map.values()) list.sort((a, b) => compareSwedish(a.name, b.name));
  return map;
}

/**
 * The organisation as nested links: choosing a unit keeps the current view and narrows it to that subtree
 * (`?enhet=`), so every view of a unit has its own shareable address. Plain links and disclosure buttons
 * work with Tab and Enter like the rest of the page.
 */
export function OrgTree({ units, selectedId, showWhole = true }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const children = useMemo(() => childrenByParent(units), [units]);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set((children.get(null) ?? []).map((root) => root.id)),
  );
  // The chosen unit is always visible with its children: open it and every unit above it.
  useEffect(() => {
    if (!selectedId) return;
    setExpanded((current) => {
      const next = new Set(current);
      for (let cursor = byId.get(selectedId); cursor; cursor = byId.get(cursor.parentId ?? '')) {
        next.add(cursor.id);
      }
      return next.size === current.size ? current : next;
    });
  }, [selectedId, byId]);

  const hrefFor = (unitId: string | undefined) => {
    const params = new URLSearchParams(location.search);
    if (unitId) params.set('enhet', unitId);
    else params.delete('enhet');
    const text = params.toString();
    return `${location.pathname}${text ? `?${text}` : ''}`;
  };

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const renderLevel = (parentId: string | null, depth: number) => {
    const level = children.get(parentId);
    if (!level || level.length === 0) return null;
    return (
      <ul className={depth === 0 ? 'org-tree' : undefined}>
        {level.map((unit) => {
          const hasChildren = (children.get(unit.id)?.length ?? 0) > 0;
          const isOpen = expanded.has(unit.id);
          return (
            <li key={unit.id}>
              <span className="org-tree-row">
                {hasChildren ? (
                  <button
                    type="button"
                    className="org-tree-toggle"
                    aria-expanded={isOpen}
                    aria-label={t(isOpen ? 'nav.collapse' : 'nav.expand', { name: unit.name })}
                    onClick={() => toggle(unit.id)}
                  >
                    <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
                  </button>
                ) : (
                  <span className="org-tree-spacer" aria-hidden="true" />
                )}
                <Link
                  to={hrefFor(unit.id)}
                  aria-current={unit.id === selectedId ? 'true' : undefined}
                  className="org-tree-link"
                >
                  {unit.name}
                </Link>
              </span>
              {hasChildren && isOpen ? renderLevel(unit.id, depth + 1) : null}
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <nav aria-label={t('nav.orgTree')} className="org-tree-nav">
      <h2 className="nav-heading">{t('nav.orgTree')}</h2>
      {showWhole ? (
        <p className="org-tree-all">
          <Link to={hrefFor(undefined)} aria-current={selectedId === undefined ? 'true' : undefined}>
            {t('nav.wholeOrganisation')}
          </Link>
        </p>
      ) : null}
      {renderLevel(null, 0)}
    </nav>
  );
}
