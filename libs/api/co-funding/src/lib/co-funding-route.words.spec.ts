import { routeCoFunding, type CoFundingRequest } from '@gp/domain';
import { routeParagraphs } from './co-funding-route.words';

/** A request of 80 000 kr with only what the route paragraphs read. */
function requestOf(headLimitMinor: number | null): CoFundingRequest {
  const years = [{ year: 2027, cashMinor: 8_000_000, inKindMinor: 0 }];
  const limit = { headLimitMinor, currency: 'SEK' as const, boardAfterYears: 3 };
  return {
    years,
    currency: 'SEK',
    route: routeCoFunding({ years, currency: 'SEK' }, limit, 1),
    plan: {
      bodyId: null,
      bodyName: 'Oppvekstutvalget',
      decisionNeededBy: null,
      meeting: null,
      nextMeeting: null,
      problem: null,
    },
    yearsOverFrame: [],
  } as unknown as CoFundingRequest;
}

describe('routeParagraphs', () => {
  // A kommunedirektør is the municipality's chief executive, not the head of one department.
  it('calls the head of the department avdelingsleder in Norwegian, where Swedish says förvaltningschef', () => {
    expect(routeParagraphs(requestOf(10_000_000), 'sv')[0]).toMatch(/^Förvaltningschefen beslutar/);
    expect(routeParagraphs(requestOf(10_000_000), 'nb')[0]).toMatch(/^Avdelingslederen vedtar på delegasjon/);
    expect(routeParagraphs(requestOf(null), 'nb')[0]).toBe(
      'Vedtaket fattes av Oppvekstutvalget: avdelingen har ingen delegasjon til avdelingslederen.',
    );
  });
});
