import { startApi, type ApiHarness } from './support/api-harness';
import { proposeOne, runCommand } from './support/read-model-commands';

const ENGLISH = 'Guarantee free legal aid to every detained child.';
const RUSSIAN = 'Гарантировать бесплатную юридическую помощь каждому задержанному ребёнку.';
const TURKMEN = 'Tussaghanadaky her bir çaga mugt hukuk kömegini kepillendirmek.';

describe('POST /recommendations/:id/translations and ?lang=', () => {
  let api: ApiHarness;
  let id: string;
  let reference: string;
  let position: string;
  beforeAll(async () => {
    api = await startApi();
    ({ id } = await proposeOne(api, { text: ENGLISH, language: 'en' }));
    api.clock.advance(60);
    await runCommand(api, 'secretariat', `/recommendations/${id}/translations`, {
      language: 'ru',
      text: 'Черновой перевод.',
      translatedBy: 'Draft translator',
    });
    api.clock.advance(60);
    await runCommand(api, 'secretariat', `/recommendations/${id}/translations`, {
      language: 'ru',
      text: RUSSIAN,
      translatedBy: 'UN Russian Translation Service',
    });
    api.clock.advance(60);
    position = await runCommand(api, 'secretariat', `/recommendations/${id}/translations`, {
      language: 'tk',
      text: TURKMEN,
    });
    reference = (await api.as('reporter').get(`/recommendations/${id}?consistentWith=${position}`)).body
      .reference;
  });
  afterAll(() => api.close());

  it('keeps the original and one translation per language, the latest, with who translated it and when', async () => {
    const details = await api
      .as('reporter')
      .get(`/recommendations/${id}?consistentWith=${position}`)
      .expect(200);
    expect(details.body).toMatchObject({
      text: ENGLISH,
      originalLanguage: 'en',
      textLanguage: 'en',
      status: 'proposed',
      translations: [
        {
          language: 'ru',
          text: RUSSIAN,
          translatedBy: 'UN Russian Translation Service',
          addedAt: '2021-02-01T09:02:00.000Z',
        },
        {
          language: 'tk',
          text: TURKMEN,
          translatedBy: 'secretariat-user',
          addedAt: '2021-02-01T09:03:00.000Z',
        },
      ],
    });
  });

  it('keeps both Russian translations in the history', async () => {
    const history = (await api.as('auditor').get(`/recommendations/${id}/history`).expect(200)).body.events;
    expect(history.filter((event: { type: string }) => event.type === 'TranslationAdded')).toHaveLength(3);
    expect(history[1]).toMatchObject({
      type: 'TranslationAdded',
      data: { language: 'ru', text: 'Черновой перевод.', translatedBy: 'Draft translator' },
      metadata: { actor: { id: 'secretariat-user', role: 'secretariat' } },
    });
  });

  it('answers the Turkmen text for ?lang=tk, and says so', async () => {
    const details = await api.as('reporter').get(`/recommendations/${id}?lang=tk`).expect(200);
    expect(details.body).toMatchObject({ text: TURKMEN, textLanguage: 'tk', originalLanguage: 'en' });
  });

  it('answers the original where no translation exists in the language asked for', async () => {
    const details = await api.as('reporter').get(`/recommendations/${id}?lang=fr`).expect(200);
    expect(details.body).toMatchObject({ text: ENGLISH, textLanguage: 'en' });
  });

  it('picks the language on the list too', async () => {
    const page = await api.as('reporter').get(`/recommendations?reference=${reference}&lang=ru`).expect(200);
    expect(page.body.items).toEqual([
      expect.objectContaining({ id, text: RUSSIAN, textLanguage: 'ru', originalLanguage: 'en' }),
    ]);
  });

  it('finds the English original by a word of its Russian translation', async () => {
    const page = await api
      .as('reporter')
      .get(`/recommendations?q=${encodeURIComponent('юридическую')}`)
      .expect(200);
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
    const draft = await api
      .as('reporter')
      .get(`/recommendations?q=${encodeURIComponent('Черновой')}`)
      .expect(200);
    expect(draft.body.items).toEqual([]);
  });

  it('refuses a bad language tag, a null text and a translation into the original language', async () => {
    const post = (body: object) => api.as('secretariat').post(`/recommendations/${id}/translations`, body);
    const badTag = await post({ language: 'русский', text: RUSSIAN }).expect(400);
    expect(badTag.body.errors).toEqual([expect.objectContaining({ field: 'language' })]);
    const nullText = await post({ language: 'ru', text: null }).expect(400);
    expect(nullText.body.errors.map((error: { field: string }) => error.field)).toContain('text');
    const original = await post({ language: 'EN', text: ENGLISH }).expect(422);
    expect(original.body).toMatchObject({
      code: 'RECOMMENDATION.TRANSLATION_IN_ORIGINAL_LANGUAGE',
      language: 'EN',
    });
  });

  it('refuses a bad ?lang= naming it', async () => {
    const response = await api
      .as('reporter')
      .get(`/recommendations/${id}?lang=${encodeURIComponent('ru;x')}`)
      .expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'lang' })]);
  });

  it('answers 403 FORBIDDEN to a reviewer', async () => {
    await api
      .as('reviewer')
      .post(`/recommendations/${id}/translations`, { language: 'ru', text: RUSSIAN })
      .expect(403);
  });

  it('keeps the audit log intact', async () => {
    await api
      .as('auditor')
      .get('/audit/verify')
      .expect(200, /"ok":true/);
  });
});
