import { FormControl } from '@angular/forms';
import { embedOriginsValue, originLines } from './embed-origins-field';

describe('the embedding origins field (one web site per line)', () => {
  const errors = (text: string) => embedOriginsValue(new FormControl(text, { nonNullable: true }));

  it('takes origins one per line, blank lines and spaces aside', () => {
    expect(originLines(' https://www.ljungby.se \n\n http://localhost:8080/\n')).toEqual([
      'https://www.ljungby.se',
      'http://localhost:8080/',
    ]);
    expect(errors('https://www.ljungby.se\nhttp://localhost:8080/')).toBeNull();
    expect(errors('')).toBeNull();
  });

  it('names the first line that is no web site’s origin', () => {
    expect(errors('https://www.ljungby.se\nhttps://www.ljungby.se/projekt\nftp://x')).toEqual({
      origin: { line: 'https://www.ljungby.se/projekt' },
    });
    expect(errors('www.ljungby.se')).toEqual({ origin: { line: 'www.ljungby.se' } });
  });

  it('refuses more than twenty web sites', () => {
    const many = Array.from({ length: 21 }, (_, i) => `https://site${i}.se`).join('\n');
    expect(errors(many)).toEqual({ tooMany: { most: 20 } });
  });
});
