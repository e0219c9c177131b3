import { sustainableDevelopmentGoalTitle, type PublicProject } from '@gp/domain';
import { euFundingEmblem } from './eu-emblem';
import { html, Html, webLinkTarget } from './html';
import { LANGUAGE_NAMES, publicPageTexts, type PublicPageLanguage } from './public-page.texts';
import { PUBLIC_PAGE_STYLE } from './public-page.style';

/** Who publishes the page: the organisation's name (null until set) and whether it has a logo. */
export interface Publisher {
  name: string | null;
  hasLogo: boolean;
}

const LOCALES: Readonly<Record<PublicPageLanguage, string>> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

const countryName = (code: string, language: PublicPageLanguage) => {
  try {
    return new Intl.DisplayNames([LOCALES[language]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

const formatDay = (day: string, language: PublicPageLanguage) =>
  new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

/** The address of a public page in a language: Swedish is the default and needs no parameter. */
const inLanguage = (path: string, language: PublicPageLanguage) =>
  language === 'sv' ? path : `${path}?lang=${language}`;

const projectPath = (project: PublicProject) => `/public-projects/${project.id}`;

/** The facts of a project both the list and its own page show, in the same order. */
function projectFacts(project: PublicProject, language: PublicPageLanguage): Html {
  const t = publicPageTexts[language];
  const period =
    (project.plannedStart || project.plannedEnd) &&
    html`<p>
      <span class="label">${t.period}:</span>
      ${[project.plannedStart, project.plannedEnd].map((d) => (d ? formatDay(d, language) : '…')).join(' – ')}
    </p>`;
  const funding =
    project.fundingSource &&
    html`<p><span class="label">${t.fundingSource}:</span> ${project.fundingSource}</p>`;
  const partners =
    project.partners.length > 0 &&
    html`<p class="label">${t.partners}:</p>
      <ul>
        ${project.partners.map((p) => html`<li>${p.organisation} (${countryName(p.country, language)})</li>`)}
      </ul>`;
  const goals =
    project.sdgs.length > 0 &&
    html`<p class="label">${t.goals}:</p>
      <ul>
        ${project.sdgs.map((goal) => html`<li>${sustainableDevelopmentGoalTitle(goal, language)}</li>`)}
      </ul>`;
  const links =
    project.links.length > 0 &&
    html`<p class="label">${t.links}:</p>
      <ul>
        ${project.links.map(renderLink)}
      </ul>`;
  const contact =
    project.contactName &&
    html`<p>
      <span class="label">${t.contact}:</span>
      ${project.contactName}${project.contactEmail && html`, <a href="mailto:${project.contactEmail}">${project.contactEmail}</a>`}
    </p>`;
  const results =
    project.results &&
    html`<p class="label">${t.results}:</p>
      <p>${project.results}</p>`;
  const eu = project.euFunded && euFundingEmblem(t.euStatement);
  return html`${project.summary && html`<p>${project.summary}</p>`}${period}${funding}${partners}${goals}${links}${results}${contact}${eu}`;
}

function renderListedProject(project: PublicProject, language: PublicPageLanguage): Html {
  const heading = `p-${project.id}`;
  return html`<article aria-labelledby="${heading}">
    <h3 id="${heading}"><a href="${inLanguage(projectPath(project), language)}">${project.title}</a></h3>
    ${projectFacts(project, language)}
  </article>`;
}

/** A project's link: its label linked where the address is http(s), else the label as text. */
function renderLink(link: { label: string; url: string }): Html {
  const target = webLinkTarget(link.url);
  return target ? html`<li><a href="${target}">${link.label}</a></li>` : html`<li>${link.label}</li>`;
}

function renderSection(
  id: string,
  heading: string,
  projects: PublicProject[],
  language: PublicPageLanguage,
): Html {
  const t = publicPageTexts[language];
  return html`<section aria-labelledby="${id}">
    <h2 id="${id}">${heading}</h2>
    ${projects.length ? projects.map((p) => renderListedProject(p, language)) : html`<p>${t.none}</p>`}
  </section>`;
}

/**
 * The frame every public page shares: the language switch, the organisation's logo and name, and
 * the page's own content; plain, script-free HTML a municipal web site can link to or frame,
 * readable without JavaScript and accessible (landmarks, headings, language, contrast). Every text
 * in it is escaped by the `html` templates (html.ts), the page's texts included.
 */
function publicPage(options: {
  language: PublicPageLanguage;
  path: string;
  title: string;
  publisher: Publisher;
  content: Html;
}): string {
  const { language, path, title, publisher, content } = options;
  const t = publicPageTexts[language];
  const switches = (Object.keys(LANGUAGE_NAMES) as PublicPageLanguage[]).map((code) =>
    code === language
      ? html`<a href="${inLanguage(path, code)}" lang="${code}" aria-current="page"
          >${LANGUAGE_NAMES[code]}</a
        >`
      : html`<a href="${inLanguage(path, code)}" lang="${code}">${LANGUAGE_NAMES[code]}</a>`,
  );
  const logo =
    publisher.hasLogo &&
    html`<img
      class="logo"
      src="/public-projects/logo"
      alt="${publisher.name ? t.logoOf(publisher.name) : ''}"
    />`;
  const banner =
    (publisher.name || publisher.hasLogo) &&
    html`<header>${logo}${publisher.name && html`<p class="publisher">${publisher.name}</p>`}</header>`;
  return html`<!doctype html>
    <html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${publisher.name ? `${title} – ${publisher.name}` : title}</title>
        <style>
          ${new Html(PUBLIC_PAGE_STYLE)}
        </style>
      </head>
      <body>
        ${banner}
        <main>
          <nav aria-label="${t.languages}">${switches}<a href="/api/public/projects">${t.feed}</a></nav>
          ${content}
        </main>
      </body>
    </html>`.markup;
}

/** The list of ongoing and finished projects. */
export function renderPublicPage(
  projects: PublicProject[],
  language: PublicPageLanguage,
  publisher: Publisher = { name: null, hasLogo: false },
): string {
  const t = publicPageTexts[language];
  return publicPage({
    language,
    path: '/public-projects',
    title: t.title,
    publisher,
    content: html`<h1>${t.title}</h1>
      <p>${publisher.name ? t.introOf(publisher.name) : t.intro}</p>
      ${renderSection(
        'ongoing',
        t.ongoing,
        projects.filter((p) => p.status === 'ongoing'),
        language,
      )}
      ${renderSection(
        'closed',
        t.closed,
        projects.filter((p) => p.status === 'closed'),
        language,
      )}`,
  });
}

/** One project's own page, at the address the list links to; null renders the page's "not found". */
export function renderPublicProjectPage(
  project: PublicProject | null,
  id: string,
  language: PublicPageLanguage,
  publisher: Publisher,
): string {
  const t = publicPageTexts[language];
  const back = html`<p><a href="${inLanguage('/public-projects', language)}">${t.allProjects}</a></p>`;
  if (!project)
    return publicPage({
      language,
      path: `/public-projects/${encodeURIComponent(id)}`,
      title: t.notFoundTitle,
      publisher,
      content: html`<h1>${t.notFoundTitle}</h1>
        <p>${t.notFound}</p>
        ${back}`,
    });
  return publicPage({
    language,
    path: projectPath(project),
    title: project.title,
    publisher,
    content: html`${back}
      <article aria-labelledby="project-title">
        <h1 id="project-title">${project.title}</h1>
        <p>
          <span class="label">${t.status}:</span>
          ${project.status === 'ongoing' ? t.statusOngoing : t.statusClosed}
        </p>
        ${project.funder && html`<p><span class="label">${t.funder}:</span> ${project.funder}</p>`}
        ${projectFacts(project, language)}
      </article>`,
  });
}
