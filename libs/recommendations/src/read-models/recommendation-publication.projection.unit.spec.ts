import { jsonMatching } from '@app/testing';
import { decided } from '../domain/recommendation.fixtures';
import { hour, lifecycleAfter, row, toReviewed } from './lifecycle-projection.fixtures';

const reviewed = { status: 'reviewed', position: 'supported', review_due_date: '2021-05-31' };
const hidden = { type: 'RecommendationPublished', data: { rationalePublic: false } } as const;

describe('recommendation lifecycle projection: publication', () => {
  it('RecommendationPublished: the row is published (for ?published=), the view dated by it', () => {
    lifecycleAfter([...toReviewed, decided.publish]).then({
      recommendations: [
        row({
          ...reviewed,
          revision: 3,
          updated_at: hour(3),
          published: 1,
          view: jsonMatching({ state: { publication: { rationalePublic: true } }, publishedAt: hour(3) }),
        }),
      ],
    });
  });

  it('published again with the rationale hidden: the choice and the date are the latest', () => {
    lifecycleAfter([...toReviewed, decided.publish, hidden]).then({
      recommendations: [
        row({
          ...reviewed,
          revision: 4,
          updated_at: hour(4),
          published: 1,
          view: jsonMatching({ state: { publication: { rationalePublic: false } }, publishedAt: hour(4) }),
        }),
      ],
    });
  });

  it('RecommendationUnpublished: no longer published, no publication date kept', () => {
    lifecycleAfter([...toReviewed, decided.publish, decided.unpublish]).then({
      recommendations: [
        row({
          ...reviewed,
          revision: 4,
          updated_at: hour(4),
          published: 0,
          view: expect.not.stringContaining('publishedAt') as unknown as string,
        }),
      ],
    });
  });
});
