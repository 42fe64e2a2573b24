import { useTranslation } from 'react-i18next';
import { formatSwedishDateTime } from '../../../shared/date-format';
import type { TCommitment, TCommitmentShortfalls } from '../../../shared/schemas/commitment';
import { Amount } from '../../components/amount';

const STATE_CLASS: Record<TCommitment['state'], string> = {
  pending: 'badge badge-warning',
  accepted: 'badge badge-ok',
  declined: 'badge risk-high',
};

export function StateBadge({ state }: { state: TCommitment['state'] }) {
  const { t } = useTranslation('commitments');
  return <span className={STATE_CLASS[state]}>{t(`state.${state}`)}</span>;
}

/** Who answered and when: "Divisionschef Kirurgi, 2024-03-05 10:12", with the reason of a decline. */
export function AnswerText({ commitment }: { commitment: TCommitment }) {
  const { t } = useTranslation('commitments');
  if (commitment.accepted) {
    return (
      <>
        {t('list.acceptedBy', {
          name: commitment.accepted.byName ?? '–',
          when: formatSwedishDateTime(commitment.accepted.at),
        })}
      </>
    );
  }
  if (commitment.declined) {
    return (
      <>
        {t('list.declinedBy', {
          name: commitment.declined.byName ?? '–',
          when: formatSwedishDateTime(commitment.declined.at),
          reason: commitment.declined.reason,
        })}
      </>
    );
  }
  return <span className="empty-value">–</span>;
}

interface ListProps {
  caption: string;
  commitments: readonly TCommitment[];
  testId: string;
  /** A cell of actions per row (the controller's "Ändra"). */
  actions?: ((commitment: TCommitment) => React.ReactNode) | undefined;
}

export function CommitmentTable({ caption, commitments, testId, actions }: ListProps) {
  const { t } = useTranslation('commitments');
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard (WCAG 2.1.1), named by its caption
    <section className="table-scroll" aria-label={caption} tabIndex={0}>
      <table className="table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.unit')}</th>
            <th scope="col" className="num">
              {t('list.amount')}
            </th>
            <th scope="col">{t('list.manager')}</th>
            <th scope="col">{t('list.state')}</th>
            <th scope="col">{t('list.answer')}</th>
            {actions ? (
              <th scope="col">
                <span className="visually-hidden">{t('set.change')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {commitments.map((commitment) => (
            <tr key={commitment.id} data-unit={commitment.orgUnitPath}>
              <th scope="row">{commitment.orgUnitPath}</th>
              <td className="num">
                <Amount kronor={commitment.amount} />
              </td>
              <td>{commitment.managerName ?? <span className="empty-value">{t('list.noManager')}</span>}</td>
              <td>
                <StateBadge state={commitment.state} />
              </td>
              <td>
                <AnswerText commitment={commitment} />
              </td>
              {actions ? <td>{actions(commitment)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ShortfallTable({ shortfalls }: { shortfalls: TCommitmentShortfalls }) {
  const { t } = useTranslation('commitments');
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-label={t('shortfalls.heading')} tabIndex={0}>
      <table className="table" data-testid="commitment-shortfalls">
        <caption className="visually-hidden">{t('shortfalls.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.unit')}</th>
            <th scope="col" className="num">
              {t('shortfalls.commitment')}
            </th>
            <th scope="col" className="num">
              {t('shortfalls.planned')}
            </th>
            <th scope="col" className="num">
              {t('shortfalls.forecast')}
            </th>
            <th scope="col" className="num">
              {t('shortfalls.plannedShortfall')}
            </th>
            <th scope="col" className="num">
              {t('shortfalls.forecastShortfall')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shortfalls.units.map((unit) => (
            <tr key={unit.commitmentId} data-unit={unit.orgUnitPath}>
              <th scope="row">{unit.orgUnitPath}</th>
              <td className="num">
                <Amount kronor={unit.commitment} />
              </td>
              <td className="num">
                <Amount kronor={unit.planned} />
              </td>
              <td className="num">
                <Amount kronor={unit.forecast} />
              </td>
              <td className="num">
                <Amount kronor={unit.plannedShortfall} />
              </td>
              <td className="num">
                <Amount kronor={unit.forecastShortfall} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
