/** The JSON Schema of the open-data files (`/public/data/schema.json`); the CSVs hold the same fields, lists joined by "; ". */
const text = { type: 'string' };
const maybe = (type: string) => ({ type: [type, 'null'] });
const texts = { type: 'array', items: text };
const names = {
  type: 'object',
  description: 'An institution name in English, Russian and Turkmen (English always given)',
  properties: { en: text, ru: text, tk: text },
  required: ['en'],
};
const envelope = (items: object) => ({
  type: 'object',
  required: ['licence', 'logPosition', 'schema', 'items'],
  properties: {
    licence: { ...text, description: 'The licence the data is offered under (PUBLIC_DATA_LICENCE)' },
    logPosition: { ...text, description: 'The event-log position the data reflects, as decimal digits' },
    schema: { ...text, description: 'The address of this schema' },
    items: { type: 'array', items },
  },
});

const recommendation = {
  type: 'object',
  description: 'A recommendation the secretariat published; nothing unpublished is ever included',
  properties: {
    reference: { ...text, description: 'The reference people quote; the only identifier given' },
    text,
    language: { ...text, description: "The original text's language tag" },
    translations: { type: 'object', additionalProperties: text, description: 'Text by language tag' },
    mechanism: { enum: ['upr', 'treaty_body', 'special_procedure', 'unct', 'osce', 'other'] },
    body: maybe('string'),
    recommendingParties: { type: 'array', items: { type: 'object', properties: { name: text, iso3: text } } },
    stateUnderReview: maybe('string'),
    uprCycle: maybe('integer'),
    uprSession: maybe('integer'),
    documentSymbol: maybe('string'),
    document: maybe('string'),
    paragraph: maybe('string'),
    date: { ...maybe('string'), format: 'date' },
    themes: texts,
    sdgTargets: texts,
    affectedGroups: texts,
    status: {
      enum: ['proposed', 'under_review', 'reviewed', 'planned', 'implemented', 'withdrawn', 'archived'],
    },
    position: { enum: ['supported', 'partially_supported', 'noted', 'pending', null] },
    rationale: { ...maybe('string'), description: "The State's explanation, only where published as public" },
    planId: maybe('string'),
    actionNumbers: { ...texts, description: 'Numbers of the published actions it is linked to' },
  },
};

const action = {
  type: 'object',
  description: 'A plan action the secretariat published, identified by plan and number',
  properties: {
    planId: text,
    number: text,
    title: text,
    description: maybe('string'),
    status: { enum: ['planned', 'in_progress', 'delayed', 'completed', 'cancelled'] },
    leadInstitution: { oneOf: [names, { type: 'null' }] },
    supportingInstitutions: { type: 'array', items: names },
    startDate: { ...maybe('string'), format: 'date' },
    targetDate: { ...maybe('string'), format: 'date' },
    recommendationReferences: {
      ...texts,
      description: 'References of the published recommendations it serves',
    },
    indicators: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: text, unit: text, baseline: maybe('number'), target: maybe('number') },
      },
    },
    reports: {
      type: 'array',
      description: 'Validated and published progress reports, oldest period first',
      items: {
        type: 'object',
        properties: {
          periodStart: { ...text, format: 'date' },
          periodEnd: { ...text, format: 'date' },
          narrative: text,
          indicatorValues: {
            type: 'array',
            items: { type: 'object', properties: { indicator: text, unit: text, value: { type: 'number' } } },
          },
        },
      },
    },
  },
};

export const OPEN_DATA_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Public portal open data',
  $defs: {
    'recommendations.json': envelope(recommendation),
    'actions.json': envelope(action),
  },
};
