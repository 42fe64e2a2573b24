import { useTranslation } from 'react-i18next';

const SECTIONS = [
  ['grunddata', 'basic'],
  ['ekonomi', 'economy'],
  ['risker', 'risks'],
  ['uppfoljning', 'followUp'],
  ['milstolpar', 'milestones'],
  ['beroenden', 'links'],
] as const;
const RECORDS = [
  ['beslut', 'decisions'],
  ['historik', 'history'],
] as const;

/** The page's contents: a link to each section, so a long measure is one keystroke from any part. */
export function SectionContents({ withRecords }: { withRecords: boolean }) {
  const { t } = useTranslation('measure');
  const sections = withRecords ? [...SECTIONS, ...RECORDS] : SECTIONS;
  return (
    <nav className="section-contents" aria-label={t('contents')}>
      <ul>
        {sections.map(([id, key]) => (
          <li key={id}>
            <a
              href={`#${id}`}
              onClick={(event) => {
                const target = document.getElementById(`${id}-heading`);
                if (!target) return;
                event.preventDefault();
                target.scrollIntoView({ block: 'start' });
                target.setAttribute('tabindex', '-1');
                target.focus();
              }}
            >
              {t(`sections.${key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
