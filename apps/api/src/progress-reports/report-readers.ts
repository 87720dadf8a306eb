import type { Role } from '@app/recommendations';
import { EVERY_ROLE } from '../queries/recommendation-queries.controller';

/** Who may read progress reports: every reading role, and focal points (scoped to their institution). */
export const REPORT_READERS: readonly Role[] = [...EVERY_ROLE, 'focal_point'];
