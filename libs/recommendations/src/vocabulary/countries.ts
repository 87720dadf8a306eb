import { COUNTRY_ROWS } from './countries.table';
import { normaliseLabel } from './normalise-label';

export const REGIONAL_GROUPS = ['Africa', 'Asia-Pacific', 'EEG', 'GRULAC', 'WEOG'] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];

export type Country = {
  iso3: string;
  name: string;
  regionalGroup?: RegionalGroup;
  otherNames: readonly string[];
};

export const COUNTRIES: readonly Country[] = COUNTRY_ROWS.map((row) => {
  const [iso3, name, group, others] = row.split('|');
  return {
    iso3,
    name,
    ...(group ? { regionalGroup: group as RegionalGroup } : {}),
    otherNames: others ? others.split(';') : [],
  };
});

const BY_KEY = new Map<string, Country>();
for (const country of COUNTRIES) {
  for (const key of [country.iso3, country.name, ...country.otherNames])
    BY_KEY.set(normaliseLabel(key), country);
}

/** The State named by its ISO 3166-1 alpha-3 code, its UN name or a common short name; case, accents and punctuation do not matter. */
export const countryFor = (nameOrIso3: string): Country | undefined => BY_KEY.get(normaliseLabel(nameOrIso3));

// How UPR Info and UHRI spell the regional groups in their exports.
const GROUP_SPELLINGS: Readonly<Record<string, RegionalGroup>> = {
  africa: 'Africa',
  'african group': 'Africa',
  'african states': 'Africa',
  asia: 'Asia-Pacific',
  'asia pacific': 'Asia-Pacific',
  'asia pacific group': 'Asia-Pacific',
  'asian states': 'Asia-Pacific',
  apg: 'Asia-Pacific',
  eeg: 'EEG',
  'eastern europe': 'EEG',
  'eastern european group': 'EEG',
  'eastern european states': 'EEG',
  grulac: 'GRULAC',
  'latin america and caribbean': 'GRULAC',
  'latin american and caribbean states': 'GRULAC',
  weog: 'WEOG',
  'western european and other states': 'WEOG',
  'western european and others group': 'WEOG',
};

/** One of the five UN regional groups from the spellings databases use ("Asia", "WEOG", "African Group"). */
export const regionalGroupFor = (label: string): RegionalGroup | undefined =>
  GROUP_SPELLINGS[normaliseLabel(label)];

export type UnEntity = { acronym: string; name: string };

/** UN entities and the OSCE as they are named in a UN Country Team's suggestions. */
export const UN_ENTITIES: readonly UnEntity[] = [
  { acronym: 'FAO', name: 'Food and Agriculture Organization of the United Nations' },
  { acronym: 'ILO', name: 'International Labour Organization' },
  { acronym: 'IOM', name: 'International Organization for Migration' },
  { acronym: 'OHCHR', name: 'Office of the United Nations High Commissioner for Human Rights' },
  { acronym: 'OSCE', name: 'Organization for Security and Co-operation in Europe' },
  { acronym: 'OSCE/ODIHR', name: 'OSCE Office for Democratic Institutions and Human Rights' },
  { acronym: 'UNAIDS', name: 'Joint United Nations Programme on HIV/AIDS' },
  { acronym: 'UNDP', name: 'United Nations Development Programme' },
  { acronym: 'UNECE', name: 'United Nations Economic Commission for Europe' },
  { acronym: 'UNEP', name: 'United Nations Environment Programme' },
  { acronym: 'UNESCO', name: 'United Nations Educational, Scientific and Cultural Organization' },
  { acronym: 'UNFPA', name: 'United Nations Population Fund' },
  { acronym: 'UNHCR', name: 'Office of the United Nations High Commissioner for Refugees' },
  { acronym: 'UNICEF', name: "United Nations Children's Fund" },
  { acronym: 'UNODC', name: 'United Nations Office on Drugs and Crime' },
  { acronym: 'UN Women', name: 'United Nations Entity for Gender Equality and the Empowerment of Women' },
  { acronym: 'UNRCO', name: 'United Nations Resident Coordinator Office' },
  { acronym: 'WFP', name: 'World Food Programme' },
  { acronym: 'WHO', name: 'World Health Organization' },
];

const ENTITY_BY_KEY = new Map<string, UnEntity>();
for (const entity of UN_ENTITIES) {
  ENTITY_BY_KEY.set(normaliseLabel(entity.acronym), entity);
  ENTITY_BY_KEY.set(normaliseLabel(entity.name), entity);
}

/** The UN entity named by its acronym or full name. */
export const unEntityFor = (acronymOrName: string): UnEntity | undefined =>
  ENTITY_BY_KEY.get(normaliseLabel(acronymOrName));
