import { useTranslation } from 'react-i18next';
import { Link } from '../../app/as-of-links';
import { QueryState } from '../../components/query-state';
import { formatDate } from '../measure/display';
import { useRegisterLists } from './queries';

/** The register's three lists of what needs following up (SPEC §8): no decision, only noted, past due. */
export function RegisterLists({ planId }: { planId: string }) {
  const { t } = useTranslation('decisions');
  const { withoutDecision, noted, pastDue } = useRegisterLists(planId);
  return (
    <section aria-labelledby="decision-lists-heading" className="decision-lists">
      <h2 id="decision-lists-heading">{t('lists.heading')}</h2>
      <div className="decision-lists-grid">
        <section aria-labelledby="without-decision-heading" data-testid="without-decision">
          <h3 id="without-decision-heading">{t('lists.withoutDecision')}</h3>
          <QueryState query={withoutDecision}>
            {(list) =>
              list.length === 0 ? (
                <p>{t('lists.withoutDecisionNone')}</p>
              ) : (
                <ul className="plain-list">
                  {list.map((m) => (
                    <li key={m.id}>
                      <Link to={`/planer/${planId}/atgarder/${m.id}`}>{m.code}</Link> {m.title}
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryState>
        </section>
        <section aria-labelledby="noted-heading" data-testid="only-noted">
          <h3 id="noted-heading">{t('lists.noted')}</h3>
          <QueryState query={noted}>
            {(list) =>
              list.length === 0 ? (
                <p>{t('lists.notedNone')}</p>
              ) : (
                <ul className="plain-list">
                  {list.map((d) => (
                    <li key={d.id}>
                      <Link to={`/planer/${planId}/beslut/${d.id}`}>
                        {formatDate(d.meetingDate)} {d.body} {d.paragraph ?? ''}
                      </Link>
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryState>
        </section>
        <section aria-labelledby="past-due-heading" data-testid="past-due">
          <h3 id="past-due-heading">{t('lists.pastDue')}</h3>
          <QueryState query={pastDue}>
            {(list) =>
              list.length === 0 ? (
                <p>{t('lists.pastDueNone')}</p>
              ) : (
                <ul className="plain-list">
                  {list.map((d) => (
                    <li key={d.id}>
                      <Link to={`/planer/${planId}/beslut/${d.id}`}>
                        {d.body} {d.paragraph ?? ''}
                      </Link>{' '}
                      ({t('lists.dueOn', { date: formatDate(d.dueOn) })})
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryState>
        </section>
      </div>
    </section>
  );
}
