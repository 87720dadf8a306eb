import { RequestValidationError } from '../http/request-validation.error';
import { withIndicatorValueList } from './indicator-value-fields';

describe('indicator values sent by a workspace form', () => {
  it('become the list the API takes, blanks left out, decimal commas read', () => {
    const fields = {
      narrative: 'Done.',
      'indicatorValues.drafts': '2',
      'indicatorValues.judges-trained': '120,5',
      'indicatorValues.budget': ' ',
    };
    expect(withIndicatorValueList(fields)).toEqual({
      narrative: 'Done.',
      indicatorValues: [
        { indicatorId: 'drafts', value: 2 },
        { indicatorId: 'judges-trained', value: 120.5 },
      ],
    });
  });

  it('leave other bodies as they are', () => {
    const body = { narrative: 'Done.', indicatorValues: [{ indicatorId: 'drafts', value: 1 }] };
    expect(withIndicatorValueList(body)).toBe(body);
  });

  it('refuse a value that is not a number under the field the form shows it at', () => {
    expect(() => withIndicatorValueList({ 'indicatorValues.drafts': 'two' })).toThrow(RequestValidationError);
    try {
      withIndicatorValueList({ 'indicatorValues.drafts': 'two' });
    } catch (error) {
      expect((error as RequestValidationError).errors).toEqual([
        { field: 'indicatorValues.drafts', message: 'indicatorValues.drafts must be a number' },
      ]);
    }
  });
});
