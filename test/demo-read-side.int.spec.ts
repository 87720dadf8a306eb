import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '@app/config';
import { SqliteEventStore } from '@app/event-store';
import { addUser } from '@app/users';
import { createReadyApp } from '../apps/api/src/app.factory';
import { loadDemo } from '../apps/cli/src/demo/demo-loader';

process.env.NODE_ENV = 'test';

/** What a new user sees after `npm run demo` then `npm start`: the demo's store read through the API. */
describe('npm run demo, then the API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-read-'));
  const config = loadConfig({ DATA_DIR: dir });
  let app: NestFastifyApplication;
  let token: string;
  let position: string;
  const get = async (path: string) =>
    (
      await request(app.getHttpServer())
        .get(`${path}${path.includes('?') ? '&' : '?'}consistentWith=${position}`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200)
    ).body;

  beforeAll(async () => {
    const store = new SqliteEventStore({ file: join(dir, 'events.db') });
    await loadDemo(store, { dataDir: dir });
    position = String(await store.headPosition());
    await store.close();
    token = await addUser(config.usersFile, { id: 'amina', name: 'Amina K.', roles: ['secretariat'] });
    app = await createReadyApp({ config });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the NHRAP actions in number order, with their institutions, statuses and linked recommendations', async () => {
    const actions = await get('/plans/NHRAP-2021-2025/actions');

    expect(
      actions.map((action: Record<string, unknown>) => [
        action.number,
        action.status,
        action.leadInstitutionId,
        action.recommendationCount,
      ]),
    ).toEqual([
      ['1.2.1', 'delayed', 'ombudsperson', 1],
      ['1.3.2', 'in_progress', 'ministry-of-foreign-affairs', 1],
      ['2.1.2', 'in_progress', 'ministry-of-justice', 2],
      ['2.3.1', 'completed', 'ministry-of-internal-affairs', 1],
      ['3.1.2', 'planned', 'ministry-of-justice', 2],
      ['4.3.1', 'in_progress', 'ministry-of-justice', 2],
      ['5.2.1', 'planned', 'ministry-of-education', 2],
      ['5.4.2', 'in_progress', 'ministry-of-health', 1],
    ]);
    expect(actions.every((action: { implied: boolean }) => !action.implied)).toBe(true);
  });

  it('registers the institutions with their names in English, Russian and Turkmen', async () => {
    const institutions = await get('/institutions');

    expect(institutions).toHaveLength(8);
    expect(institutions).toContainEqual(
      expect.objectContaining({
        id: 'ombudsperson',
        kind: 'ombudsperson',
        names: {
          en: 'Ombudsperson (Ombudsman)',
          ru: 'Уполномоченный по правам человека',
          tk: 'Adam hukuklary boýunça ygtyýarly wekil',
        },
      }),
    );
    const justice = await get('/institutions/ministry-of-justice');
    expect(justice.names).toEqual({
      en: 'Ministry of Justice',
      ru: 'Министерство юстиции',
      tk: 'Adalat ministrligi',
    });
  });

  it('holds the submitted report in the validation queue, and plan progress counts only the validated one', async () => {
    const queue = await get('/validation-queue');
    const plan = await get('/plans/NHRAP-2021-2025');

    expect(queue).toEqual([
      expect.objectContaining({ status: 'submitted', institutionId: 'ministry-of-justice' }),
    ]);
    expect(plan.reports).toEqual({ actionsWithValidatedReport: 1, validatedReports: 1 });
  });

  it('shows the returned report with its comment in the Ministry of Health inbox', async () => {
    const inbox = await get('/inbox?institution=ministry-of-health');

    expect(inbox.needsResubmission).toEqual([
      expect.objectContaining({
        returnedComment: 'Please give the number of clinics refurbished (indicator), not only the budget.',
      }),
    ]);
  });

  it('links the carried-over recommendation on both sides and records the ODIHR assessment beside it', async () => {
    const all = await get('/recommendations?limit=100');
    const items: Array<{ id: string; text: string }> = all.items ?? all;
    const byText = (start: string) => items.filter((item) => item.text.startsWith(start));
    const domesticViolence = byText('Adopt a comprehensive law on domestic violence');
    const osce = byText('Follow up the recommendations of the OSCE/ODIHR')[0];

    expect(domesticViolence).toHaveLength(2);
    const labels = await Promise.all(
      domesticViolence.map(async ({ id }) => {
        const { links } = await get(`/recommendations/${id}`);
        return [...links.outgoing, ...links.incoming].map((link: { label: string }) => link.label);
      }),
    );
    expect(labels.flat().sort()).toEqual(['carried_over_from', 'carried_over_to']);
    expect((await get(`/recommendations/${osce.id}`)).mechanismAssessments).toEqual([
      expect.objectContaining({ scale: 'odihr', grade: 'partially', assessedBy: 'OSCE/ODIHR' }),
    ]);
  });
});
