import { describe, expect, it } from 'vitest';
import { parentMap } from './access';
import { canAnswerCommitment, canSetCommitment, commitmentState, shortfall } from './commitments';

const parents = parentMap([
  { id: 'region', parentId: null, name: 'Region' },
  { id: 'hs', parentId: 'region', name: 'HS' },
  { id: 'kirurgi', parentId: 'hs', name: 'Kirurgi' },
]);
const actor = (role: 'admin' | 'controller' | 'manager' | 'reader', orgUnitId: string, userId = 'u1') => ({
  userId,
  grants: [{ role, orgUnitId }],
  isSystem: false,
});

describe('commitment rules', () => {
  it('is set by a controller strictly above the unit, or an admin at or above it', () => {
    expect(canSetCommitment(actor('controller', 'hs'), parents, 'kirurgi')).toBe(true);
    expect(canSetCommitment(actor('controller', 'kirurgi'), parents, 'kirurgi')).toBe(false);
    expect(canSetCommitment(actor('controller', 'region'), parents, 'region')).toBe(false);
    expect(canSetCommitment(actor('admin', 'kirurgi'), parents, 'kirurgi')).toBe(true);
    expect(canSetCommitment(actor('admin', 'kirurgi'), parents, 'hs')).toBe(false);
    expect(canSetCommitment(actor('manager', 'region'), parents, 'kirurgi')).toBe(false);
  });

  it('is answered by the named manager only, or with none named by a manager granted on the unit', () => {
    const named = { orgUnitId: 'kirurgi', managerUserId: 'chef' };
    expect(canAnswerCommitment(actor('manager', 'kirurgi', 'chef'), named)).toBe(true);
    expect(canAnswerCommitment(actor('manager', 'kirurgi', 'other'), named)).toBe(false);
    const unnamed = { orgUnitId: 'kirurgi', managerUserId: null };
    expect(canAnswerCommitment(actor('manager', 'kirurgi'), unnamed)).toBe(true);
    expect(canAnswerCommitment(actor('manager', 'hs'), unnamed)).toBe(false);
    expect(canAnswerCommitment(actor('admin', 'kirurgi'), unnamed)).toBe(false);
    expect(canAnswerCommitment({ userId: null, grants: [] }, unnamed)).toBe(false);
  });

  it('derives the state and shows only a positive shortfall', () => {
    const at = new Date();
    expect(commitmentState({ acceptedAt: null, declinedAt: null })).toBe('pending');
    expect(commitmentState({ acceptedAt: at, declinedAt: null })).toBe('accepted');
    expect(commitmentState({ acceptedAt: null, declinedAt: at })).toBe('declined');
    expect(shortfall(100, 40)).toBe(60);
    expect(shortfall(100, 100)).toBeNull();
    expect(shortfall(100, 140)).toBeNull();
  });
});
