import { useQuery } from '@tanstack/react-query';
import {
  type DecisionListQuery,
  getDecision,
  listAssignmentsPastDue,
  listDecisionBodies,
  listDecisions,
  listMeasuresWithoutDecision,
  listNotedDecisions,
} from '../../api/decisions';

/** Every key starts with 'decisions', so that registering one refreshes all of them. */
export const DECISIONS_KEY = ['decisions'] as const;

export function useDecisionBodies() {
  return useQuery({ queryKey: ['decision-bodies'], queryFn: listDecisionBodies });
}

export function useDecisionList(query: DecisionListQuery) {
  return useQuery({ queryKey: [...DECISIONS_KEY, 'list', query], queryFn: () => listDecisions(query) });
}

export function useDecision(id: string | undefined) {
  return useQuery({
    queryKey: [...DECISIONS_KEY, 'one', id],
    queryFn: () => getDecision(id!),
    enabled: Boolean(id),
  });
}

export function useRegisterLists(planId: string) {
  const withoutDecision = useQuery({
    queryKey: [...DECISIONS_KEY, 'without', planId],
    queryFn: () => listMeasuresWithoutDecision(planId),
  });
  const noted = useQuery({
    queryKey: [...DECISIONS_KEY, 'noted', planId],
    queryFn: () => listNotedDecisions(planId),
  });
  const pastDue = useQuery({
    queryKey: [...DECISIONS_KEY, 'past-due', planId],
    queryFn: () => listAssignmentsPastDue(planId),
  });
  return { withoutDecision, noted, pastDue };
}
