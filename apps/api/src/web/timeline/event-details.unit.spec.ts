import { Formatter } from '../i18n/format';
import { messagesFor } from '../i18n/messages';
import type { WebContext } from '../web-context';
import { eventDetails } from './event-details';

const web: WebContext = { locale: 'en', t: messagesFor('en'), fmt: new Formatter('en'), url: '/app' };

describe('the timeline: what an evidence event says', () => {
  it('EvidenceAttached: each file by name and the start of its hash, and the note', () => {
    const data = {
      evidence: [
        { sha256: 'ab'.repeat(32), fileName: 'minutes.pdf', mediaType: 'application/pdf', size: 10 },
        { sha256: 'cd'.repeat(32), fileName: 'photo.png', mediaType: 'image/png', size: 20 },
      ],
      note: 'Signed minutes',
    };
    expect(eventDetails(web, 'EvidenceAttached', data)).toEqual([
      { label: 'Evidence', value: 'minutes.pdf (SHA-256 abababababab…); photo.png (SHA-256 cdcdcdcdcdcd…)' },
      { label: 'Note', value: 'Signed minutes' },
    ]);
  });

  it('an older text reference to evidence is shown as it was written', () => {
    expect(
      eventDetails(web, 'RecommendationImplemented', { assessment: 'Done', evidence: ['Gazette 2023/7'] }),
    ).toEqual([
      { label: 'Assessment', value: 'Done' },
      { label: 'Evidence', value: 'Gazette 2023/7' },
    ]);
  });
});
