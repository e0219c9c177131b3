import type { Currency, ProgrammeKind } from '@gp/domain';

/** A call that recurs every year on the same day: the demo shows its next occurrence. */
export interface DemoCall {
  title: string;
  /** Month (1–12), day, and the funder's wall-clock time of the deadline. */
  deadline: { month: number; day: number; time: string; zone: string };
  opensDaysBefore: number;
  maxGrantMinor: number | null;
  maxGrantCurrency: Currency | null;
  coFinancingRatePercent: number | null;
  link: string;
}

export interface DemoProgramme {
  name: string;
  funder: string;
  kind: ProgrammeKind;
  coFinancingRatePercent: number | null;
  link: string | null;
  descriptionSv: string;
  descriptionEn: string;
  calls: DemoCall[];
}

const brussels = (month: number, day: number, time = '12:00') => ({
  month,
  day,
  time,
  zone: 'Europe/Brussels',
});
const stockholm = (month: number, day: number, time = '23:59') => ({
  month,
  day,
  time,
  zone: 'Europe/Stockholm',
});
const eur = (whole: number) => whole * 100;

/**
 * The 2021–2027 programmes a Swedish or Norwegian municipality applies to, with typical rates and
 * deadlines from ../shared/DOMAIN.md. Call dates change every year: realistic examples, not truth.
 */
export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    name: 'Erasmus+',
    funder: 'Europeiska kommissionen (UHR i Sverige, HK-dir i Norge)',
    kind: 'eu_direct',
    coFinancingRatePercent: null,
    link: 'https://www.utbyten.se/program/erasmus/',
    descriptionSv:
      'EU:s program för utbildning, ungdom och idrott: mobilitet för personal och elever (KA1) och samarbetspartnerskap (KA2). Bidrag som enhetskostnader och klumpsummor.',
    descriptionEn:
      'The EU programme for education, youth and sport: staff and learner mobility (KA1) and cooperation partnerships (KA2), funded through unit costs and lump sums.',
    calls: [
      {
        title: 'KA1 Mobilitetsprojekt inom skola, yrkesutbildning och vuxenutbildning',
        deadline: brussels(2, 19),
        opensDaysBefore: 90,
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: null,
        link: 'https://www.utbyten.se/program/erasmus/',
      },
      {
        title: 'KA220 Samarbetspartnerskap',
        deadline: brussels(3, 5),
        opensDaysBefore: 90,
        maxGrantMinor: eur(400_000),
        maxGrantCurrency: 'EUR',
        coFinancingRatePercent: null,
        link: 'https://www.utbyten.se/program/erasmus/',
      },
      {
        title: 'KA210 Småskaliga partnerskap (höstomgång)',
        deadline: brussels(10, 1),
        opensDaysBefore: 120,
        maxGrantMinor: eur(60_000),
        maxGrantCurrency: 'EUR',
        coFinancingRatePercent: null,
        link: 'https://www.utbyten.se/program/erasmus/',
      },
    ],
  },
  {
    name: 'ESF+ Socialfonden',
    funder: 'Svenska ESF-rådet',
    kind: 'eu_shared',
    coFinancingRatePercent: 54,
    link: 'https://www.esf.se/',
    descriptionSv:
      'Europeiska socialfonden+ för kompetensförsörjning, arbetsmarknad och social inkludering. Sökanden står själv för 46 % medfinansiering (40 % i Norra Mellansverige).',
    descriptionEn:
      'The European Social Fund+ for skills, employment and social inclusion. Applicants co-finance 46% themselves (40% in North Middle Sweden).',
    calls: [
      {
        title: 'Programområde A: Stärka individers möjligheter att etablera sig i arbetslivet',
        deadline: stockholm(2, 26),
        opensDaysBefore: 60,
        maxGrantMinor: 1_000_000_000,
        maxGrantCurrency: 'SEK',
        coFinancingRatePercent: 54,
        link: 'https://www.esf.se/',
      },
    ],
  },
  {
    name: 'Regionalfonden (ERUF)',
    funder: 'Tillväxtverket',
    kind: 'eu_shared',
    coFinancingRatePercent: 40,
    link: 'https://tillvaxtverket.se/',
    descriptionSv:
      'Europeiska regionala utvecklingsfonden, åtta regionala program och ett nationellt. ERUF står för högst 40–50 % av de totala kostnaderna.',
    descriptionEn:
      'The European Regional Development Fund: eight regional programmes and one national. ERDF pays at most 40–50% of total costs.',
    calls: [
      {
        title: 'Småland och Öarna: Hållbar omställning och innovation',
        deadline: stockholm(4, 15),
        opensDaysBefore: 60,
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: 40,
        link: 'https://tillvaxtverket.se/',
      },
    ],
  },
  {
    name: 'Interreg Europe',
    funder: 'Interreg Europe (gemensamt sekretariat, Lille)',
    kind: 'interreg',
    coFinancingRatePercent: 80,
    link: 'https://www.interregeurope.eu/',
    descriptionSv:
      'Erfarenhetsutbyte mellan regioner i hela Europa för att förbättra regional politik. 80 % för offentliga partner, 70 % för privata ideella; norska partner högst 50 % nationella medel.',
    descriptionEn:
      'Interregional exchange across Europe to improve regional policy. 80% for public partners, 70% for private non-profits; Norwegian partners up to 50% national funding.',
    calls: [
      {
        title: 'Utlysning för interregionala samarbetsprojekt',
        deadline: { month: 5, day: 31, time: '12:00', zone: 'Europe/Paris' },
        opensDaysBefore: 90,
        maxGrantMinor: eur(2_000_000),
        maxGrantCurrency: 'EUR',
        coFinancingRatePercent: 80,
        link: 'https://www.interregeurope.eu/',
      },
    ],
  },
  {
    name: 'Interreg Central Baltic',
    funder: 'Interreg Central Baltic (gemensamt sekretariat, Åbo)',
    kind: 'interreg',
    coFinancingRatePercent: 80,
    link: 'https://centralbaltic.eu/',
    descriptionSv:
      'Gränsöverskridande samarbete mellan Sverige, Finland, Åland, Estland och Lettland. Ordinarie projekt söks i två steg.',
    descriptionEn:
      'Cross-border cooperation between Sweden, Finland, Åland, Estonia and Latvia. Regular projects apply in two steps.',
    calls: [
      {
        title: 'Femte utlysningen, steg 1',
        deadline: { month: 9, day: 30, time: '16:00', zone: 'Europe/Helsinki' },
        opensDaysBefore: 60,
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: 80,
        link: 'https://centralbaltic.eu/',
      },
    ],
  },
  {
    name: 'Interreg South Baltic',
    funder: 'Interreg South Baltic (gemensamt sekretariat, Gdańsk)',
    kind: 'interreg',
    coFinancingRatePercent: 80,
    link: 'https://southbaltic.eu/',
    descriptionSv: 'Samarbete kring södra Östersjön mellan Sverige, Danmark, Tyskland, Polen och Litauen.',
    descriptionEn:
      'Cooperation around the southern Baltic Sea between Sweden, Denmark, Germany, Poland and Lithuania.',
    calls: [
      {
        title: 'Utlysning för ordinarie projekt',
        deadline: { month: 6, day: 12, time: '16:00', zone: 'Europe/Warsaw' },
        opensDaysBefore: 60,
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: 80,
        link: 'https://southbaltic.eu/',
      },
    ],
  },
  {
    name: 'Interreg Baltic Sea Region',
    funder: 'Interreg Baltic Sea Region (gemensamt sekretariat, Rostock)',
    kind: 'interreg',
    coFinancingRatePercent: 80,
    link: 'https://interreg-baltic.eu/',
    descriptionSv:
      'Transnationellt samarbete i hela Östersjöregionen. Högst 80 % ERUF; norska partner högst 50 % nationella medel.',
    descriptionEn:
      'Transnational cooperation across the Baltic Sea region. Up to 80% ERDF; Norwegian partners up to 50% national funding.',
    calls: [
      {
        title: 'Utlysning för kärnprojekt',
        deadline: { month: 5, day: 20, time: '13:00', zone: 'Europe/Berlin' },
        opensDaysBefore: 60,
        maxGrantMinor: eur(3_000_000),
        maxGrantCurrency: 'EUR',
        coFinancingRatePercent: 80,
        link: 'https://interreg-baltic.eu/',
      },
    ],
  },
  {
    name: 'Interreg Öresund-Kattegat-Skagerrak',
    funder: 'Interreg ÖKS (förvaltande myndighet Region Skåne)',
    kind: 'interreg',
    coFinancingRatePercent: 60,
    link: 'https://interreg-oks.eu/',
    descriptionSv:
      '14 regioner i Sverige, Danmark och Norge samarbetar kring gröna, innovativa och sammanlänkade gränsregioner. Svensk huvudpartner och norsk prosjekteier skriver under.',
    descriptionEn:
      '14 regions in Sweden, Denmark and Norway working on green, innovative and connected border regions. The Swedish lead partner and the Norwegian project owner both sign.',
    calls: [
      {
        title: 'Utlysning för huvudprojekt',
        deadline: stockholm(3, 20, '16:00'),
        opensDaysBefore: 60,
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: 60,
        link: 'https://interreg-oks.eu/',
      },
    ],
  },
  {
    name: 'Interreg Sverige–Norge',
    funder: 'Interreg Sverige–Norge (Länsstyrelsen Jämtlands län)',
    kind: 'interreg',
    coFinancingRatePercent: 60,
    link: 'https://www.interreg-sverige-norge.com/',
    descriptionSv:
      'Gränsregionalt samarbete mellan Sverige och Norge med EU-medel och norska statliga medel. Huvudprojekt söks 15 februari och 15 september, småprojekt löpande.',
    descriptionEn:
      'Cross-border cooperation between Sweden and Norway with EU and Norwegian state funding. Main projects apply on 15 February and 15 September, small projects at any time.',
    calls: [
      {
        title: 'Huvudprojekt, vårens ansökningsomgång',
        deadline: stockholm(2, 15),
        opensDaysBefore: 60,
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: 60,
        link: 'https://www.interreg-sverige-norge.com/',
      },
      {
        title: 'Huvudprojekt, höstens ansökningsomgång',
        deadline: stockholm(9, 15),
        opensDaysBefore: 60,
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: 60,
        link: 'https://www.interreg-sverige-norge.com/',
      },
    ],
  },
  {
    name: 'Interreg Aurora',
    funder: 'Interreg Aurora (Region Norrbotten)',
    kind: 'interreg',
    coFinancingRatePercent: 65,
    link: 'https://www.interregaurora.eu/',
    descriptionSv:
      'Samarbete mellan Sverige, Finland, Norge och Sápmi i norr. Föregångaren Interreg Nord gav högst 65 % EU-medel och högst 50 % norska IR-medel.',
    descriptionEn:
      'Cooperation between Sweden, Finland, Norway and Sápmi in the north. Its predecessor Interreg Nord paid up to 65% EU funding and up to 50% Norwegian IR funding.',
    calls: [
      {
        title: 'Utlysning inom prioritet 1: Innovation och företagande',
        deadline: stockholm(11, 30, '16:00'),
        opensDaysBefore: 60,
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: 65,
        link: 'https://www.interregaurora.eu/',
      },
    ],
  },
  {
    name: 'LEADER',
    funder: 'Jordbruksverket, genom lokala aktionsgrupper (LAG)',
    kind: 'eu_shared',
    coFinancingRatePercent: null,
    link: 'https://jordbruksverket.se/',
    descriptionSv:
      'Lokalt ledd utveckling på landsbygden genom 40 leaderområden. 40–100 % stöd för allmännyttiga projekt; ansökan löpande genom LAG.',
    descriptionEn:
      'Community-led local development in 40 rural areas. 40–100% support for public-benefit projects; applications on a rolling basis through the local action group.',
    calls: [],
  },
  {
    name: 'Horisont Europa',
    funder: 'Europeiska kommissionen',
    kind: 'eu_direct',
    coFinancingRatePercent: 100,
    link: 'https://research-and-innovation.ec.europa.eu/funding/funding-opportunities/funding-programmes-and-open-calls/horizon-europe_en',
    descriptionSv:
      'EU:s ramprogram för forskning och innovation. RIA och CSA 100 %, IA 70 % (ideella 100 %), plus 25 % schablon för indirekta kostnader.',
    descriptionEn:
      'The EU framework programme for research and innovation. RIA and CSA 100%, IA 70% (non-profits 100%), plus a 25% flat rate for indirect costs.',
    calls: [
      {
        title: 'Kluster 5: Klimatneutrala och smarta städer (Cities Mission)',
        deadline: brussels(4, 15, '17:00'),
        opensDaysBefore: 120,
        maxGrantMinor: eur(5_000_000),
        maxGrantCurrency: 'EUR',
        coFinancingRatePercent: 100,
        link: 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/',
      },
    ],
  },
  {
    name: 'AMIF Asyl-, migrations- och integrationsfonden',
    funder: 'Migrationsverket',
    kind: 'eu_shared',
    coFinancingRatePercent: 75,
    link: 'https://www.migrationsverket.se/',
    descriptionSv: 'EU-fonden för asyl, laglig migration och integration. 75 %, i vissa fall 90 %.',
    descriptionEn: 'The EU fund for asylum, legal migration and integration. 75%, in some cases 90%.',
    calls: [
      {
        title: 'Utlysning: Tidiga insatser för integration',
        deadline: stockholm(4, 26),
        opensDaysBefore: 30,
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: 75,
        link: 'https://www.migrationsverket.se/',
      },
    ],
  },
  {
    name: 'LIFE',
    funder: 'Europeiska kommissionen (CINEA)',
    kind: 'eu_direct',
    coFinancingRatePercent: 60,
    link: 'https://cinea.ec.europa.eu/programmes/life_en',
    descriptionSv:
      'EU:s program för miljö och klimat. Standardprojekt 60 %, högst 75 % för prioriterade livsmiljöer och arter.',
    descriptionEn:
      'The EU programme for the environment and climate action. Standard action projects 60%, up to 75% for priority habitats and species.',
    calls: [
      {
        title: 'Standardprojekt: Natur och biologisk mångfald',
        deadline: brussels(9, 23, '17:00'),
        opensDaysBefore: 120,
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: 60,
        link: 'https://cinea.ec.europa.eu/programmes/life_en',
      },
    ],
  },
  {
    name: 'Kreativa Europa',
    funder: 'Europeiska kommissionen (EACEA)',
    kind: 'eu_direct',
    coFinancingRatePercent: 80,
    link: 'https://www.kulturradet.se/kreativaeuropa/',
    descriptionSv:
      'EU:s program för kultur och medier. Småskaliga samarbetsprojekt högst 200 000 € till 80 %, medelstora högst 1 miljon € till 70 %.',
    descriptionEn:
      'The EU programme for culture and media. Small-scale cooperation up to €200,000 at 80%, medium-scale up to €1 million at 70%.',
    calls: [
      {
        title: 'Europeiska samarbetsprojekt, småskaliga',
        deadline: brussels(5, 13, '17:00'),
        opensDaysBefore: 90,
        maxGrantMinor: eur(200_000),
        maxGrantCurrency: 'EUR',
        coFinancingRatePercent: 80,
        link: 'https://www.kulturradet.se/kreativaeuropa/',
      },
    ],
  },
  {
    name: 'CERV Medborgare, jämlikhet, rättigheter och värden',
    funder: 'Europeiska kommissionen (EACEA)',
    kind: 'eu_direct',
    coFinancingRatePercent: null,
    link: 'https://commission.europa.eu/funding-tenders/find-funding/eu-funding-programmes/citizens-equality-rights-and-values-programme_en',
    descriptionSv:
      'Bland annat vänortssamarbete (Town-Twinning) med klumpsummor på 8 455–50 745 € för en enskild kommun som sökande.',
    descriptionEn:
      'Among other things town twinning, with lump sums of €8,455–50,745 for a single municipal applicant.',
    calls: [
      {
        title: 'Town-Twinning',
        deadline: brussels(9, 19, '17:00'),
        opensDaysBefore: 120,
        maxGrantMinor: eur(50_745),
        maxGrantCurrency: 'EUR',
        coFinancingRatePercent: null,
        link: 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/',
      },
    ],
  },
  {
    name: 'ICLD Kommunala partnerskap',
    funder: 'ICLD med medel från Sida',
    kind: 'national',
    coFinancingRatePercent: 100,
    link: 'https://icld.se/vart-arbete/kommunala-partnerskap/',
    descriptionSv:
      'Partnerskap mellan svenska kommuner och kommuner i ICLD:s samarbetsländer för lokal demokrati. Fullt bidrag; förstudier kan sökas när som helst.',
    descriptionEn:
      'Partnerships between Swedish municipalities and municipalities in ICLD partner countries for local democracy. Full grant; preparatory studies may apply at any time.',
    calls: [
      {
        title: 'Projektansökan, vårens omgång',
        deadline: stockholm(3, 15),
        opensDaysBefore: 28,
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: 100,
        link: 'https://icld.se/vart-arbete/kommunala-partnerskap/',
      },
      {
        title: 'Projektansökan, höstens omgång',
        deadline: stockholm(10, 15),
        opensDaysBefore: 30,
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: 100,
        link: 'https://icld.se/vart-arbete/kommunala-partnerskap/',
      },
    ],
  },
  {
    name: 'Nationella medel och stiftelser',
    funder: 'Till exempel Tillväxtverket, Vinnova, Allmänna arvsfonden, Svenska Filminstitutet',
    kind: 'national',
    coFinancingRatePercent: null,
    link: null,
    descriptionSv: 'Statliga myndigheters och stiftelsers utlysningar som kompletterar EU-finansieringen.',
    descriptionEn: 'Calls of national agencies and foundations that complement EU funding.',
    calls: [],
  },
];
