import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TSession } from '../../shared/schemas/session';
import { setCsrfToken } from '../api/client';
import { logOut } from '../api/endpoints';

/**
 * What a logged-in user without any role grant sees instead of the app (issue 11): the server answers his
 * every read with 403, so there is nothing to show but why, and a way out.
 */
export function NoAccessPage({ session }: { session: TSession }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const onLogOut = async () => {
    await logOut().catch(() => undefined);
    setCsrfToken(undefined);
    client.clear();
    navigate('/logga-in');
  };
  return (
    <div className="login-layout">
      <main id="main" className="login-card">
        <p className="brand brand-large">{t('appName')}</p>
        <h1>{t('noAccess.title')}</h1>
        <p>{t('noAccess.body', { name: session.user.name })}</p>
        <p className="tenant-name">{session.tenant.name}</p>
        <button type="button" className="button" onClick={() => void onLogOut()}>
          {t('user.logOut')}
        </button>
      </main>
    </div>
  );
}
