import { MAX_JSON_DEPTH, MAX_JSON_VALUES, jsonShapeProblem } from './json-body-limits';

const nested = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

describe('the shape a JSON body may have', () => {
  it(`takes ${MAX_JSON_DEPTH} levels of nesting and refuses one more`, () => {
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH + 1))).toMatch(/nested/);
  });

  it(`takes ${MAX_JSON_VALUES} values and refuses one more`, () => {
    expect(jsonShapeProblem(Array(MAX_JSON_VALUES - 1).fill(0))).toBeUndefined();
    expect(jsonShapeProblem(Array(MAX_JSON_VALUES).fill(0))).toMatch(/at most/);
  });

  it('refuses a number that parsed to Infinity, wherever it is', () => {
    expect(jsonShapeProblem(JSON.parse('{"a":{"b":[1,-1e999]}}'))).toMatch(/number/);
    expect(jsonShapeProblem(JSON.parse('{"a":1.5e300,"b":null,"c":"1e999"}'))).toBeUndefined();
  });
});
