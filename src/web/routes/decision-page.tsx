import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { TDecision } from '../../shared/schemas/decision';
import { Link } from '../app/as-of-links';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { useDecision } from '../features/decisions/queries';
import { formatDate } from '../features/measure/display';
import { usePlanMeasures } from '../features/measures-grid/grid-queries';

/** One decision (`/planer/:planId/beslut/:decisionId`): its fields, its measures and the protokoll link. */
export function DecisionPage() {
  const { t } = useTranslation('decisions');
  const { planId = '', decisionId } = useParams();
  const decision = useDecision(decisionId);
  usePageTitle(decision.data ? `${decision.data.body} ${formatDate(decision.data.meetingDate)}` : t('title'));
  return (
    <div className="decisions-page">
      <nav aria-label={t('measure:breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to={`/planer/${planId}/beslut`}>{t('title')}</Link>
          </li>
          <li aria-current="page">
            {decision.data ? `${decision.data.body} ${decision.data.paragraph ?? ''}` : '…'}
          </li>
        </ol>
      </nav>
      <QueryState query={decision}>{(d) => <DecisionView planId={planId} decision={d} />}</QueryState>
    </div>
  );
}

function DecisionView({ planId, decision }: { planId: string; decision: TDecision }) {
  const { t } = useTranslation('decisions');
  const measures = usePlanMeasures(planId);
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const linked = useMemo(() => {
    const byId = new Map((measures.data ?? []).map((m) => [m.id, m]));
    return decision.measureIds.map((id) => ({ id, measure: byId.get(id) }));
  }, [measures.data, decision.measureIds]);
  return (
    <>
      <div role="status" className="notice-region">
        {notice ? (
          <p ref={noticeRef} tabIndex={-1} className="alert alert-ok" data-testid="notice">
            {notice}
          </p>
        ) : null}
      </div>
      <h1>
        {decision.body} {formatDate(decision.meetingDate)} {decision.paragraph ?? ''}
      </h1>
      <dl className="facts decision-facts" data-testid="decision-facts">
        <div>
          <dt>{t('page.kind')}</dt>
          <dd>
            <span className={`badge decision-${decision.kind}`}>
              {t(`enums:decisionKind.${decision.kind}`)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('page.meetingDate')}</dt>
          <dd>{formatDate(decision.meetingDate)}</dd>
        </div>
        <div>
          <dt>{t('page.paragraph')}</dt>
          <dd>{decision.paragraph ?? '–'}</dd>
        </div>
        {decision.kind === 'assignment' ? (
          <>
            <div>
              <dt>{t('page.dueOn')}</dt>
              <dd>{formatDate(decision.dueOn)}</dd>
            </div>
            <div>
              <dt>{t('page.assignmentStatus')}</dt>
              <dd>
                {decision.assignmentStatus ? t(`enums:assignmentStatus.${decision.assignmentStatus}`) : '–'}
              </dd>
            </div>
          </>
        ) : null}
        {decision.kind === 'decision' ? (
          <div>
            <dt>{t('page.measureStatus')}</dt>
            <dd>
              {decision.measureStatus
                ? t(`measureStatus.${decision.measureStatus}`)
                : t('page.measureStatusNone')}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('page.attachment')}</dt>
          <dd>
            {decision.attachmentUrl ? (
              <a href={decision.attachmentUrl} rel="noopener noreferrer" target="_blank">
                {t('page.attachmentLink')}
              </a>
            ) : (
              t('page.noAttachment')
            )}
          </dd>
        </div>
      </dl>
      <p className="pre-line decision-body-text">{decision.text}</p>
      <section aria-labelledby="decision-measures-heading">
        <h2 id="decision-measures-heading">{t('page.measures')}</h2>
        {linked.length === 0 ? (
          <p>{t('page.noMeasures')}</p>
        ) : (
          <ul className="plain-list" data-testid="decision-measures">
            {linked.map(({ id, measure }) => (
              <li key={id}>
                <Link to={`/planer/${planId}/atgarder/${id}`}>{measure?.code ?? id}</Link>{' '}
                {measure?.title ?? ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link to={`/planer/${planId}/beslut`}>{t('page.back')}</Link>
      </p>
    </>
  );
}
