import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@app/config';
import { loadResponseMap } from '../apps/api/src/imports/response-map.file';
import { startApi, type ApiHarness } from './support/api-harness';

const HEADER = 'Text,Mechanism,Recommending parties,State under review,UPR session,Response';
const ROW = 'Consider ratifying the Optional Protocol to the Convention against Torture,upr,Denmark,TKM,30';

/** A commission's own wording of a response, unknown to the built-in map. */
const csvWithResponse = (response: string): Buffer => Buffer.from(`${HEADER}\n${ROW},${response}\n`, 'utf8');

async function importAsAdmin(api: ApiHarness, body: Buffer) {
  return api
    .http()
    .post('/imports?profile=template&dryRun=false')
    .set('Authorization', `Bearer ${api.tokens.admin}`)
    .set('Content-Type', 'text/csv')
    .send(body)
    .expect(201);
}

describe('IMPORT_RESPONSE_MAP_FILE: a commission maps its sources’ own responses to positions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'response-map-'));
  const mapFile = join(dir, 'responses.json');
  writeFileSync(mapFile, JSON.stringify({ 'Accepted with reservations': 'partially_supported' }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given no map file, a response the built-in map does not know records no position', async () => {
    const api = await startApi();
    try {
      const report = await importAsAdmin(api, csvWithResponse('Accepted with reservations'));
      expect(report.body.positions).toMatchObject({ recorded: 0 });
    } finally {
      await api.close();
    }
  });

  it('given the map file, the same response records the mapped position, and built-in responses still work', async () => {
    const api = await startApi({ IMPORT_RESPONSE_MAP_FILE: mapFile });
    try {
      const report = await importAsAdmin(api, csvWithResponse('Accepted with reservations'));
      expect(report.body.positions).toMatchObject({ recorded: 1 });
      const list = await api
        .as('reporter')
        .get(
          `/recommendations?response=Accepted%20with%20reservations&consistentWith=${await api.store.headPosition()}`,
        )
        .expect(200);
      expect(list.body.items.map((item: { position: string }) => item.position)).toEqual([
        'partially_supported',
      ]);
      const builtIn = await importAsAdmin(
        api,
        Buffer.from(`${HEADER}\nEnd child labour,upr,Norway,TKM,30,Noted\n`),
      );
      expect(builtIn.body.positions).toMatchObject({ recorded: 1 });
    } finally {
      await api.close();
    }
  });

  it('refuses at start a file that is not JSON or maps to something that is not a position, naming the variable', () => {
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "Accepted": ');
    expect(() => loadResponseMap(notJson)).toThrow(ConfigError);
    expect(() => loadResponseMap(notJson)).toThrow(/IMPORT_RESPONSE_MAP_FILE/);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ Accepted: 'yes' }));
    expect(() => loadResponseMap(wrong)).toThrow(/"Accepted" maps to "yes"/);
    expect(() => loadResponseMap(join(dir, 'missing.json'))).toThrow(/cannot be read/);
  });
});
