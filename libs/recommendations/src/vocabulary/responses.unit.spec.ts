import { positionForResponse } from './responses';

describe('positionForResponse', () => {
  it.each([
    ['Accepted', 'supported'],
    ['Supported', 'supported'],
    ['supported in part', 'partially_supported'],
    ['Partially supported', 'partially_supported'],
    ['NOTED', 'noted'],
    ['Rejected', 'noted'],
    ['Pending', 'pending'],
    ['Deferred', 'pending'],
    ['Поддержана', 'supported'],
    ['Принята к сведению', 'noted'],
  ])('given the source response %p, answers %p', (text, position) => {
    expect(positionForResponse(text)).toBe(position);
  });

  it('given a response the map does not know, or none, answers undefined', () => {
    expect(positionForResponse('Maybe later')).toBeUndefined();
    expect(positionForResponse('  ')).toBeUndefined();
  });

  it('given a configured map, uses it instead of the default', () => {
    expect(positionForResponse('Enjoys support', { 'enjoys support': 'supported' })).toBe('supported');
    expect(positionForResponse('Accepted', { 'enjoys support': 'supported' })).toBeUndefined();
  });
});
