import { hostileRawBody, hostileValue } from './hostile-values';
import {
  aRecommendationId,
  bearer,
  json,
  unique,
  type HostileRequest,
  type Role,
  type Targets,
} from './hostile-targets';
import type { SeededRandom } from './seeded-random';

type CommandSpec = { path: string; role: Role; body: (random: SeededRandom, targets: Targets) => object };

const validProposal = (): object => ({
  text: `Ensure access to justice for every child, item ${unique()}.`,
  reference: `FUZZ-${unique()}`,
  source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNICEF' }] },
  themes: ['justice'],
  sdgTargets: ['16.3'],
});

/** Each command route with a body it would accept; the attacks start from these. */
const COMMANDS: readonly CommandSpec[] = [
  { path: '', role: 'secretariat', body: validProposal },
  { path: 'amend', role: 'secretariat', body: () => ({ text: `Amended text ${unique()}.` }) },
  {
    path: 'schedule-review',
    role: 'secretariat',
    body: () => ({ reviewDueDate: '2021-06-30', meetingRef: 'IAC-1' }),
  },
  {
    path: 'record-position',
    role: 'reviewer',
    body: (r) => ({
      position: r.pick(['supported', 'noted']),
      rationale: 'Agreed.',
      sourceResponse: 'Supported',
      effectiveDate: '2021-01-20',
    }),
  },
  {
    path: 'defer-response',
    role: 'reviewer',
    body: () => ({ reason: 'The State will answer later.', effectiveDate: '2021-01-20' }),
  },
  {
    path: 'reopen-review',
    role: 'reviewer',
    body: () => ({ reason: 'New facts.', reviewDueDate: '2022-03-31' }),
  },
  {
    path: 'reflect-in-plan',
    role: 'secretariat',
    body: (r, t) => ({
      planId: r.pick(t.planIds),
      actionRef: 'Task 2.1',
      responsibleInstitutions: ['Ministry of Justice'],
      targetDate: '2023-12-31',
    }),
  },
  {
    path: 'update-plan-link',
    role: 'secretariat',
    body: () => ({
      actionRef: 'Task 2.2',
      responsibleInstitutions: ['Ombudsperson'],
      targetDate: '2024-06-30',
    }),
  },
  {
    path: 'report-progress',
    role: 'secretariat',
    body: () => ({ status: 'in_progress', narrative: 'Draft submitted.', period: '2022-Q1' }),
  },
  {
    path: 'mark-implemented',
    role: 'reviewer',
    body: () => ({ assessment: 'In force.', evidence: ['https://example.org/a'] }),
  },
  { path: 'publish', role: 'secretariat', body: (r) => ({ rationalePublic: r.chance(0.5) }) },
  { path: 'unpublish', role: 'secretariat', body: () => ({}) },
  { path: 'withdraw', role: 'secretariat', body: () => ({ reason: 'Duplicate.' }) },
  { path: 'archive', role: 'secretariat', body: () => ({ reason: 'Done.' }) },
  {
    path: 'correct',
    role: 'secretariat',
    body: () => ({ changes: { text: `Corrected text ${unique()}.` }, reason: 'Typo.' }),
  },
  {
    path: 'translations',
    role: 'secretariat',
    body: (r) => ({
      language: r.pick(['ru', 'tk']),
      text: `Перевод ${unique()}.`,
      translatedBy: 'Translator',
    }),
  },
  // Routes outside one recommendation: an absolute path, `:plan` standing for one of the targets' plans.
  {
    path: '/institutions',
    role: 'secretariat',
    body: () => ({ id: `fuzz-${unique()}`, names: { en: 'Fuzz agency', ru: 'Агентство' }, kind: 'agency' }),
  },
  {
    path: '/plans/:plan/actions',
    role: 'secretariat',
    body: () => ({ number: `9.${unique()}`, title: 'Fuzz action', startDate: '2021-01-01' }),
  },
];

function commandPath(spec: CommandSpec, id: string, planId: string): string {
  if (spec.path.startsWith('/')) return spec.path.replace(':plan', encodeURIComponent(planId));
  return spec.path === '' ? '/recommendations' : `/recommendations/${id}/${spec.path}`;
}

/** A valid body with one field replaced by a hostile value, or one field dropped, or one unknown field added. */
export function mutatedBody(
  random: SeededRandom,
  body: Record<string, unknown>,
): { label: string; body: object } {
  const keys = Object.keys(body);
  const key = random.pick(keys);
  const roll = random.int(4);
  if (roll === 0) {
    const { [key]: _dropped, ...rest } = body;
    return { label: 'missing-field', body: rest };
  }
  if (roll === 1)
    return {
      label: 'unknown-field',
      body: { ...body, [random.pick(['isAdmin', '__proto__', 'id', 'reference'])]: hostileValue(random) },
    };
  if (roll === 2 && typeof body.source === 'object') {
    return {
      label: 'nested-field',
      body: {
        ...body,
        source: {
          ...(body.source as object),
          [random.pick(['mechanism', 'recommendingParties', 'upr', 'stateUnderReview', 'date', 'paragraph'])]:
            hostileValue(random),
        },
      },
    };
  }
  return { label: 'hostile-field', body: { ...body, [key]: hostileValue(random) } };
}

export function commandAttack(random: SeededRandom, targets: Targets): HostileRequest {
  const spec = random.pick(COMMANDS);
  const id = aRecommendationId(random, targets);
  const base = spec.body(random, targets) as Record<string, unknown>;
  const headers = {
    ...json,
    ...bearer(
      targets.tokens[
        random.chance(0.85)
          ? spec.role
          : random.pick(['reporter', 'auditor', 'reviewer', 'secretariat'] as const)
      ],
    ),
  };
  const roll = random.int(10);
  const request = { method: 'POST', path: commandPath(spec, id, random.pick(targets.planIds)), headers };
  if (roll < 2) return { ...request, label: `${spec.path || 'propose'}:valid`, body: base };
  if (roll < 3)
    return { ...request, label: `${spec.path || 'propose'}:raw-body`, body: hostileRawBody(random) };
  if (roll < 4) {
    const attack = random.pick(['if-match', 'idempotency-key', 'correlation-id', 'content-type']);
    const value = random.pick([
      '"abc"',
      'W/"-1"',
      '"99999999999999999999999"',
      'x'.repeat(3000),
      'ş',
      '*',
      '',
    ]);
    const header =
      attack === 'content-type'
        ? random.pick([
            'text/plain',
            'application/xml',
            'multipart/form-data; boundary=x',
            'application/json; charset=latin1',
            'application/x-www-form-urlencoded',
          ])
        : value;
    return {
      ...request,
      label: `${spec.path || 'propose'}:header-${attack}`,
      headers: { ...headers, [attack === 'correlation-id' ? 'x-correlation-id' : attack]: header },
      body: base,
    };
  }
  const mutated = mutatedBody(random, base);
  return { ...request, label: `${spec.path || 'propose'}:${mutated.label}`, body: mutated.body };
}
