import { useTranslation } from 'react-i18next';
import { canAnswerCommitment } from '../../../domain/commitments';
import type { TCommitment } from '../../../shared/schemas/commitment';
import { useSession } from '../../app/session';
import { Amount } from '../../components/amount';
import { AnswerButtons } from './answer-buttons';
import { AnswerText, StateBadge } from './commitment-tables';

interface Props {
  commitments: readonly TCommitment[];
  year: number;
  onDone: (message: string) => void;
  isReadOnly: boolean;
}

/** "Dina beting": the commitments the user answers as their manager, each with Acceptera and Avböj. */
export function MyCommitments({ commitments, year, onDone, isReadOnly }: Props) {
  const { t } = useTranslation('commitments');
  const session = useSession();
  const actor = { userId: session.user.id, grants: session.grants };
  const mine = commitments.filter((c) => canAnswerCommitment(actor, c));
  const isManager = session.grants.some((g) => g.role === 'manager');
  if (mine.length === 0 && !isManager) return null;
  return (
    <section aria-labelledby="commitments-mine" className="commitments-section">
      <h2 id="commitments-mine">{t('mine.heading')}</h2>
      {mine.length === 0 ? <p>{t('mine.none', { year })}</p> : null}
      <ul className="commitment-cards">
        {mine.map((commitment) => (
          <li key={commitment.id} className="card commitment-card" data-testid="my-commitment">
            <h3>{commitment.orgUnitPath}</h3>
            <p className="commitment-amount">
              <Amount kronor={commitment.amount} unit="kr" /> <StateBadge state={commitment.state} />
            </p>
            {commitment.state !== 'pending' ? (
              <p>
                <AnswerText commitment={commitment} />
              </p>
            ) : null}
            {commitment.setByName ? (
              <p className="help">{t('list.setBy', { name: commitment.setByName })}</p>
            ) : null}
            {!isReadOnly && commitment.state !== 'accepted' ? (
              <AnswerButtons commitment={commitment} onDone={onDone} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
