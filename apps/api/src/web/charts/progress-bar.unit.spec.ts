import { progressBar } from './progress-bar';

const filledWidth = (ratio: number): number =>
  Number(/<rect[^>]*width="([\d.]+)"[^>]*data-ratio/.exec(progressBar(ratio).value)?.[1]);

describe('progressBar', () => {
  it('fills in proportion to the ratio, within the frame, and hides itself from assistive technology', () => {
    expect(filledWidth(0)).toBe(0);
    expect(filledWidth(0.5)).toBe(59);
    expect(filledWidth(1)).toBe(118);
    expect(filledWidth(3)).toBe(118);
    expect(filledWidth(Number.NaN)).toBe(0);
    expect(progressBar(0.5).value).toContain('aria-hidden="true"');
  });
});
