import { niceScale } from './chart-scale';
import { BASELINE, PLOT_HEIGHT, lineChart } from './line-chart';

const text = { id: 'chart-time', title: 'Over time', description: 'Two lines.' };
const format = (value: number) => `n${value}`;

/** The text of every <text> element with this class (any when none is given). */
const textsOf = (svg: string, className = ''): string[] =>
  [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text/g)]
    .filter(([, attributes]) => className === '' || attributes.includes(`class="${className}"`))
    .map(([, , content]) => content);

const pointsOf = (svg: string): [number, number][][] =>
  [...svg.matchAll(/<polyline\s+points="([^"]*)"/g)].map(([, points]) =>
    points.split(' ').map((pair) => pair.split(',').map(Number) as [number, number]),
  );

describe('niceScale', () => {
  it('rounds the axis up to whole steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
    expect(niceScale(3)).toEqual({ max: 3, step: 1 });
    expect(niceScale(7)).toEqual({ max: 8, step: 2 });
    expect(niceScale(1000)).toEqual({ max: 1000, step: 500 });
    expect(niceScale(1234)).toEqual({ max: 1500, step: 500 });
  });
});

describe('lineChart', () => {
  const data = {
    categories: ['Feb 2021', 'Mar 2021', 'Apr 2021', 'May 2021'],
    series: [
      { name: 'Reflected in a plan', values: [2, 2, 3, 3] },
      { name: 'Implemented', values: [0, 1, 1, 1] },
    ],
    formatNumber: format,
  };

  it('draws one line per series with a point per category, each as high as its value on a scale from 0', () => {
    const svg = lineChart(data, text).value;
    const lines = pointsOf(svg);
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => line.length)).toEqual([4, 4]);
    // The axis runs 0–3 (niceScale(3)), so a value v sits v/3 of the plot's height above the baseline.
    const heights = lines.map((line) => line.map(([, y]) => Math.round(((BASELINE - y) / PLOT_HEIGHT) * 3)));
    expect(heights).toEqual([
      [2, 2, 3, 3],
      [0, 1, 1, 1],
    ]);
    const xs = lines[0].map(([x]) => x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(lines[1].map(([x]) => x)).toEqual(xs);
  });

  it('labels the y axis with the given number format, the months, and a legend naming each series', () => {
    const svg = lineChart(data, text).value;
    const texts = textsOf(svg);
    expect(texts).toEqual(
      expect.arrayContaining(['n0', 'n1', 'n2', 'n3', 'Reflected in a plan', 'Implemented']),
    );
    expect(textsOf(svg, 'category')).toEqual(data.categories);
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain('aria-labelledby="chart-time-title chart-time-desc"');
  });

  it('labels at most eight months, always the latest, when there are many', () => {
    const months = Array.from({ length: 30 }, (_, n) => `M${n}`);
    const svg = lineChart(
      { ...data, categories: months, series: [{ name: 'A', values: months.map(() => 1) }] },
      text,
    ).value;
    const labelled = textsOf(svg, 'category');
    expect(labelled.length).toBeLessThanOrEqual(8);
    expect(labelled[labelled.length - 1]).toBe('M29');
  });

  it('escapes series names and month labels', () => {
    const svg = lineChart(
      { ...data, categories: ['<i>Feb</i>'], series: [{ name: '"A" & <B>', values: [1] }] },
      text,
    ).value;
    expect(svg).not.toContain('<i>');
    expect(svg).toContain('&lt;i&gt;Feb&lt;/i&gt;');
    expect(svg).toContain('&quot;A&quot; &amp; &lt;B&gt;');
  });
});
