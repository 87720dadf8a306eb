import { THEMES, themeFor } from './themes';

describe('themes', () => {
  it('gives every theme a kebab-case id and names in English, Russian and Turkmen', () => {
    for (const theme of THEMES) {
      expect(theme.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect([theme.en, theme.ru, theme.tk].every((name) => name.length > 0)).toBe(true);
    }
    expect(new Set(THEMES.map((t) => t.id)).size).toBe(THEMES.length);
  });

  it.each([
    ['womens-rights', 'womens-rights'],
    ['  WOMEN’S RIGHTS and gender   equality ', 'womens-rights'],
    ["Women's rights", 'womens-rights'],
    ['Torture and other CID', 'torture'],
    ['Rights of the Child', 'rights-of-the-child'],
    ['Права ребёнка', 'rights-of-the-child'],
    ['Adam söwdasy', 'trafficking'],
    ['Freedom of religion and belief', 'freedom-of-religion'],
  ])('given the label %p, themeFor answers %p', (label, id) => {
    expect(themeFor(label)).toBe(id);
  });

  it('given a label nobody mapped, themeFor answers undefined rather than guessing', () => {
    expect(themeFor('Space exploration')).toBeUndefined();
  });
});
