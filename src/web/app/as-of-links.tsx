import { type ComponentProps, useCallback } from 'react';
import {
  type NavigateOptions,
  Link as RouterLink,
  Navigate as RouterNavigate,
  NavLink as RouterNavLink,
  type To,
  useNavigate as useRouterNavigate,
} from 'react-router';
import { useAsOf } from './as-of';
import { searchWithAsOf, withAsOf } from './as-of-model';

/**
 * React Router's links and navigation that keep the address's `per`: once the user looks at the past, every
 * view of the plan (overview, measures, a measure, follow-up) stays in that past until he or she chooses
 * "Nuläge". The views use these instead of react-router's own; a target with its own `per` keeps it.
 */
export function keepAsOf(to: To, per: string | undefined): To {
  if (!per) return to;
  if (typeof to === 'string') return withAsOf(to, per);
  if (to.pathname === undefined || withAsOf(to.pathname, per) === to.pathname) return to;
  return { ...to, search: searchWithAsOf(to.search ?? '', per) };
}

export function Link({ to, ...props }: ComponentProps<typeof RouterLink>) {
  const per = useAsOf();
  return <RouterLink to={keepAsOf(to, per)} {...props} />;
}

export function NavLink({ to, ...props }: ComponentProps<typeof RouterNavLink>) {
  const per = useAsOf();
  return <RouterNavLink to={keepAsOf(to, per)} {...props} />;
}

export function Navigate({ to, ...props }: ComponentProps<typeof RouterNavigate>) {
  const per = useAsOf();
  return <RouterNavigate to={keepAsOf(to, per)} {...props} />;
}

export function useNavigate() {
  const navigate = useRouterNavigate();
  const per = useAsOf();
  return useCallback(
    (to: To, options?: NavigateOptions) => navigate(keepAsOf(to, per), options),
    [navigate, per],
  );
}
