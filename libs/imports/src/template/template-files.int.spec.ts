import { PassThrough } from 'node:stream';
import { readImportFile, templateCsv, writeTemplateXlsx } from '@app/imports';

describe('the import template files', () => {
  it('given the CSV template as served, when imported with the template profile, then its example is one recommendation', async () => {
    const result = await readImportFile([Buffer.from(templateCsv())], { profile: 'template' });

    expect(result).toMatchObject({ format: 'csv', encoding: 'utf-8', rows: 1, errors: [] });
    expect(result.candidates[0]).toMatchObject({
      source: { mechanism: { kind: 'upr' }, upr: { cycle: 2, session: 16 }, documentSymbol: 'A/HRC/24/3' },
      position: 'noted',
    });
  });

  it('given the XLSX template as served, when imported, then its example is one recommendation and the help sheet is ignored', async () => {
    const output = new PassThrough();
    const written = writeTemplateXlsx(output);

    const result = await readImportFile(output, { profile: 'template' });
    await written;

    expect(result).toMatchObject({ format: 'xlsx', rows: 1, errors: [] });
    expect(result.candidates[0].source.recommendingParties.map((p) => p.iso3)).toEqual(['NOR', 'DNK']);
  });
});
