/** A template line as the demo catalogue writes it: due N days before the call deadline, or none. */
export interface DemoChecklistItem {
  title: string;
  guidance: string;
  required: boolean;
  daysBefore: number | null;
}

const item = (
  title: string,
  guidance: string,
  daysBefore: number | null,
  required = true,
): DemoChecklistItem => ({
  title,
  guidance,
  required,
  daysBefore,
});

/** What every EU application needs, from the programmes' own applicant pages (see DOMAIN.md). */
const EU_COMMON: DemoChecklistItem[] = [
  item(
    'EU Login för den som skickar in',
    'Skapa eller kontrollera EU Login-kontot för den som ska skicka in ansökan.',
    45,
  ),
  item(
    'PIC med validerad LEAR',
    'Kommunens PIC-nummer i Funding & Tenders-portalen, med en validerad LEAR. Validering kan ta veckor.',
    42,
  ),
  item(
    'Partnerdeklarationer från alla partner',
    'Varje partner anger sitt bidrag i euro och sin förmåga att förfinansiera.',
    14,
  ),
  item(
    'Utdrag ur nämndens beslut om medfinansiering',
    'Protokollsutdrag med diarienummer. Nämnden beslutar inom sin budgetram; över tre budgetår beslutar kommunstyrelsen.',
    10,
  ),
  item('Budget med växelkursgrund', 'Budgeten i euro, med den växelkurs och det datum den bygger på.', 7),
  item(
    'Intyg om statsstöd / de minimis',
    'Förklaring om statsstöd eller de minimis där programmet kräver det.',
    7,
  ),
  item(
    'Stödbrev från ansvarig myndighet',
    'Brev från den myndighet som ansvarar för politikområdet.',
    10,
    false,
  ),
  item(
    'Slutlig korrekturläsning och inlämning',
    'Läs igenom hela ansökan och lämna in i god tid före deadline.',
    1,
  ),
];

/** Programme-specific checklists; other programmes get the common EU list. */
export const DEMO_CHECKLISTS: Record<string, DemoChecklistItem[]> = {
  'Erasmus+': [
    item('OID för organisationen', 'Erasmus+ använder OID, skapat från PIC i Erasmus+-portalen.', 42),
    item(
      'Mandat från partnerorganisationerna',
      'Varje partner undertecknar ett mandat till den sökande organisationen.',
      14,
    ),
    ...EU_COMMON.filter((i) => !i.title.startsWith('PIC')),
  ],
  'ESF+ Socialfonden': [
    item(
      'Missiv undertecknat av behörig företrädare',
      'Följebrev undertecknat av den som får företräda kommunen.',
      5,
    ),
    item('Förändringsteori', 'Beskriv hur insatserna leder till resultat och effekter.', 14),
    item(
      'Medfinansieringsintyg från varje medfinansiär',
      'Ett intyg per offentlig medfinansiär, med belopp per år.',
      10,
    ),
    item('Upphandlingspolicy', 'Kommunens gällande upphandlingspolicy bifogas.', 7),
    item('Samverkansavtal', 'Avtal med samverkansparterna.', 7),
    item('Förteckning över planerade inköp', 'Lista över inköp som ingår i budgeten.', 7, false),
    item('Utdrag ur nämndens beslut om medfinansiering', 'Protokollsutdrag med diarienummer.', 10),
  ],
  'Interreg Öresund-Kattegat-Skagerrak': [
    ...EU_COMMON,
    item(
      'Medfinansierings- och deltagandeintyg',
      'Intyg från varje offentlig medfinansiär och deltagare.',
      10,
    ),
    item('Bevis om momsregistrering', 'Registreringsbevis för mervärdesskatt.', 10),
    item('Stadgar som visar offentlig status', 'För medfinansiärer som inte är myndigheter.', 10, false),
    item(
      'Underskrifter av svensk lead partner och norsk prosjekteier',
      'Båda parter skriver under ansökan.',
      3,
    ),
  ],
  'Interreg Sverige–Norge': [
    ...EU_COMMON,
    item(
      'IR-ansökan i regionalforvaltning.no',
      'Norska partner söker IR-medel i regionalforvaltning.no.',
      14,
    ),
  ],
};

/** The common EU list, for the EU programmes without a list of their own. */
export const DEMO_EU_CHECKLIST = EU_COMMON;
