/** A year of the commission's work, written for the demo: every lifecycle stage, several UN entities. */
export type DemoRole = 'secretariat' | 'reviewer';

export interface DemoStep {
  as: DemoRole;
  command:
    | 'amend'
    | 'schedule-review'
    | 'record-position'
    | 'reopen-review'
    | 'reflect-in-plan'
    | 'report-progress'
    | 'mark-implemented'
    | 'withdraw'
    | 'archive';
  body: Record<string, unknown>;
}

export interface DemoRecommendation {
  proposal: Record<string, unknown> & { reference: string };
  steps: DemoStep[];
}

export const DEMO_PLANS = [
  {
    id: 'NHRAP-2021-2025',
    title: 'National Human Rights Action Plan 2021-2025',
    periodStart: '2021-01-01',
    periodEnd: '2025-12-31',
  },
  {
    id: 'IHL-AP-2021-2023',
    title: 'International Humanitarian Law Action Plan 2021-2023',
    periodStart: '2021-01-01',
    periodEnd: '2023-12-31',
  },
];

const review = (due: string): DemoStep => ({
  as: 'secretariat',
  command: 'schedule-review',
  body: { reviewDueDate: due, meetingRef: 'IAC session 2/2021' },
});
const position = (value: string, rationale: string): DemoStep => ({
  as: 'reviewer',
  command: 'record-position',
  body: { position: value, rationale },
});
const plan = (planId: string, actionRef: string, institutions: string[], targetDate: string): DemoStep => ({
  as: 'secretariat',
  command: 'reflect-in-plan',
  body: { planId, actionRef, responsibleInstitutions: institutions, targetDate },
});
const progress = (status: string, narrative: string, period: string): DemoStep => ({
  as: 'secretariat',
  command: 'report-progress',
  body: { status, narrative, period },
});

export const DEMO_RECOMMENDATIONS: DemoRecommendation[] = [
  {
    proposal: {
      reference: 'DEMO-UNICEF-2021-01',
      text: 'Establish a juvenile justice system with specialised judges and diversion measures for children in conflict with the law.',
      source: {
        mechanism: { kind: 'unct' },
        recommendingParties: [{ name: 'UNICEF' }],
        document: 'Country programme note',
        paragraph: '14',
        date: '2021-03-10',
      },
      themes: ['Juvenile justice', 'Rights of the child'],
      sdgTargets: ['16.3', '16.2'],
      affectedGroups: ['Children'],
    },
    steps: [
      review('2021-05-31'),
      position('supported', 'In line with the judicial reform concept.'),
      plan('NHRAP-2021-2025', 'Task 4.1', ['Supreme Court', 'Ministry of Justice'], '2024-12-31'),
      progress('in_progress', 'Draft law on juvenile justice prepared with UNICEF.', '2022'),
    ],
  },
  {
    proposal: {
      reference: 'DEMO-UNDP-2021-02',
      text: 'Support the Ombudsperson towards accreditation with A status in line with the Paris Principles.',
      source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNDP' }], date: '2021-03-10' },
      themes: ['National human rights institution'],
      sdgTargets: ['16.a'],
    },
    steps: [
      review('2021-05-31'),
      position('supported', 'A priority of the Ombudsperson law review.'),
      plan('NHRAP-2021-2025', 'Task 1.2', ['Office of the Ombudsperson'], '2023-06-30'),
      progress('completed', 'Amendments adopted; application filed with GANHRI.', '2023'),
      {
        as: 'reviewer',
        command: 'mark-implemented',
        body: {
          assessment: 'Amended law in force; accreditation application submitted.',
          evidence: ['Law of 12 May 2023'],
        },
      },
    ],
  },
  {
    proposal: {
      reference: 'DEMO-OHCHR-2021-03',
      text: 'Extend a standing invitation to all special procedures mandate holders.',
      source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'OHCHR' }], date: '2021-03-10' },
      themes: ['Cooperation with special procedures'],
      sdgTargets: ['16.10'],
    },
    steps: [review('2021-05-31'), position('noted', 'Invitations are considered case by case.')],
  },
  {
    proposal: {
      reference: 'DEMO-WHO-2021-04',
      text: 'Guarantee access to essential health services for persons with disabilities in rural areas.',
      source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'WHO' }], date: '2021-04-02' },
      themes: ['Right to health', 'Disability'],
      sdgTargets: ['3.8', '10.2'],
      affectedGroups: ['Persons with disabilities', 'Rural population'],
    },
    steps: [review('2021-06-30')],
  },
  {
    proposal: {
      reference: 'DEMO-ILO-2021-05',
      text: 'Ratify the ILO Violence and Harassment Convention, 2019 (No. 190).',
      source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'ILO' }], date: '2021-04-02' },
      themes: ['Labour rights', 'Gender equality'],
      sdgTargets: ['8.8', '5.2'],
      affectedGroups: ['Women', 'Workers'],
    },
    steps: [],
  },
  {
    proposal: {
      reference: 'DEMO-IOM-2021-06',
      text: 'Set up a national referral mechanism for victims of trafficking in persons.',
      source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'IOM' }], date: '2021-04-02' },
      themes: ['Trafficking in persons'],
      sdgTargets: ['16.2', '8.7'],
      affectedGroups: ['Migrants', 'Victims of trafficking'],
    },
    steps: [
      review('2021-06-30'),
      position('partially_supported', 'Supported; funding to be confirmed in the 2022 budget.'),
      plan(
        'NHRAP-2021-2025',
        'Task 6.3',
        ['Ministry of Internal Affairs', 'State Migration Service'],
        '2025-06-30',
      ),
    ],
  },
  {
    proposal: {
      reference: 'DEMO-UNHCR-2021-07',
      text: 'Adopt procedures to identify and protect stateless persons and prevent statelessness at birth.',
      source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNHCR' }], date: '2021-04-02' },
      themes: ['Statelessness'],
      sdgTargets: ['16.9'],
      affectedGroups: ['Stateless persons', 'Children'],
    },
    steps: [
      review('2021-06-30'),
      position('noted', 'Awaiting the citizenship law review.'),
      {
        as: 'secretariat',
        command: 'reopen-review',
        body: {
          reason: 'Citizenship law review concluded; to be reconsidered.',
          reviewDueDate: '2022-03-31',
        },
      },
    ],
  },
  {
    proposal: {
      reference: 'DEMO-ICRC-IHL-2021-08',
      text: 'Integrate international humanitarian law into the training of the armed forces at every level.',
      source: {
        mechanism: { kind: 'other' },
        recommendingParties: [{ name: 'National IHL Committee' }],
        date: '2021-04-15',
      },
      themes: ['International humanitarian law', 'Training'],
      sdgTargets: ['16.1'],
    },
    steps: [
      review('2021-06-30'),
      position('supported', 'Included in the defence training reform.'),
      plan('IHL-AP-2021-2023', 'Measure 2.1', ['Ministry of Defence'], '2022-12-31'),
      progress('stalled', 'Curriculum revision postponed.', '2022'),
    ],
  },
  {
    proposal: {
      reference: 'DEMO-UPR-2021-09',
      text: 'Ратифицировать Факультативный протокол к Конвенции против пыток. (Ratify OPCAT.)',
      language: 'ru',
      source: {
        mechanism: { kind: 'upr' },
        // A joint recommendation: the same text from two States in the third-cycle review.
        recommendingParties: [
          { name: 'Norway', iso3: 'NOR', regionalGroup: 'WEOG' },
          { name: 'Sweden', iso3: 'SWE', regionalGroup: 'WEOG' },
        ],
        stateUnderReview: 'TKM',
        upr: { cycle: 3, session: 37 },
        documentSymbol: 'A/HRC/46/15',
        paragraph: '114.3',
        date: '2021-01-20',
      },
      themes: ['Prevention of torture'],
      sdgTargets: ['16.3'],
    },
    steps: [
      review('2021-05-31'),
      {
        as: 'secretariat',
        command: 'withdraw',
        body: { reason: 'Duplicate of a recommendation already tracked under the previous UPR cycle.' },
      },
    ],
  },
  {
    proposal: {
      reference: 'DEMO-OSCE-2021-10',
      text: 'Aýal-gyzlara garşy zorlugyň öňüni almak boýunça hünärmenleriň taýýarlygyny güýçlendirmek. (Strengthen training on preventing violence against women.)',
      language: 'tk',
      source: { mechanism: { kind: 'osce' }, recommendingParties: [{ name: 'OSCE' }], date: '2021-05-05' },
      themes: ['Gender-based violence'],
      sdgTargets: ['5.2'],
      affectedGroups: ['Women', 'Girls'],
    },
    steps: [
      review('2021-07-31'),
      position('supported', 'Agreed with the Ministry of Internal Affairs.'),
      {
        as: 'secretariat',
        command: 'archive',
        body: { reason: 'Covered by the national gender equality plan instead.' },
      },
    ],
  },
  {
    proposal: {
      reference: 'DEMO-UNFPA-2021-11',
      text: 'Collect data on maternal health disaggregated by age, region and disability.',
      source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNFPA' }], date: '2021-05-05' },
      themes: ['Data generation', 'Right to health'],
      sdgTargets: ['3.1', '17.18'],
      affectedGroups: ['Women'],
    },
    steps: [
      {
        as: 'secretariat',
        command: 'amend',
        body: { themes: ['Data generation', 'Right to health', 'Statistics'] },
      },
      review('2021-07-31'),
    ],
  },
];
