import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate as useRouterNavigate } from 'react-router';
import { subtreeIds } from '../../domain/org-tree';
import type { TOrgUnit } from '../../shared/schemas/org-unit';
import { setCsrfToken } from '../api/client';
import { logOut } from '../api/endpoints';
import { AsOfBanner, AsOfControl } from '../components/as-of';
import { OrgTree } from '../components/org-tree';
import { LANGUAGES, type Language, setLanguage } from '../i18n';
import { useAccess } from './access';
import { Link, NavLink, useNavigate } from './as-of-links';
import { planSearch, useOrgUnits, usePlanLocation } from './plan-context';
import { useSession } from './session';

function UserBox() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  // The user's roles are today's, at today's units (also while the views show the past).
  const units = useOrgUnits({ now: true }).data ?? [];
  const client = useQueryClient();
  const navigate = useRouterNavigate();
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? '';
  const onLogOut = async () => {
    await logOut().catch(() => undefined);
    setCsrfToken(undefined);
    client.clear();
    navigate('/logga-in');
  };
  return (
    <div className="user-box">
      <p className="tenant-name">{session.tenant.name}</p>
      <p>
        <span>{t('user.loggedInAs', { name: session.user.name })}</span>
        <span className="roles" data-testid="roles">
          {' '}
          (
          {session.grants
            .map((g) => t('user.roleAt', { role: t(`enums:role.${g.role}`), unit: unitName(g.orgUnitId) }))
            .join(', ')}
          )
        </span>
      </p>
      <label className="language">
        <span>{t('language')}</span>{' '}
        <select
          value={i18n.language}
          onChange={(event) => setLanguage(event.target.value as Language)}
          className="select-small"
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`languages.${language}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" className="button button-secondary" onClick={() => void onLogOut()}>
        {t('user.logOut')}
      </button>
    </div>
  );
}

function PlanPicker() {
  const { t } = useTranslation();
  const { plan, plans, year, orgUnitId } = usePlanLocation();
  const navigate = useNavigate();
  const location = useLocation();
  if (!plan || !plans.data) return null;
  const view = location.pathname.split('/')[3] ?? 'oversikt';
  const years = Array.from({ length: plan.lastYear - plan.firstYear + 1 }, (_, i) => plan.firstYear + i);
  return (
    <div className="plan-picker">
      <label>
        <span>{t('nav.plan')}</span>
        <select
          value={plan.id}
          onChange={(event) => navigate(`/planer/${event.target.value}/oversikt`)}
          data-testid="plan-select"
        >
          {plans.data.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('nav.year')}</span>
        <select
          value={year}
          onChange={(event) =>
            navigate(`/planer/${plan.id}/${view}${planSearch(Number(event.target.value), orgUnitId)}`)
          }
          data-testid="year-select"
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/**
 * After moving to another view, focus goes to the content (as after a page load a screen reader starts
 * there); a change of filters or unit within the same view leaves focus where the user is. The page opens
 * at its top, header in view: focusing must not scroll the header away (issue 11, item 18).
 */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);
}

/**
 * The part of the organisation the user may read: everything, or the subtrees of his or her grants shown
 * as trees of their own (a division chief sees the division, not units that would only answer "no access").
 */
function useVisibleUnits(): readonly TOrgUnit[] | undefined {
  const units = useOrgUnits().data;
  const access = useAccess();
  return useMemo(() => {
    if (!units || access.canReadAll) return units;
    const visible = new Map<string, TOrgUnit>();
    for (const root of access.readableRoots) {
      const inside = subtreeIds(units, root.id);
      for (const unit of units) {
        if (inside.has(unit.id))
          visible.set(unit.id, unit.id === root.id ? { ...unit, parentId: null } : unit);
      }
    }
    return [...visible.values()];
  }, [units, access]);
}

/**
 * The main menu, then plan, year, "Visa per" and the organisation. On a phone (issue 11, item 17) the latter
 * fold away behind one button, so that the content comes right after the menu: hidden parts are out of the
 * reading and tab order too (display: none), so what is heard and tabbed through is what is seen.
 */
function Sidebar({ navPlanId, search }: { navPlanId: string | undefined; search: string }) {
  const { t } = useTranslation();
  const { planId, orgUnitId } = usePlanLocation();
  const visibleUnits = useVisibleUnits();
  const { canReadAll, canReport } = useAccess();
  const [isOpen, setOpen] = useState(false);
  const panelId = useId();
  return (
    <aside className="sidebar">
      <nav aria-label={t('nav.main')}>
        <ul className="main-nav">
          {navPlanId ? (
            <>
              <li>
                <NavLink to={`/planer/${navPlanId}/oversikt${search}`}>{t('nav.overview')}</NavLink>
              </li>
              <li>
                <NavLink to={`/planer/${navPlanId}/atgarder${search}`} end>
                  {t('nav.measures')}
                </NavLink>
              </li>
              {canReport ? (
                <li>
                  <NavLink to={`/planer/${navPlanId}/rapportera${search}`}>{t('nav.report')}</NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to={`/planer/${navPlanId}/uppfoljning${search}`}>{t('nav.followUp')}</NavLink>
              </li>
              <li>
                <NavLink to={`/planer/${navPlanId}/beslut${search}`}>{t('nav.decisions')}</NavLink>
              </li>
              <li>
                <NavLink to={`/planer/${navPlanId}/beting${search}`}>{t('nav.commitments')}</NavLink>
              </li>
              <li>
                <NavLink to={`/planer/${navPlanId}/namndrapport${search}`}>{t('nav.boardReport')}</NavLink>
              </li>
            </>
          ) : null}
          <li>
            <NavLink to="/prognosverktyg">{t('nav.forecastTool')}</NavLink>
          </li>
          <li>
            <NavLink to="/import">{t('nav.importExport')}</NavLink>
          </li>
        </ul>
      </nav>
      <button
        type="button"
        className="button button-secondary sidebar-toggle"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen((open) => !open)}
      >
        {t('shell.context')}
      </button>
      <div id={panelId} className={isOpen ? 'sidebar-panel is-open' : 'sidebar-panel'}>
        <PlanPicker />
        <AsOfControl />
        {planId && visibleUnits ? (
          <OrgTree key={planId} units={visibleUnits} selectedId={orgUnitId} showWhole={canReadAll} />
        ) : null}
      </div>
    </aside>
  );
}

/** The frame of every logged-in page: header, main menu, plan and year, the organisation, the content. */
export function Shell() {
  const { t } = useTranslation();
  useFocusMainOnNavigation();
  const { planId, plans, year, orgUnitId } = usePlanLocation();
  const navPlanId = planId ?? plans.data?.[0]?.id;
  const search = planSearch(planId ? year : undefined, orgUnitId);
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          {t('appName')}
        </Link>
        <UserBox />
      </header>
      <div className="app-body">
        <Sidebar navPlanId={navPlanId} search={search} />
        <main id="main" tabIndex={-1} className="content">
          <AsOfBanner />
          <Suspense
            fallback={
              <p className="loading" role="status">
                {t('loading')}
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </main>
      </div>
      <footer className="app-footer">
        <Link to="/tillganglighet">{t('footer.accessibility')}</Link>
        {' · '}
        <a href="/api/docs">{t('footer.api')}</a>
      </footer>
    </div>
  );
}
