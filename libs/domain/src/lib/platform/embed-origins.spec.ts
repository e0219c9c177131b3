import { embedOriginOf, embedOriginsProblem } from './embed-origins';

describe('embedOriginOf (the web sites that may embed the public page)', () => {
  it('reads an origin as a browser sends it, from what an administrator pastes', () => {
    expect(embedOriginOf('https://www.ljungby.se')).toBe('https://www.ljungby.se');
    expect(embedOriginOf(' HTTPS://WWW.Ljungby.SE/ ')).toBe('https://www.ljungby.se');
    expect(embedOriginOf('http://localhost:8080')).toBe('http://localhost:8080');
    expect(embedOriginOf('https://www.ljungby.se:443/')).toBe('https://www.ljungby.se');
  });

  it('refuses what is not an http(s) origin, or would drop a path, query or user without saying', () => {
    for (const text of [
      'www.ljungby.se',
      'https://www.ljungby.se/projekt',
      'https://www.ljungby.se/?a=1',
      'https://www.ljungby.se/#x',
      'https://user:pw@www.ljungby.se',
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://www.ljungby.se',
      '*',
      '',
    ])
      expect(embedOriginOf(text)).toBeNull();
  });

  it('names the first wrong origin, and too many', () => {
    expect(embedOriginsProblem(['https://a.se', 'https://b.se/x'])).toEqual({
      code: 'not_an_origin',
      value: 'https://b.se/x',
    });
    expect(embedOriginsProblem(Array.from({ length: 21 }, (_, i) => `https://s${i}.se`))).toEqual({
      code: 'too_many',
      most: 20,
    });
    expect(embedOriginsProblem([])).toBeNull();
  });
});
