import { LIFECYCLE_ROWS } from '@app/recommendations';
import { commandRoute } from './command-routes';

describe("the routes a recommendation's forms post to", () => {
  it("are the API's own command routes, read from its controller", () => {
    const id = '0b9a3f52-7a4e-4a43-9d35-2f3c3b7c1e11';
    expect(commandRoute('propose')).toBe('/recommendations');
    expect(commandRoute('scheduleReview', id)).toBe(`/recommendations/${id}/schedule-review`);
    expect(commandRoute('recordPosition', id)).toBe(`/recommendations/${id}/record-position`);
    expect(commandRoute('addTranslation', id)).toBe(`/recommendations/${id}/translations`);
    expect(commandRoute('attachEvidence', id)).toBe(`/recommendations/${id}/evidence`);
    expect(commandRoute('publish', id)).toBe(`/recommendations/${id}/publish`);
    expect(commandRoute('unpublish', id)).toBe(`/recommendations/${id}/unpublish`);
  });

  it('exist for every command of the lifecycle table', () => {
    for (const row of LIFECYCLE_ROWS) expect(commandRoute(row.command, 'x')).toMatch(/^\/recommendations/);
  });
});
