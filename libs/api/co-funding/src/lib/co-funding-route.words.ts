import {
  dueDayWords,
  formatMoney,
  type CoFundingRequest,
  type CoFundingRouteReason,
  type Language,
} from '@gp/domain';

const money = (
  amountMinor: number | null,
  currency: CoFundingRequest['currency'] | null,
  language: Language,
) => (amountMinor === null || currency === null ? '–' : formatMoney({ amountMinor, currency }, language));

/** Why a head may not approve, naming the limit and the route: the API's 403 message (English, as all its messages). */
export function aboveDelegationMessage(request: CoFundingRequest): string {
  const { route, plan } = request;
  const body =
    plan.bodyName ??
    (route.route === 'municipal_board' ? 'the municipal board' : "the department's committee");
  const why: Record<CoFundingRouteReason, string> = {
    within_head_limit: '',
    above_head_limit: `it asks ${money(route.totalMinor, route.currency, 'en')}, above the head's delegation of ${money(route.headLimitMinor, route.limitCurrency, 'en')}`,
    no_head_limit: 'the department has delegated no amount to its head',
    other_currency: `it is in ${route.currency}, the delegation in ${route.limitCurrency}`,
    spans_years: `it spans more than ${route.boardAfterYears} budget years`,
    several_departments: 'the project asks more than one department',
  };
  return `This request is decided by ${body}: ${why[route.reason]}. Recommend it for or against; the decision is recorded from the minutes.`;
}

interface RouteTexts {
  head: (limit: string) => string;
  body: (body: string, why: string) => string;
  reasons: Record<
    Exclude<CoFundingRouteReason, 'within_head_limit'>,
    (r: CoFundingRequest['route'], limit: string) => string
  >;
  neededBy: (day: string) => string;
  meeting: (meeting: string, report: string) => string;
  noMeeting: (next: string | null) => string;
  overFrame: (years: string) => string;
}

const TEXTS: Record<Language, RouteTexts> = {
  sv: {
    head: (l) => `Förvaltningschefen beslutar på delegation (upp till ${l}).`,
    body: (b, w) => `Beslutet fattas av ${b}: ${w}.`,
    reasons: {
      above_head_limit: (_r, l) => `beloppet är över förvaltningschefens delegation på ${l}`,
      no_head_limit: () => 'förvaltningen har ingen delegation till förvaltningschefen',
      other_currency: (r) => `ansökan är i ${r.currency}, delegationen i ${r.limitCurrency}`,
      spans_years: (r) => `ansökan gäller fler än ${r.boardAfterYears} budgetår`,
      several_departments: () => 'projektet söker medfinansiering från flera förvaltningar',
    },
    neededBy: (d) => `Beslutet behövs senast ${d}, så att protokollsutdraget hinner med ansökan.`,
    meeting: (m, r) => `Sammanträdet ${m} hinner; tjänsteskrivelsen ska vara registrerad senast ${r}.`,
    noMeeting: (n) =>
      `Inget sammanträde hinner före dess${n ? ` (nästa är ${n})` : ''}. Ett ordförandebeslut kan behövas.`,
    overFrame: (y) => `Ansökan överskrider förvaltningens återstående ram för ${y}.`,
  },
  nb: {
    head: (l) => `Avdelingslederen vedtar på delegasjon (opptil ${l}).`,
    body: (b, w) => `Vedtaket fattes av ${b}: ${w}.`,
    reasons: {
      above_head_limit: (_r, l) => `beløpet er over delegasjonen på ${l}`,
      no_head_limit: () => 'avdelingen har ingen delegasjon til avdelingslederen',
      other_currency: (r) => `søknaden er i ${r.currency}, delegasjonen i ${r.limitCurrency}`,
      spans_years: (r) => `søknaden gjelder flere enn ${r.boardAfterYears} budsjettår`,
      several_departments: () => 'prosjektet søker medfinansiering fra flere avdelinger',
    },
    neededBy: (d) => `Vedtaket trengs senest ${d}, slik at protokollutskriften rekker søknaden.`,
    meeting: (m, r) => `Møtet ${m} rekker; saksframlegget må være registrert senest ${r}.`,
    noMeeting: (n) =>
      `Ingen møter rekker før det${n ? ` (neste er ${n})` : ''}. Et hastevedtak fra leder kan trengs.`,
    overFrame: (y) => `Søknaden overskrider avdelingens gjenstående ramme for ${y}.`,
  },
  en: {
    head: (l) => `The head of administration decides under delegation (up to ${l}).`,
    body: (b, w) => `The decision is made by ${b}: ${w}.`,
    reasons: {
      above_head_limit: (_r, l) => `the amount is above the head's delegation of ${l}`,
      no_head_limit: () => 'the department has delegated no amount to its head',
      other_currency: (r) => `the request is in ${r.currency}, the delegation in ${r.limitCurrency}`,
      spans_years: (r) => `the request spans more than ${r.boardAfterYears} budget years`,
      several_departments: () => 'the project asks more than one department',
    },
    neededBy: (d) =>
      `The decision is needed by ${d}, so that the extract of the minutes can go with the application.`,
    meeting: (m, r) => `The meeting on ${m} is in time; the officer's report must be registered by ${r}.`,
    noMeeting: (n) =>
      `No meeting comes in time${n ? ` (the next is on ${n})` : ''}. The chair's urgent decision may be needed.`,
    overFrame: (y) => `The request exceeds the department's remaining frame for ${y}.`,
  },
};

/** The route and the dates, as paragraphs for the request email in the reader's language. */
export function routeParagraphs(request: CoFundingRequest, language: Language): string[] {
  const t = TEXTS[language];
  const { route, plan } = request;
  const limit = money(route.headLimitMinor, route.limitCurrency, language);
  const lines: string[] = [];
  if (route.route === 'head') lines.push(t.head(limit));
  else
    lines.push(
      t.body(
        plan.bodyName ?? '–',
        t.reasons[route.reason as Exclude<CoFundingRouteReason, 'within_head_limit'>](route, limit),
      ),
    );
  if (plan.decisionNeededBy) lines.push(t.neededBy(dueDayWords(plan.decisionNeededBy, language)));
  if (plan.meeting)
    lines.push(
      t.meeting(dueDayWords(plan.meeting.meetsOn, language), dueDayWords(plan.meeting.reportDueOn, language)),
    );
  else if (route.route !== 'head' && plan.problem && plan.problem !== 'no_call_deadline')
    lines.push(t.noMeeting(plan.nextMeeting ? dueDayWords(plan.nextMeeting.meetsOn, language) : null));
  if (request.yearsOverFrame.length) lines.push(t.overFrame(request.yearsOverFrame.join(', ')));
  return lines;
}
