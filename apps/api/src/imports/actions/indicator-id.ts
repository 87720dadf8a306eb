import { createHash } from 'node:crypto';
import { normaliseLabel } from '@app/recommendations';

const MAX_SLUG = 60;

/**
 * An imported indicator's id follows from its name, so a re-import finds it: a slug of a Latin-script name, else
 * `indicator-` and 8 hex digits of the normalised name's SHA-256 (ids keep to the route's `[A-Za-z0-9._-]`).
 */
export function indicatorIdOf(name: string): string {
  const normalised = normaliseLabel(name);
  const slug = normalised.replace(/ /g, '-');
  if (/^[a-z0-9-]{3,}$/.test(slug) && slug.length <= MAX_SLUG) return slug;
  return `indicator-${createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 8)}`;
}
