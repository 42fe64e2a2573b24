import { describe, expect, it } from 'vitest';
import type { TMyReports } from '../../../shared/schemas/report';
import { deadlineText, isManagerOnly, reportsDue } from './reports-due';

type Item = TMyReports['items'][number];

const report = (isDraft: boolean) => ({ isDraft }) as unknown as NonNullable<Item['current']>;

const item = (current: Item['current'], isFrozen = false) => ({ current, isFrozen }) as unknown as Item;

const list = (id: string, deadline: string, items: Item[], status: 'open' | 'closed' = 'open') =>
  ({ round: { id, deadline, status, period: '2024-11' }, items }) as unknown as TMyReports;

describe('the reports due on the landing', () => {
  it('counts what is not submitted yet (a draft is still due) and names the earliest deadline', () => {
    const due = reportsDue([
      list('late', '2024-12-20', [item(null)]),
      list('early', '2024-12-17', [item(null), item(report(true)), item(report(false))]),
    ]);
    expect(due).toEqual({ count: 3, deadline: '2024-12-17', roundId: 'early', period: '2024-11' });
  });

  it('is nothing when all is submitted, frozen or the round is closed', () => {
    expect(reportsDue([list('a', '2024-12-17', [item(report(false)), item(null, true)])])).toBeNull();
    expect(reportsDue([list('b', '2024-12-17', [item(null)], 'closed')])).toBeNull();
    expect(reportsDue([])).toBeNull();
  });

  it('is for managers: readers, auditors, controllers and admins land on the overview', () => {
    expect(isManagerOnly([{ role: 'manager' }])).toBe(true);
    expect(isManagerOnly([{ role: 'reader' }])).toBe(false);
    expect(isManagerOnly([{ role: 'auditor' }])).toBe(false);
    expect(isManagerOnly([{ role: 'manager' }, { role: 'controller' }])).toBe(false);
    expect(isManagerOnly([{ role: 'admin' }])).toBe(false);
  });

  it('writes the deadline as "17 december", with the year when it is another year', () => {
    expect(deadlineText('2024-12-17', 'sv', '2024-12-01')).toBe('17 december');
    expect(deadlineText('2024-12-17', 'en', '2024-12-01')).toBe('17 December');
    expect(deadlineText('2025-01-10', 'sv', '2024-12-01')).toBe('10 januari 2025');
  });
});
