/** Who may call the API; `admin` may do everything a secretariat or reviewer may. */
/** `focal_point` reports for one institution (its users-file entry names it). */
export const ROLES = ['secretariat', 'reviewer', 'auditor', 'reporter', 'focal_point', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** The roles whose commands `admin` may also run. */
export const ADMIN_ACTS_AS: readonly Role[] = ['secretariat', 'reviewer'];
