import { readImportFile, type ImportReadResult } from '@app/imports';
import { TEMPLATE_EXPECTED } from '../../../test/fixtures/imports/template-sample';
import { UHRI_EXPECTED } from '../../../test/fixtures/imports/uhri-sample';
import { UPR_INFO_EXPECTED } from '../../../test/fixtures/imports/upr-info-sample';
import { fixture } from './test-support/fixture-stream';

const read = (name: string, profile: string): Promise<ImportReadResult> =>
  readImportFile(fixture(name), { profile });
const errorsOf = (result: ImportReadResult) =>
  result.errors.map(({ row, field, code }) => ({ row, field, code }));
const byText = (result: ImportReadResult, start: string) =>
  result.candidates.find((c) => c.text.startsWith(start));

describe('readImportFile: the UPR Info sample in every encoding, line ending and as a workbook', () => {
  it.each([
    ['upr-info.utf8.lf.csv', 'utf-8'],
    ['upr-info.utf8-bom.crlf.csv', 'utf-8'],
    ['upr-info.windows-1252.crlf.csv', 'windows-1252'],
    ['upr-info.mac-roman.cr.csv', 'macintosh'],
    ['upr-info.xlsx', undefined],
  ])(
    'given %s, when read, then 35 rows make 22 recommendations and 4 row errors (encoding %s)',
    async (name, encoding) => {
      const result = await read(name, 'upr-info');

      expect(result.encoding).toBe(encoding);
      expect(result.header[0]).toBe('To');
      expect(result.rows).toBe(UPR_INFO_EXPECTED.rows);
      expect(result.candidates).toHaveLength(UPR_INFO_EXPECTED.candidates);
      expect(errorsOf(result)).toEqual(UPR_INFO_EXPECTED.errors);
      expect(byText(result, 'Adopt measures to reduce')?.text).toContain('women’s participation');
      expect(byText(result, 'Adopt measures to reduce')?.source.recommendingParties).toEqual([
        { name: "Côte d'Ivoire", iso3: 'CIV', regionalGroup: 'Africa' },
      ]);
      expect(byText(result, 'Review the Criminal Code')?.text).toBe(
        'Review the Criminal Code, in particular:\nthe articles on "defamation", "insult" and "hooliganism",\nso that they comply with the Covenant',
      );
    },
  );

  it('merges a joint recommendation into one, with every State, row and theme, whatever its case and punctuation', async () => {
    const result = await read('upr-info.utf8.lf.csv', 'upr-info');

    const opcat = byText(result, 'Ratify the Optional Protocol to the Convention against Torture');
    expect(opcat).toMatchObject({
      row: 2,
      rows: [2, 3, 4, 31],
      language: 'en',
      themes: ['torture', 'international-instruments'],
      position: 'noted',
      source: {
        mechanism: { kind: 'upr' },
        stateUnderReview: 'TKM',
        upr: { cycle: 2, session: 16 },
        response: 'Noted',
      },
    });
    expect(opcat?.source.recommendingParties.map((p) => p.iso3)).toEqual(['DNK', 'EST', 'CZE', 'POL']);
    expect(
      byText(result, 'Consider ratifying the Rome Statute')?.source.recommendingParties.map((p) => p.iso3),
    ).toEqual(['SWE', 'NLD']);
    expect(
      byText(result, 'Extend a standing invitation')?.source.recommendingParties.map((p) => p.name),
    ).toContain('Türkiye');
  });

  it("maps the source's responses to positions: supported, partly, noted, and pending for the deferred one", async () => {
    const result = await read('upr-info.windows-1252.crlf.csv', 'upr-info');

    const count = (position: string | undefined) =>
      result.candidates.filter((c) => c.position === position).length;
    expect([count('supported'), count('partially_supported'), count('noted'), count('pending')]).toEqual([
      10, 2, 9, 1,
    ]);
    expect(byText(result, 'Allow independent monitors')).toMatchObject({
      position: 'pending',
      source: { response: 'Pending' },
    });
  });
});

describe('readImportFile: the UHRI sample', () => {
  it.each(['uhri.utf8.crlf.csv', 'uhri.windows-1252.lf.csv', 'uhri.xlsx'])(
    'given %s, when read, then 9 rows make 6 recommendations and 2 row errors',
    async (name) => {
      const result = await read(name, 'uhri');

      expect(result.rows).toBe(UHRI_EXPECTED.rows);
      expect(result.candidates).toHaveLength(UHRI_EXPECTED.candidates);
      expect(errorsOf(result)).toEqual(UHRI_EXPECTED.errors);
      expect(byText(result, 'The Committee recommends')).toMatchObject({
        source: {
          mechanism: { kind: 'treaty_body', body: 'CEDAW' },
          recommendingParties: [{ name: 'CEDAW' }],
          documentSymbol: 'CEDAW/C/TKM/CO/5',
          paragraph: '11',
          date: '2018-11-06',
          externalId: 'uhri-001',
        },
        themes: ['womens-rights', 'non-discrimination'],
        sdgTargets: ['5', '5.1'],
      });
      expect(byText(result, 'Guarantee access to safe drinking water')).toMatchObject({
        source: { mechanism: { kind: 'special_procedure' }, date: '2016-07-01' },
      });
      expect(byText(result, 'Ratify the Optional Protocol')).toMatchObject({
        rows: [6, 7],
        position: 'noted',
        source: {
          upr: { cycle: 2, session: 16 },
          recommendingParties: [{ iso3: 'DNK' }, { iso3: 'EST' }, { iso3: 'CZE' }],
        },
      });
    },
  );
});

describe('readImportFile: the template sample', () => {
  it.each(['template.utf8-bom.crlf.csv', 'template.xlsx'])(
    'given %s, when read, then 10 rows make 7 recommendations and 2 row errors',
    async (name) => {
      const result = await read(name, 'template');

      expect(result.rows).toBe(TEMPLATE_EXPECTED.rows);
      expect(result.candidates).toHaveLength(TEMPLATE_EXPECTED.candidates);
      expect(errorsOf(result)).toEqual(TEMPLATE_EXPECTED.errors);
      expect(byText(result, 'Adopt a national strategy')?.source).toMatchObject({
        mechanism: { kind: 'unct' },
        recommendingParties: [{ name: 'UNICEF' }, { name: 'UNESCO' }],
        stateUnderReview: 'TKM',
      });
      expect(byText(result, 'Принять закон')).toMatchObject({
        language: 'ru',
        position: 'supported',
        themes: ['womens-rights'],
      });
      expect(byText(result, 'Ratify the Optional Protocol')).toMatchObject({
        rows: [7, 8],
        themes: ['torture', 'international-instruments'],
      });
    },
  );

  it('given the template in Mac Roman with CR line endings (the Russian row left out), reads the accented State', async () => {
    const result = await read('template.mac-roman.cr.csv', 'template');

    expect(result.encoding).toBe('macintosh');
    expect(
      byText(result, 'Ratify the Optional Protocol')?.source.recommendingParties.map((p) => p.iso3),
    ).toEqual(['DNK', 'EST', 'CZE', 'TUR']);
  });
});
