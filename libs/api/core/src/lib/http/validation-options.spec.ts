import { ValidationError } from 'class-validator';
import { validationErrorTree } from './validation-options';

describe('validationErrorTree', () => {
  it('flattens nested errors into dotted field paths', () => {
    const partner = Object.assign(new ValidationError(), {
      property: 'country',
      constraints: { isIn: 'country must be a country code' },
      children: [],
    });
    const first = Object.assign(new ValidationError(), { property: '0', children: [partner] });
    const partners = Object.assign(new ValidationError(), { property: 'partners', children: [first] });
    const title = Object.assign(new ValidationError(), {
      property: 'title',
      constraints: { isNotEmpty: 'title must not be empty' },
      children: [],
    });
    expect(validationErrorTree([title, partners])).toEqual({
      title: ['title must not be empty'],
      'partners.0.country': ['country must be a country code'],
    });
  });
});
