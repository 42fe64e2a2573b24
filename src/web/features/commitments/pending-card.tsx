import { useTranslation } from 'react-i18next';
import { canAnswerCommitment } from '../../../domain/commitments';
import type { TCommitment } from '../../../shared/schemas/commitment';
import { Link } from '../../app/as-of-links';
import { amountText } from '../../app/page-locale';
import { useSession } from '../../app/session';

/** The commitments of a plan the user is to answer and has not accepted, pending first. */
export function useMyOpenCommitments(commitments: readonly TCommitment[] | undefined): TCommitment[] {
  const session = useSession();
  const actor = { userId: session.user.id, grants: session.grants };
  return (commitments ?? [])
    .filter((c) => c.state !== 'accepted' && canAnswerCommitment(actor, c))
    .sort((a, b) => Number(a.state !== 'pending') - Number(b.state !== 'pending') || a.year - b.year);
}

/** The manager's landing card: "Du har ett beting att acceptera", linking to Åtgärdsbeting of its year. */
export function PendingCommitmentsCard({
  planId,
  commitments,
  isAlone,
}: {
  planId: string;
  commitments: TCommitment[];
  /** Nothing else on the landing: the card's heading is the page's. */
  isAlone: boolean;
}) {
  const { t } = useTranslation('commitments');
  const first = commitments[0];
  if (!first) return null;
  const Heading = isAlone ? 'h1' : 'h2';
  return (
    <section
      className="card home-commitments"
      aria-labelledby="home-commitments"
      data-testid="home-commitments"
    >
      <Heading id="home-commitments">{t('home.heading', { count: commitments.length })}</Heading>
      <p>
        {t('home.lead', {
          unit: first.orgUnitPath,
          amount: amountText(first.amount, { unit: 'mnkr' }),
          year: first.year,
        })}
      </p>
      <p>
        <Link className="button button-primary" to={`/planer/${planId}/beting?ar=${first.year}`}>
          {t('home.open')}
        </Link>
      </p>
    </section>
  );
}
