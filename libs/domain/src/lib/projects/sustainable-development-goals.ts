import type { Language } from '../people/language';

/**
 * The seventeen Agenda 2030 goals by their official short names, as the UN's Swedish (Globala
 * målen), Norwegian (FNs bærekraftsmål) and English pages name them. Index 0 is goal 1.
 */
const GOAL_NAMES: Readonly<Record<Language, readonly string[]>> = {
  sv: [
    'Ingen fattigdom',
    'Ingen hunger',
    'Hälsa och välbefinnande',
    'God utbildning för alla',
    'Jämställdhet',
    'Rent vatten och sanitet för alla',
    'Hållbar energi för alla',
    'Anständiga arbetsvillkor och ekonomisk tillväxt',
    'Hållbar industri, innovationer och infrastruktur',
    'Minskad ojämlikhet',
    'Hållbara städer och samhällen',
    'Hållbar konsumtion och produktion',
    'Bekämpa klimatförändringarna',
    'Hav och marina resurser',
    'Ekosystem och biologisk mångfald',
    'Fredliga och inkluderande samhällen',
    'Genomförande och globalt partnerskap',
  ],
  nb: [
    'Utrydde fattigdom',
    'Utrydde sult',
    'God helse og livskvalitet',
    'God utdanning',
    'Likestilling mellom kjønnene',
    'Rent vann og gode sanitærforhold',
    'Ren energi for alle',
    'Anstendig arbeid og økonomisk vekst',
    'Innovasjon og infrastruktur',
    'Mindre ulikhet',
    'Bærekraftige byer og lokalsamfunn',
    'Ansvarlig forbruk og produksjon',
    'Stoppe klimaendringene',
    'Livet i havet',
    'Livet på land',
    'Fred, rettferdighet og velfungerende institusjoner',
    'Samarbeid for å nå målene',
  ],
  en: [
    'No poverty',
    'Zero hunger',
    'Good health and well-being',
    'Quality education',
    'Gender equality',
    'Clean water and sanitation',
    'Affordable and clean energy',
    'Decent work and economic growth',
    'Industry, innovation and infrastructure',
    'Reduced inequalities',
    'Sustainable cities and communities',
    'Responsible consumption and production',
    'Climate action',
    'Life below water',
    'Life on land',
    'Peace, justice and strong institutions',
    'Partnerships for the goals',
  ],
};

const GOAL_WORD: Readonly<Record<Language, string>> = { sv: 'Mål', nb: 'Mål', en: 'Goal' };

/** "Mål 4: God utbildning för alla": a goal as the public page lists it. */
export function sustainableDevelopmentGoalTitle(goal: number, language: Language): string {
  const name = GOAL_NAMES[language][goal - 1];
  return name ? `${GOAL_WORD[language]} ${goal}: ${name}` : `${GOAL_WORD[language]} ${goal}`;
}
