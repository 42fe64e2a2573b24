import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../components/page-title';

/** *Tillgänglighetsredogörelse*: required of Swedish public-sector services; readable without logging in. */
export function AccessibilityPage() {
  const { t } = useTranslation('accessibility');
  usePageTitle(t('title'));
  const sections = ['status', 'known', 'report', 'supervision', 'method'] as const;
  return (
    <div className="standalone-layout">
      <header className="app-header">
        <Link to="/" className="brand">
          Balans
        </Link>
      </header>
      <main id="main" className="content content-narrow">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        {sections.map((section) => (
          <section key={section} aria-labelledby={`a11y-${section}`}>
            <h2 id={`a11y-${section}`}>{t(`${section}Heading`)}</h2>
            {section === 'known' ? (
              <ul>
                <li>{t('known1')}</li>
                <li>{t('known2')}</li>
              </ul>
            ) : (
              <p>{t(section)}</p>
            )}
          </section>
        ))}
        <p>
          <Link to="/">{t('back')}</Link>
        </p>
      </main>
    </div>
  );
}
