import { describe, expect, it } from 'vitest';
import {
  type AccessActor,
  canBeResponsible,
  canDecideMeasure,
  canEditMeasure,
  canReadAll,
  canReadUnit,
  canRecordDecisions,
  isTenantAdmin,
  parentMap,
} from './access';

const units = [
  { id: 'region', parentId: null, name: 'Region' },
  { id: 'hs', parentId: 'region', name: 'Hälso- och sjukvård' },
  { id: 'kir', parentId: 'hs', name: 'Division Kirurgi' },
  { id: 'kt', parentId: 'region', name: 'Kollektivtrafik' },
];
const parents = parentMap(units);
const actor = (grants: AccessActor['grants'], userId = 'u1'): AccessActor => ({
  userId,
  grants,
  isSystem: false,
});

describe('access rules', () => {
  it('lets a controller edit within the subtree only', () => {
    const controller = actor([{ role: 'controller', orgUnitId: 'hs' }]);
    expect(canEditMeasure(controller, parents, { orgUnitId: 'kir', responsibleUserId: null })).toBe(true);
    expect(canEditMeasure(controller, parents, { orgUnitId: 'kt', responsibleUserId: null })).toBe(false);
    expect(canReadUnit(controller, parents, 'region')).toBe(false);
    expect(canReadAll(controller, units)).toBe(false);
  });

  it('lets a manager edit only the measures he or she is responsible for', () => {
    const manager = actor([{ role: 'manager', orgUnitId: 'kir' }], 'chef');
    expect(canEditMeasure(manager, parents, { orgUnitId: 'kir', responsibleUserId: 'chef' })).toBe(true);
    expect(canEditMeasure(manager, parents, { orgUnitId: 'kir', responsibleUserId: 'annan' })).toBe(false);
    expect(canEditMeasure(manager, parents, { orgUnitId: 'kt', responsibleUserId: 'chef' })).toBe(false);
  });

  it('never lets readers or auditors edit, and makes only a top-level admin tenant admin', () => {
    for (const role of ['reader', 'auditor'] as const) {
      const user = actor([{ role, orgUnitId: 'region' }]);
      expect(canReadAll(user, units)).toBe(true);
      expect(canEditMeasure(user, parents, { orgUnitId: 'kir', responsibleUserId: 'u1' })).toBe(false);
    }
    expect(isTenantAdmin(actor([{ role: 'admin', orgUnitId: 'region' }]), units)).toBe(true);
    expect(isTenantAdmin(actor([{ role: 'admin', orgUnitId: 'hs' }]), units)).toBe(false);
  });
});

describe('recording decisions', () => {
  it('needs an admin or a controller on a top unit', () => {
    expect(canRecordDecisions(actor([{ role: 'admin', orgUnitId: 'region' }]), units)).toBe(true);
    expect(canRecordDecisions(actor([{ role: 'controller', orgUnitId: 'region' }]), units)).toBe(true);
    expect(canRecordDecisions(actor([{ role: 'controller', orgUnitId: 'hs' }]), units)).toBe(false);
    expect(canRecordDecisions(actor([{ role: 'admin', orgUnitId: 'kir' }]), units)).toBe(false);
    expect(canRecordDecisions(actor([{ role: 'reader', orgUnitId: 'region' }]), units)).toBe(false);
    expect(canRecordDecisions(actor([{ role: 'auditor', orgUnitId: 'region' }]), units)).toBe(false);
    expect(canRecordDecisions({ userId: null, grants: [], isSystem: true }, units)).toBe(true);
  });
});

describe('decisions on a measure and who may hold it (issue 11, item 22)', () => {
  it('lets only an admin or controller over the unit take a decision step', () => {
    expect(canDecideMeasure(actor([{ role: 'controller', orgUnitId: 'hs' }]), parents, 'kir')).toBe(true);
    expect(canDecideMeasure(actor([{ role: 'admin', orgUnitId: 'region' }]), parents, 'kir')).toBe(true);
    expect(canDecideMeasure(actor([{ role: 'controller', orgUnitId: 'kt' }]), parents, 'kir')).toBe(false);
    expect(canDecideMeasure(actor([{ role: 'manager', orgUnitId: 'kir' }], 'chef'), parents, 'kir')).toBe(
      false,
    );
    expect(canDecideMeasure(actor([{ role: 'reader', orgUnitId: 'region' }]), parents, 'kir')).toBe(false);
  });

  it('makes responsible only someone who can act on the unit', () => {
    expect(canBeResponsible([{ role: 'manager', orgUnitId: 'kir' }], parents, 'kir')).toBe(true);
    expect(canBeResponsible([{ role: 'controller', orgUnitId: 'hs' }], parents, 'kir')).toBe(true);
    expect(canBeResponsible([{ role: 'manager', orgUnitId: 'kt' }], parents, 'kir')).toBe(false);
    expect(canBeResponsible([{ role: 'reader', orgUnitId: 'region' }], parents, 'kir')).toBe(false);
    expect(canBeResponsible([{ role: 'auditor', orgUnitId: 'region' }], parents, 'kir')).toBe(false);
    expect(canBeResponsible([], parents, 'kir')).toBe(false);
  });
});
