import { HOSTILE_QUERY_VALUES } from './hostile-values';
import { aRecommendationId, bearer, type HostileRequest, type Role, type Targets } from './hostile-targets';
import type { SeededRandom } from './seeded-random';

const QUERY_ROUTES: readonly { path: string; params: readonly string[]; role: Role }[] = [
  {
    path: '/recommendations',
    params: [
      'status',
      'position',
      'mechanism',
      'party',
      'stateUnderReview',
      'cycle',
      'session',
      'response',
      'language',
      'sourceKind',
      'sourceEntity',
      'planId',
      'sdg',
      'theme',
      'overdue',
      'q',
      'reference',
      'institution',
      'institutionRole',
      'action',
      'limit',
      'cursor',
      'consistentWith',
    ],
    role: 'reporter',
  },
  {
    path: '/reports/summary',
    params: ['by', 'q', 'status', 'sdg', 'overdue', 'institution', 'consistentWith'],
    role: 'reporter',
  },
  {
    path: '/reports/recommendations.csv',
    params: ['q', 'status', 'theme', 'overdue', 'institution', 'action', 'lang', 'consistentWith'],
    role: 'reporter',
  },
  { path: '/feed', params: ['after', 'limit', 'consistentWith'], role: 'reporter' },
  {
    path: '/audit/events',
    params: ['after', 'limit', 'stream', 'actor', 'type', 'from', 'to'],
    role: 'auditor',
  },
  { path: '/audit/verify', params: ['stream'], role: 'auditor' },
  { path: '/plans', params: ['consistentWith'], role: 'reporter' },
  { path: '/institutions', params: ['consistentWith'], role: 'reporter' },
  { path: '/inbox', params: ['institution', 'consistentWith'], role: 'secretariat' },
  { path: '/validation-queue', params: ['consistentWith'], role: 'secretariat' },
  { path: '/projections', params: [], role: 'admin' },
  { path: '/health', params: [], role: 'auditor' },
  { path: '/whoami', params: [], role: 'reporter' },
  {
    path: '/public',
    params: ['lang', 'theme', 'mechanism', 'sdg', 'status', 'position', 'page'],
    role: 'reporter',
  },
  { path: '/public/recommendations/FUZZ-1', params: ['lang'], role: 'reporter' },
  { path: '/public/plans', params: ['lang'], role: 'reporter' },
  { path: '/public/data', params: ['lang'], role: 'reporter' },
  { path: '/public/data/recommendations.csv', params: ['lang'], role: 'reporter' },
  { path: '/public/data/actions.json', params: ['lang'], role: 'reporter' },
];

export function queryAttack(random: SeededRandom, targets: Targets): HostileRequest {
  const route = random.pick(QUERY_ROUTES);
  const params = new URLSearchParams();
  const count = route.params.length === 0 ? 0 : 1 + random.int(3);
  for (let i = 0; i < count; i++) params.append(random.pick(route.params), random.pick(HOSTILE_QUERY_VALUES));
  const query = params.toString();
  return {
    label: `GET ${route.path}`,
    method: 'GET',
    path: query ? `${route.path}?${query}` : route.path,
    headers: bearer(targets.tokens[route.role]),
  };
}

export function recordReadAttack(random: SeededRandom, targets: Targets): HostileRequest {
  const id = aRecommendationId(random, targets);
  const tail = random.pick([
    '',
    '/history',
    '/state',
    `/state?revision=${random.pick(HOSTILE_QUERY_VALUES)}`,
    `/state?asOf=${encodeURIComponent(random.pick(HOSTILE_QUERY_VALUES))}`,
    `/evidence/${encodeURIComponent(random.pick(HOSTILE_QUERY_VALUES))}`,
  ]);
  const role = tail.startsWith('/history') || tail.startsWith('/state') ? 'auditor' : 'reporter';
  return {
    label: `GET /recommendations/:id${tail.split('?')[0]}`,
    method: 'GET',
    path: `/recommendations/${id}${tail}`,
    headers: bearer(targets.tokens[role]),
  };
}
