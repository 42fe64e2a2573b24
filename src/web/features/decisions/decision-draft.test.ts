import { describe, expect, it } from 'vitest';
import { emptyDraft, parseDecisionDraft, splitCodes } from './decision-draft';

const ids = new Map([
  ['HS-07', 'id-7'],
  ['HS-11', 'id-11'],
]);
const words = { required: 'Måste fyllas i', unknownCodes: (codes: string) => `Okända koder: ${codes}` };
const parse = (change: object) =>
  parseDecisionDraft({ ...emptyDraft('HS-07'), ...change }, 'plan', (code) => ids.get(code), words);

describe('the "Registrera beslut" form', () => {
  it('builds the API input of a beslut that decides the measures', () => {
    const { input, errors } = parse({
      bodyId: 'b',
      meetingDate: '2024-02-13',
      text: ' Beslut ',
      codes: 'HS-07, HS-11 HS-07',
      paragraph: '§ 8',
    });
    expect(errors).toEqual({});
    expect(input).toMatchObject({
      bodyId: 'b',
      text: 'Beslut',
      measureIds: ['id-7', 'id-11'],
      measureStatus: 'decided',
      planId: 'plan',
      dueOn: null,
    });
  });

  it('names every missing field, unknown codes and an assignment without a due date', () => {
    expect(parse({ codes: 'HS-07, XX-1' }).errors).toEqual({
      bodyId: 'Måste fyllas i',
      meetingDate: 'Måste fyllas i',
      text: 'Måste fyllas i',
      measureIds: 'Okända koder: XX-1',
    });
    const assignment = parse({ bodyId: 'b', meetingDate: '2024-02-13', text: 'U', kind: 'assignment' });
    expect(assignment.errors).toEqual({ dueOn: 'Ett uppdrag måste ha ett slutdatum (förfallodag)' });
    expect(splitCodes(' a;b  c,,a ')).toEqual(['a', 'b', 'c']);
  });
});
