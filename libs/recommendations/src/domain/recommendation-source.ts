import type { IsoDate } from './iso-date';

/** The mechanism a recommendation comes from (model version 2). */
export const MECHANISM_KINDS = ['upr', 'treaty_body', 'special_procedure', 'unct', 'osce', 'other'] as const;
export type MechanismKind = (typeof MECHANISM_KINDS)[number];

export type Mechanism = {
  kind: MechanismKind;
  /** treaty_body: the committee ("CRC", "CEDAW"); special_procedure: the mandate ("Special Rapporteur on torture"). */
  body?: string;
};

export type RecommendingParty = {
  /** "Norway", "UNICEF", "OSCE/ODIHR" */
  name: string;
  /** ISO 3166-1 alpha-3, where the party is a State ("NOR"). */
  iso3?: string;
  /** UN regional group where known: "WEOG", "EEG", "GRULAC", "Africa", "Asia-Pacific". */
  regionalGroup?: string;
};

export type RecommendationSource = {
  mechanism: Mechanism;
  /** At least one; joint recommendations have several. */
  recommendingParties: RecommendingParty[];
  /** ISO alpha-3 of the State reviewed ("TKM"). */
  stateUnderReview?: string;
  upr?: { cycle: number; session: number };
  /** UN document symbol, like "A/HRC/24/3". */
  documentSymbol?: string;
  /** A document title where there is no symbol (v1's `document`). */
  document?: string;
  paragraph?: string;
  date?: IsoDate;
  /** The id of the row in the source database (UPR Info, UHRI). */
  externalId?: string;
  /** The source's own response, as it records it ("Supported", "Noted", "Pending"): distinct from the commission's position. */
  response?: string;
};
