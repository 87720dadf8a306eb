import { COUNTRIES, countryFor, regionalGroupFor, unEntityFor, UN_ENTITIES } from './countries';

describe('countries', () => {
  it('lists the 193 UN member States and the two observer States, each code once', () => {
    expect(COUNTRIES).toHaveLength(195);
    expect(new Set(COUNTRIES.map((c) => c.iso3)).size).toBe(195);
  });

  it.each([
    ['NOR', 'NOR', 'WEOG'],
    ['Russian Federation', 'RUS', 'EEG'],
    ['Türkiye', 'TUR', 'WEOG'],
    ['Turkey', 'TUR', 'WEOG'],
    ['Iran (Islamic Republic of)', 'IRN', 'Asia-Pacific'],
    ["Cote d'Ivoire", 'CIV', 'Africa'],
    ['united kingdom', 'GBR', 'WEOG'],
    ['Bolivia', 'BOL', 'GRULAC'],
    ['tkm', 'TKM', 'Asia-Pacific'],
  ])('given %p, countryFor answers %p in %p', (label, iso3, group) => {
    expect(countryFor(label)).toMatchObject({ iso3, regionalGroup: group });
  });

  it('given a name that is no State, answers undefined', () => {
    expect(countryFor('Atlantis')).toBeUndefined();
  });

  it('reads the regional groups as the databases spell them', () => {
    expect(regionalGroupFor('Asia')).toBe('Asia-Pacific');
    expect(regionalGroupFor('African Group')).toBe('Africa');
    expect(regionalGroupFor('weog')).toBe('WEOG');
    expect(regionalGroupFor('Other')).toBeUndefined();
  });

  it("names the seed's UN Country Team entities by acronym", () => {
    for (const acronym of [
      'ILO',
      'IOM',
      'OHCHR',
      'UNDP',
      'UNESCO',
      'UNFPA',
      'UNHCR',
      'UNICEF',
      'UNODC',
      'WHO',
      'OSCE',
    ]) {
      expect(UN_ENTITIES.map((e) => e.acronym)).toContain(acronym);
    }
    expect(unEntityFor('unicef')?.acronym).toBe('UNICEF');
    expect(unEntityFor('World Health Organization')?.acronym).toBe('WHO');
  });
});
