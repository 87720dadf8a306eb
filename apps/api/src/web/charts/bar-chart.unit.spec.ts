import { BAR_AREA, barChart, barLength, type Bar } from './bar-chart';

const text = { id: 'chart-status', title: 'By status', description: 'Planned is the largest.' };
const bar = (label: string, value: number): Bar => ({ label, value, valueText: String(value) });

/** Each bar's label, drawn length and stated value, in order. */
function barsOf(svg: string): { label: string; width: number; value: number }[] {
  return [...svg.matchAll(/<g class="bar">([\s\S]*?)<\/g>/g)].map(([, group]) => ({
    label: /<text[^>]*text-anchor="end"[^>]*>([^<]*)<\/text/.exec(group)?.[1] ?? '',
    width: Number(/<rect[^>]*width="([\d.]+)"/.exec(group)?.[1]),
    value: Number(/data-value="([\d.]+)"/.exec(group)?.[1]),
  }));
}

describe('barChart', () => {
  it('draws one bar per datum, in order, each as long as its value in proportion to the largest', () => {
    const svg = barChart(
      [bar('Planned', 8), bar('Implemented', 2), bar('Proposed', 4), bar('None', 0)],
      text,
    ).value;
    const bars = barsOf(svg);
    expect(bars.map((b) => b.label)).toEqual(['Planned', 'Implemented', 'Proposed', 'None']);
    expect(bars.map((b) => b.width)).toEqual([BAR_AREA, BAR_AREA / 4, BAR_AREA / 2, 0]);
    expect(bars.map((b) => b.value)).toEqual([8, 2, 4, 0]);
  });

  it('is an image named by its title and described by its description', () => {
    const svg = barChart([bar('Planned', 1)], text).value;
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain('aria-labelledby="chart-status-title chart-status-desc"');
    expect(svg).toContain('<title id="chart-status-title">By status</title>');
    expect(svg).toContain('<desc id="chart-status-desc">Planned is the largest.</desc>');
  });

  it('escapes labels, titles and values, so no text can add markup', () => {
    const svg = barChart([{ label: '<script>alert(1)</script> & "Co"', value: 3, valueText: '<b>3</b>' }], {
      ...text,
      title: 'A <title>',
    }).value;
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(svg).toContain('A &lt;title&gt;');
  });

  it('shortens a long label beside the bar and keeps it whole in the tooltip', () => {
    const long = 'Torture and other cruel, inhuman or degrading treatment';
    const svg = barChart([bar(long, 1)], text).value;
    expect(barsOf(svg)[0].label).toBe(`${long.slice(0, 29)}…`);
    expect(svg).toContain(`<title>${long}: 1</title>`);
  });

  it('draws no bar length when every value is zero, and grows taller with each bar', () => {
    expect(barLength(0, 0)).toBe(0);
    const heightOf = (svg: string) => Number(/height="(\d+)"/.exec(svg)?.[1]);
    const one = barChart([bar('A', 0)], text).value;
    const three = barChart([bar('A', 0), bar('B', 0), bar('C', 0)], text).value;
    expect(barsOf(one)[0].width).toBe(0);
    expect(heightOf(three) - heightOf(one)).toBe(60);
  });
});
