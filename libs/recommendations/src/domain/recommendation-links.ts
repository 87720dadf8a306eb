/**
 * Links between recommendations. The recommendation that runs the command declares the link (outgoing); the other
 * shows it as incoming under the inverse label. `carried_over_from`: the newer recommendation names the older one
 * it repeats (the same recommendation made again in a later cycle), so the older shows "carried over to".
 */
export const LINK_KINDS = ['duplicates', 'carried_over_from', 'related'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** How the other side reads an incoming link. */
export const INVERSE_LINK_LABELS = {
  duplicates: 'duplicated_by',
  carried_over_from: 'carried_over_to',
  related: 'related',
} as const satisfies Record<LinkKind, string>;
export type InverseLinkLabel = (typeof INVERSE_LINK_LABELS)[LinkKind];

/** A link as the declaring recommendation keeps it. */
export type OutgoingLink = { kind: LinkKind; otherRecommendationId: string };

export const sameLink = (a: OutgoingLink, b: OutgoingLink): boolean =>
  a.kind === b.kind && a.otherRecommendationId === b.otherRecommendationId;
