import type { ActionMatrixEntry } from '@app/imports';
import { actionIdOf } from '@app/recommendations';
import { institutionIndex } from './institution-index';
import { indicatorIdOf } from './indicator-id';
import { planActionImport, type ImportLookups } from './action-import.plan';

const PLAN = { id: 'NHRAP', periodStart: '2021-01-01', periodEnd: '2025-12-31' };
const registry = institutionIndex([
  {
    institutionId: 'moj',
    names: { en: 'Ministry of Justice', ru: 'Министерство юстиции' },
    abbreviation: 'MoJ',
  },
  { institutionId: 'ombudsperson', names: { en: 'Ombudsperson', tk: 'Ombudsmen' } },
  { institutionId: 'mfa', names: { en: 'Ministry of Foreign Affairs' } },
  { institutionId: 'mfa-2', names: { en: 'Ministry of Foreign Affairs' } },
]);
const lookups = (existing: ImportLookups['existing'] = () => undefined): ImportLookups => ({
  plan: PLAN,
  institution: registry,
  recommendationIdOf: (reference) => ({ 'upr-1': 'rec-1', 'upr-2': 'rec-2' })[reference.trim().toLowerCase()],
  existing,
});
const entry = (overrides: Partial<ActionMatrixEntry> = {}): ActionMatrixEntry => ({
  row: 2,
  rows: [2, 3],
  number: '2.1.3',
  title: 'Draft amendments',
  lead: 'министерство юстиции',
  supporting: ['OMBUDSMEN'],
  startDate: '2021-03-01',
  targetDate: '2022-12-31',
  recommendationReferences: ['UPR-1', 'upr-2 '],
  indicators: [{ name: 'Judges trained', unit: 'people', target: 120 }],
  ...overrides,
});

describe('planActionImport: what importing a results matrix does to each action', () => {
  it('given a new number, when planned, then it creates the action with resolved institutions, links and indicators', () => {
    const { actions, errors } = planActionImport([entry()], lookups());
    expect(errors).toEqual([]);
    expect(actions).toEqual([
      {
        number: '2.1.3',
        actionId: actionIdOf(PLAN.id, '2.1.3'),
        rows: [2, 3],
        create: {
          title: 'Draft amendments',
          leadInstitutionId: 'moj',
          supportingInstitutionIds: ['ombudsperson'],
          startDate: '2021-03-01',
          targetDate: '2022-12-31',
        },
        recommendationIds: ['rec-1', 'rec-2'],
        indicators: [
          {
            indicatorId: 'judges-trained',
            name: 'Judges trained',
            unit: 'people',
            target: 120,
            frequencyMonths: 12,
            scheduleStart: '2021-03-01',
          },
        ],
      },
    ]);
  });

  it('given an existing action, when planned, then only missing links and indicators are added', () => {
    const existing = () => ({ recommendationIds: ['rec-1'], indicatorIds: ['judges-trained'] });
    const [planned] = planActionImport([entry()], lookups(existing)).actions;
    expect(planned.create).toBeUndefined();
    expect(planned.recommendationIds).toEqual(['rec-2']);
    expect(planned.indicators).toEqual([]);
  });

  it('given no start date, when planned, then the schedule starts at the plan start', () => {
    const [planned] = planActionImport([entry({ startDate: undefined })], lookups()).actions;
    expect(planned.indicators[0].scheduleStart).toBe('2021-01-01');
  });

  it('given unknown, ambiguous or misplaced values, when planned, then each is a row error naming the column and the action is left out', () => {
    const bad = entry({
      lead: 'Ministry of Magic',
      supporting: ['Ministry of Foreign Affairs'],
      recommendationReferences: ['UPR-404'],
      targetDate: '2026-06-30',
    });
    const { actions, errors } = planActionImport(
      [bad, entry({ number: '2.1.4', row: 4, rows: [4] })],
      lookups(),
    );
    expect(actions.map((action) => action.number)).toEqual(['2.1.4']);
    expect(errors.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 2, field: 'Lead institution', code: 'IMPORT.ROW.UNKNOWN_INSTITUTION' },
      { row: 2, field: 'Supporting institutions', code: 'IMPORT.ROW.AMBIGUOUS_INSTITUTION' },
      { row: 2, field: 'Target date', code: 'IMPORT.ROW.OUTSIDE_PLAN_PERIOD' },
      { row: 2, field: 'Recommendations', code: 'IMPORT.ROW.UNKNOWN_RECOMMENDATION' },
    ]);
    expect(errors[0].message).toContain('Ministry of Magic');
  });

  it('given a start after the target or a lead also supporting, when planned, then row errors', () => {
    const { errors } = planActionImport([entry({ startDate: '2023-01-01', supporting: ['moj'] })], lookups());
    expect(errors.map((error) => error.code)).toEqual([
      'IMPORT.ROW.LEAD_ALSO_SUPPORTING',
      'IMPORT.ROW.DATES_OUT_OF_ORDER',
    ]);
  });

  it('given the same indicator twice, when planned, then it is defined once', () => {
    const twice = entry({ indicators: [entry().indicators[0], entry().indicators[0]] });
    expect(planActionImport([twice], lookups()).actions[0].indicators).toHaveLength(1);
  });
});

describe('indicatorIdOf', () => {
  it('slugs a Latin name and hashes any other, the same every time', () => {
    expect(indicatorIdOf('Judges trained (total)')).toBe('judges-trained-total');
    expect(indicatorIdOf('Законопроекты')).toMatch(/^indicator-[0-9a-f]{8}$/);
    expect(indicatorIdOf('Законопроекты')).toBe(indicatorIdOf(' законопроекты'));
    expect(indicatorIdOf('Kanunçylyk taslamalary')).toBe('kanuncylyk-taslamalary');
  });
});
