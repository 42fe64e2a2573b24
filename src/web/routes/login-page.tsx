import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { setCsrfToken } from '../api/client';
import { logIn } from '../api/endpoints';
import { SESSION_KEY } from '../app/session';
import { errorMessage } from '../components/query-state';

const TENANT_KEY = 'balans.tenant';

/** Only paths inside Balans are followed after login (an address from outside could lead anywhere). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [tenant, setTenant] = useState(() => localStorage.getItem(TENANT_KEY) ?? 'demo');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${t('login.title')} – Balans`;
  }, [t]);
  const mutation = useMutation({
    mutationFn: logIn,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      localStorage.setItem(TENANT_KEY, session.tenant.slug);
      client.clear();
      client.setQueryData(SESSION_KEY, session);
      navigate(safeNext(search.get('next')), { replace: true });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ tenant: tenant.trim(), username: username.trim(), password });
  };
  return (
    <div className="login-layout">
      <main id="main" className="login-card">
        <p className="brand brand-large">{t('appName')}</p>
        <p className="tagline">{t('tagline')}</p>
        <h1 ref={heading}>{t('login.title')}</h1>
        <form onSubmit={onSubmit} className="form" noValidate>
          <div className="field">
            <label htmlFor="login-tenant">{t('login.tenant')}</label>
            <input
              id="login-tenant"
              name="tenant"
              value={tenant}
              onChange={(e) => setTenant(e.target.value)}
              aria-describedby="login-tenant-help"
              autoComplete="organization"
              required
            />
            <p id="login-tenant-help" className="help">
              {t('login.tenantHelp')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="login-username">{t('login.username')}</label>
            <input
              id="login-username"
              name="username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="username"
              required
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('login.password')}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              required
            />
          </div>
          {mutation.isError ? (
            <p className="alert alert-error" role="alert">
              {t('login.failed')}: {errorMessage(mutation.error)}
            </p>
          ) : null}
          <button type="submit" className="button button-primary" disabled={mutation.isPending}>
            {t('login.submit')}
          </button>
        </form>
        <p className="login-footer">
          <Link to="/tillganglighet">{t('footer.accessibility')}</Link>
        </p>
      </main>
    </div>
  );
}
