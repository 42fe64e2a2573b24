import { useQuery, useQueryClient } from '@tanstack/react-query';
import { listCommitmentShortfalls, listCommitments } from '../../api/commitments';

/** Query keys: every write invalidates `['commitments']` (the lists, the shortfalls and the landing card). */
export const commitmentsKey = (planId: string, year: number) => ['commitments', planId, year] as const;

export function useCommitments(planId: string, year: number) {
  return useQuery({
    queryKey: commitmentsKey(planId, year),
    queryFn: () => listCommitments(planId, { year }),
  });
}

export function useCommitmentShortfalls(planId: string, year: number, period: string | undefined) {
  return useQuery({
    queryKey: ['commitments', planId, year, 'shortfalls', period ?? null] as const,
    queryFn: () => listCommitmentShortfalls(planId, { year, ...(period ? { period } : {}) }),
  });
}

/** The commitments not yet accepted of a plan (any year): the manager's landing card. */
export function useOpenCommitments(planId: string | undefined) {
  return useQuery({
    queryKey: ['commitments', planId ?? null, 'notAccepted'] as const,
    queryFn: () => listCommitments(planId!, { state: 'notAccepted' }),
    enabled: planId !== undefined,
  });
}

export function useRefreshCommitments() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['commitments'] });
}
