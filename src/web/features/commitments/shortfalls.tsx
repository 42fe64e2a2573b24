import { useTranslation } from 'react-i18next';
import { usePlanLocation } from '../../app/plan-context';
import { QueryState } from '../../components/query-state';
import { ShortfallTable } from './commitment-tables';
import { useCommitmentShortfalls } from './queries';

/** "Täcks inte av åtgärderna": as of `?period=`, else the year's latest reported period (the server decides). */
export function Shortfalls(props: { planId: string; year: number; isInScope: (unitId: string) => boolean }) {
  const { t } = useTranslation('commitments');
  const { search } = usePlanLocation();
  const asked = search.get('period');
  const period = asked && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : undefined;
  const shortfalls = useCommitmentShortfalls(props.planId, props.year, period);
  return (
    <section aria-labelledby="commitments-shortfalls" className="commitments-section">
      <h2 id="commitments-shortfalls">{t('shortfalls.heading')}</h2>
      <QueryState query={shortfalls}>
        {(result) => {
          const units = result.units.filter((unit) => props.isInScope(unit.orgUnitId));
          return (
            <>
              <p className="help">{t('shortfalls.lead', { year: result.year, period: result.period })}</p>
              {units.length === 0 ? (
                <p>{t('shortfalls.none', { year: result.year })}</p>
              ) : (
                <ShortfallTable shortfalls={{ ...result, units }} />
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
