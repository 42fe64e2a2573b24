import { useTranslation } from 'react-i18next';
import type { TRoundView } from '../../../shared/schemas/round';
import { QueryState } from '../../components/query-state';
import { FollowUpFigures } from './follow-up-figures';
import { reportingStatement } from './follow-up-period';
import { useFollowUpSummary } from './queries';
import { periodYear } from './rounds';

/** The figures the round's period shows now, or would freeze at if it closed now. */
export function IfClosedFigures({ planId, view }: { planId: string; view: TRoundView }) {
  const { t } = useTranslation('rounds');
  const { round } = view;
  const summary = useFollowUpSummary(planId, periodYear(round.period), round.period, round.orgUnitId);
  const isOpen = round.status === 'open';
  return (
    <section aria-labelledby="round-if-closed" className="rounds-section">
      <h2 id="round-if-closed">{t(isOpen ? 'figures.ifClosedHeading' : 'figures.frozenHeading')}</h2>
      <p className="help">{t('figures.ifClosedLead', { unit: round.orgUnitPath, period: round.period })}</p>
      <QueryState query={summary}>
        {(data) => (
          <FollowUpFigures
            total={data.total}
            id="round-figures"
            statement={reportingStatement(data.total, periodYear(round.period), round.period)}
          />
        )}
      </QueryState>
    </section>
  );
}
