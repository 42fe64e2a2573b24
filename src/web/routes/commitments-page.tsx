import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ancestry, parentMap } from '../../domain/access';
import { canSetCommitment } from '../../domain/commitments';
import { compareSwedish } from '../../shared/collation';
import type { TCommitment } from '../../shared/schemas/commitment';
import type { TPlan } from '../../shared/schemas/plan';
import { setCommitmentsFromTargets } from '../api/commitments';
import { useAccess } from '../app/access';
import { useAsOfInstant } from '../app/as-of';
import { useOrgUnits, usePlanLocation } from '../app/plan-context';
import { useSession } from '../app/session';
import { ConfirmDialog } from '../components/confirm-dialog';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { CommitmentTable } from '../features/commitments/commitment-tables';
import { MyCommitments } from '../features/commitments/my-commitments';
import { useCommitments, useRefreshCommitments } from '../features/commitments/queries';
import { SetCommitmentForm } from '../features/commitments/set-commitment-form';
import { Shortfalls } from '../features/commitments/shortfalls';

/**
 * Åtgärdsbeting (`/planer/:planId/beting?ar=&enhet=`): the units' commitments for the sidebar's plan, year and
 * unit. The controller above a unit sets its amount (or takes every unit target); the unit's manager accepts
 * or declines; everyone sees what is not accepted and what the measures do not cover.
 */
export function CommitmentsPage() {
  const { t } = useTranslation('commitments');
  const { plan, plans, year } = usePlanLocation();
  usePageTitle(t('title'));
  return (
    <QueryState query={plans}>
      {() =>
        plan && year !== undefined ? (
          <Commitments plan={plan} year={year} />
        ) : (
          <>
            <h1>{t('title')}</h1>
            <p className="alert alert-error" role="alert">
              {t('planNotFound')}
            </p>
          </>
        )
      }
    </QueryState>
  );
}

function Commitments({ plan, year }: { plan: TPlan; year: number }) {
  const { t } = useTranslation('commitments');
  const { orgUnitId } = usePlanLocation();
  const { instant, when } = useAsOfInstant();
  const commitments = useCommitments(plan.id, year);
  const units = useOrgUnits({ now: true }).data ?? [];
  const [message, setMessage] = useState('');
  const inScope = useMemo(() => {
    if (!orgUnitId) return () => true;
    const parents = parentMap(units);
    return (unitId: string) => ancestry(parents, unitId).includes(orgUnitId);
  }, [units, orgUnitId]);
  return (
    <div className="commitments-page">
      <h1>{t('title')}</h1>
      <p>{t('lead', { plan: plan.name, year })}</p>
      {instant ? <p className="help as-of-note">{t('asOfNow', { when })}</p> : null}
      <p role="status" className={message ? 'alert alert-ok' : 'visually-hidden'}>
        {message}
      </p>
      <QueryState query={commitments}>
        {(all) => {
          const list = all.filter((c) => inScope(c.orgUnitId));
          return (
            <>
              <MyCommitments
                commitments={list}
                year={year}
                onDone={setMessage}
                isReadOnly={instant !== undefined}
              />
              <ControllerPart plan={plan} year={year} commitments={list} onDone={setMessage} />
              <section aria-labelledby="commitments-not-accepted" className="commitments-section">
                <h2 id="commitments-not-accepted">{t('notAccepted.heading')}</h2>
                {list.some((c) => c.state !== 'accepted') ? (
                  <CommitmentTable
                    caption={t('notAccepted.heading')}
                    commitments={list.filter((c) => c.state !== 'accepted')}
                    testId="commitments-not-accepted"
                  />
                ) : (
                  <p>{t(list.length === 0 ? 'list.none' : 'notAccepted.none', { year })}</p>
                )}
              </section>
              <Shortfalls planId={plan.id} year={year} isInScope={inScope} />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

/** The controller's part: the form, "Hämta från sparbeting" and every commitment with "Ändra". */
function ControllerPart(props: {
  plan: TPlan;
  year: number;
  commitments: TCommitment[];
  onDone: (message: string) => void;
}) {
  const { plan, year, commitments, onDone } = props;
  const { t } = useTranslation('commitments');
  const session = useSession();
  const access = useAccess();
  const refresh = useRefreshCommitments();
  const units = useOrgUnits({ now: true }).data ?? [];
  const [edit, setEdit] = useState<{ unitId: string; key: number }>({ unitId: '', key: 0 });
  const settable = useMemo(() => {
    const actor = { userId: session.user.id, grants: session.grants, isSystem: false };
    const parents = parentMap(units);
    return units
      .filter((unit) => canSetCommitment(actor, parents, unit.id))
      .sort((a, b) => compareSwedish(a.path, b.path));
  }, [session, units]);
  if (access.isAsOf || settable.length === 0) {
    return commitments.length > 0 ? (
      <section aria-labelledby="commitments-all" className="commitments-section">
        <h2 id="commitments-all">{t('list.heading', { year })}</h2>
        <CommitmentTable
          caption={t('list.heading', { year })}
          commitments={commitments}
          testId="commitments-all"
        />
      </section>
    ) : null;
  }
  const canChange = (c: TCommitment) => settable.some((unit) => unit.id === c.orgUnitId);
  const hasTargets = plan.targets.some((target) => target.orgUnitId !== null && target.year === year);
  return (
    <>
      <SetCommitmentForm
        key={edit.key}
        planId={plan.id}
        year={year}
        units={settable}
        commitments={commitments}
        initialUnitId={edit.unitId || undefined}
        onDone={onDone}
      />
      {hasTargets ? (
        <p>
          <ConfirmDialog
            trigger={t('fromTargets.button')}
            title={t('fromTargets.title')}
            confirm={t('fromTargets.confirm')}
            onConfirm={async () => {
              const result = await setCommitmentsFromTargets(plan.id, year);
              await refresh();
              onDone(t('fromTargets.done', result));
            }}
          >
            <p>{t('fromTargets.body', { year })}</p>
          </ConfirmDialog>
        </p>
      ) : null}
      <section aria-labelledby="commitments-all" className="commitments-section">
        <h2 id="commitments-all">{t('list.heading', { year })}</h2>
        {commitments.length === 0 ? (
          <p>{t('list.none', { year })}</p>
        ) : (
          <CommitmentTable
            caption={t('list.heading', { year })}
            commitments={commitments}
            testId="commitments-all"
            actions={(c) =>
              canChange(c) ? (
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={t('set.changeLabel', { unit: c.orgUnitPath })}
                  onClick={() => setEdit((old) => ({ unitId: c.orgUnitId, key: old.key + 1 }))}
                >
                  {t('set.change')}
                </button>
              ) : null
            }
          />
        )}
      </section>
    </>
  );
}
