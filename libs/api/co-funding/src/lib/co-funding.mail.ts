import {
  coFundingTotal,
  formatMoney,
  type CoFundingRequest,
  type Language,
  type OutgoingMail,
} from '@gp/domain';
import { composeMail } from '@gp/api/mail';
import { routeParagraphs } from './co-funding-route.words';

export interface MailRecipient {
  email: string;
  name: string;
  language: Language;
}

interface Texts {
  greeting: (name: string) => string;
  signature: string;
  requestedSubject: (project: string) => string;
  requestedBody: (r: CoFundingRequest, amounts: string, years: string) => string[];
  requestedAction: string;
  decidedSubject: (approved: boolean, project: string) => string;
  decidedBody: (r: CoFundingRequest, approved: boolean) => string[];
  decidedAction: string;
  minutes: (m: NonNullable<CoFundingRequest['minutes']>, urgent: boolean) => string;
}

/** Who decided as the email says it: the body whose minutes record it, else the head who decided. */
const deciderOf = (r: CoFundingRequest): string | null =>
  r.decidedAs !== 'head' && r.minutes ? r.minutes.bodyName : r.decidedByName;

const texts: Record<Language, Texts> = {
  sv: {
    greeting: (n) => `Hej ${n}!`,
    signature: 'Projektdesken',
    requestedSubject: (p) => `Medfinansiering att godkänna: ${p}`,
    requestedBody: (r, amounts, years) => [
      `${r.requestedByName ?? 'En samordnare'} ber ${r.departmentName} om medfinansiering till projektet ”${r.projectTitle}”: ${amounts} (budgetår ${years}).`,
      `Motivering: ${r.justification || '–'}`,
      'Ansökan kan inte lämnas in förrän medfinansieringen är godkänd.',
    ],
    requestedAction: 'Godkänn eller avslå i Projektdesken',
    decidedSubject: (a, p) => (a ? `Medfinansieringen är godkänd: ${p}` : `Medfinansieringen avslogs: ${p}`),
    decidedBody: (r, a) => [
      `${deciderOf(r) ?? 'Förvaltningschefen'} har ${a ? 'godkänt' : 'avslagit'} medfinansieringen från ${r.departmentName} till projektet ”${r.projectTitle}”.`,
      ...(r.decisionComment ? [`Kommentar: ${r.decisionComment}`] : []),
    ],
    decidedAction: 'Öppna projektet',
    minutes: (m, u) =>
      `${u ? 'Ordförandebeslut' : 'Beslutat'} av ${m.bodyName} ${m.meetsOn}, ${m.paragraph.startsWith('§') ? m.paragraph : `§ ${m.paragraph}`}, diarienummer ${m.caseNumber}.`,
  },
  nb: {
    greeting: (n) => `Hei ${n}!`,
    signature: 'Projektdesken',
    requestedSubject: (p) => `Medfinansiering til godkjenning: ${p}`,
    requestedBody: (r, amounts, years) => [
      `${r.requestedByName ?? 'En koordinator'} ber ${r.departmentName} om medfinansiering til prosjektet «${r.projectTitle}»: ${amounts} (budsjettår ${years}).`,
      `Begrunnelse: ${r.justification || '–'}`,
      'Søknaden kan ikke sendes inn før medfinansieringen er godkjent.',
    ],
    requestedAction: 'Godkjenn eller avslå i Projektdesken',
    decidedSubject: (a, p) =>
      a ? `Medfinansieringen er godkjent: ${p}` : `Medfinansieringen ble avslått: ${p}`,
    decidedBody: (r, a) => [
      `${deciderOf(r) ?? 'Avdelingslederen'} har ${a ? 'godkjent' : 'avslått'} medfinansieringen fra ${r.departmentName} til prosjektet «${r.projectTitle}».`,
      ...(r.decisionComment ? [`Kommentar: ${r.decisionComment}`] : []),
    ],
    decidedAction: 'Åpne prosjektet',
    minutes: (m, u) =>
      `${u ? 'Hastevedtak' : 'Vedtatt'} av ${m.bodyName} ${m.meetsOn}, sak ${m.paragraph}, saksnummer ${m.caseNumber}.`,
  },
  en: {
    greeting: (n) => `Hello ${n},`,
    signature: 'Projektdesken',
    requestedSubject: (p) => `Co-funding to approve: ${p}`,
    requestedBody: (r, amounts, years) => [
      `${r.requestedByName ?? 'A coordinator'} asks ${r.departmentName} to co-fund the project “${r.projectTitle}”: ${amounts} (budget years ${years}).`,
      `Justification: ${r.justification || '–'}`,
      'The application cannot be submitted until the co-funding is approved.',
    ],
    requestedAction: 'Approve or reject in Projektdesken',
    decidedSubject: (a, p) => (a ? `Co-funding approved: ${p}` : `Co-funding rejected: ${p}`),
    decidedBody: (r, a) => [
      `${deciderOf(r) ?? 'The head of department'} has ${a ? 'approved' : 'rejected'} the co-funding from ${r.departmentName} for the project “${r.projectTitle}”.`,
      ...(r.decisionComment ? [`Comment: ${r.decisionComment}`] : []),
    ],
    decidedAction: 'Open the project',
    minutes: (m, u) =>
      `${u ? "The chair's urgent decision" : 'Decided'} by ${m.bodyName} on ${m.meetsOn}, ${m.paragraph}, case number ${m.caseNumber}.`,
  },
};

const cashAndInKind: Record<Language, (cash: string, inKind: string) => string> = {
  sv: (c, k) => `${c} kontant och ${k} i annat än pengar`,
  nb: (c, k) => `${c} kontant og ${k} i naturalia`,
  en: (c, k) => `${c} in cash and ${k} in kind`,
};

/** Asks a department head to decide, with a link straight to the request in their inbox. */
export function coFundingRequestedMail(
  to: MailRecipient,
  request: CoFundingRequest,
  appUrl: string,
): OutgoingMail {
  const t = texts[to.language];
  const total = coFundingTotal(request.years);
  const amounts = cashAndInKind[to.language](
    formatMoney({ amountMinor: total.cashMinor, currency: request.currency }, to.language),
    formatMoney({ amountMinor: total.inKindMinor, currency: request.currency }, to.language),
  );
  const years = request.years.map((y) => y.year).join(', ');
  return composeMail({
    kind: 'co_funding_requested',
    to: to.email,
    language: to.language,
    subject: t.requestedSubject(request.projectTitle),
    greeting: t.greeting(to.name),
    paragraphs: [...t.requestedBody(request, amounts, years), ...routeParagraphs(request, to.language)],
    action: { label: t.requestedAction, url: `${appUrl}/approvals?request=${request.id}` },
    signature: t.signature,
  });
}

/** Tells the project lead and coordinator what the department head decided. */
export function coFundingDecidedMail(
  to: MailRecipient,
  request: CoFundingRequest,
  appUrl: string,
): OutgoingMail {
  const t = texts[to.language];
  const approved = request.status === 'approved';
  return composeMail({
    kind: 'co_funding_decided',
    to: to.email,
    language: to.language,
    subject: t.decidedSubject(approved, request.projectTitle),
    greeting: t.greeting(to.name),
    paragraphs: [
      ...t.decidedBody(request, approved),
      ...(request.minutes ? [t.minutes(request.minutes, request.decidedAs === 'chair_urgent')] : []),
    ],
    action: { label: t.decidedAction, url: `${appUrl}/projects/${request.projectId}` },
    signature: t.signature,
  });
}
