import { useMemo } from 'react';
import {
  type AccessActor,
  ancestry,
  canEditMeasure,
  canManageUnit,
  canReadAll,
  canRecordDecisions,
  isTenantAdmin,
  parentMap,
} from '../../domain/access';
import type { TOrgUnit } from '../../shared/schemas/org-unit';
import { useAsOf } from './as-of';
import { useOrgUnits } from './queries';
import { useSession } from './session';

/**
 * What the logged-in user may do, by the same pure rules the server enforces (src/domain/access.ts). The
 * screen only hides what the server would refuse anyway; the server is the one that says no.
 *
 * Reading is decided on today's grants and tree (decision 0009). While the address shows the past ("Visa
 * per"), everyone is read-only, as the server is: nothing can be written on the basis of the past.
 */
export function useAccess() {
  const session = useSession();
  const units = useOrgUnits({ now: true }).data;
  const asOf = useAsOf();
  return useMemo(() => {
    const actor: AccessActor = { userId: session.user.id, grants: session.grants, isSystem: false };
    const list: readonly TOrgUnit[] = units ?? [];
    const parents = parentMap(list);
    const roots = new Set(list.filter((u) => u.parentId === null).map((u) => u.id));
    const inPast = asOf !== undefined;
    return {
      /** The address shows the past: nothing may be changed. */
      isAsOf: inPast,
      canEditMeasure: (measure: { orgUnitId: string; responsibleUserId: string | null }) =>
        !inPast && canEditMeasure(actor, parents, measure),
      canCreateMeasureIn: (unitId: string) => !inPast && canManageUnit(actor, parents, unitId),
      /** Writes a unit's analysis in the board report and publishes it: a controller or admin of the unit. */
      canWriteReportFor: (unitId: string) => !inPast && canManageUnit(actor, parents, unitId),
      canCreateAnyMeasure:
        !inPast && session.grants.some((g) => g.role === 'admin' || g.role === 'controller'),
      canImportPlan:
        !inPast &&
        (isTenantAdmin(actor, list) ||
          session.grants.some((g) => g.role === 'controller' && roots.has(g.orgUnitId))),
      /** "Registrera beslut": an admin or a controller of the whole organisation (issue 12). */
      canRecordDecisions: !inPast && canRecordDecisions(actor, list),
      /** Scenarios of the forecast tool concern the whole organisation: the rule of recording decisions. */
      canEditScenarios: !inPast && canRecordDecisions(actor, list),
      isReadOnly: inPast || session.grants.every((g) => g.role === 'reader' || g.role === 'auditor'),
      /** Reports measures ("Att rapportera"): a role other than reader or auditor (issue 11, item 19). */
      canReport: session.grants.some((g) => g.role !== 'reader' && g.role !== 'auditor'),
      /**
       * Whole-organisation figures need access to all of it (as on the server). The server lists only the
       * units the user may read, so a list without the top, or with units whose parent is missing, is a part.
       */
      canReadAll:
        list.some((u) => u.parentId === null) &&
        list.every((u) => u.parentId === null || parents.has(u.parentId)) &&
        canReadAll(actor, list),
      /**
       * The units whose subtrees the user may read, without those already inside another: the roots of the
       * user's part of the organisation (e.g. a division chief's division).
       */
      readableRoots: (() => {
        const granted = new Set(session.grants.map((g) => g.orgUnitId));
        return list.filter(
          (u) =>
            granted.has(u.id) &&
            !ancestry(parents, u.id)
              .slice(1)
              .some((id) => granted.has(id)),
        );
      })(),
    };
  }, [session, units, asOf]);
}
