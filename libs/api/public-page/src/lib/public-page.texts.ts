/** The public page speaks Swedish and English, as municipal web pages do. */
export type PublicPageLanguage = 'sv' | 'en';

export const publicPageTexts = {
  sv: {
    title: 'Internationella projekt',
    intro: 'Här listas kommunens pågående och avslutade internationella projekt med extern finansiering.',
    ongoing: 'Pågående projekt',
    closed: 'Avslutade projekt',
    none: 'Inga projekt att visa just nu.',
    period: 'Projektperiod',
    fundingSource: 'Finansieringskälla',
    partners: 'Partner',
    links: 'Länkar',
    contact: 'Kontaktperson',
    results: 'Resultat',
    euStatement: 'Medfinansieras av Europeiska unionen',
    otherLanguage: { code: 'en', label: 'In English' },
    feed: 'Listan som JSON',
  },
  en: {
    title: 'International projects',
    intro: 'The municipality’s ongoing and finished international projects with external funding.',
    ongoing: 'Ongoing projects',
    closed: 'Finished projects',
    none: 'No projects to show at the moment.',
    period: 'Project period',
    fundingSource: 'Funding source',
    partners: 'Partners',
    links: 'Links',
    contact: 'Contact',
    results: 'Results',
    euStatement: 'Co-funded by the European Union',
    otherLanguage: { code: 'sv', label: 'På svenska' },
    feed: 'This list as JSON',
  },
} as const;
