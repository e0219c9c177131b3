import type { PublicProject } from '@gp/domain';
import { html, Html, webLinkTarget } from './html';
import { publicPageTexts, type PublicPageLanguage } from './public-page.texts';

const countryName = (code: string, language: PublicPageLanguage) => {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

const formatDay = (day: string, language: PublicPageLanguage) =>
  new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

function renderProject(project: PublicProject, language: PublicPageLanguage): Html {
  const t = publicPageTexts[language];
  const heading = `p-${project.id}`;
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
  const eu = project.euFunded && html`<p class="eu">${t.euStatement}</p>`;
  return html`<article aria-labelledby="${heading}">
    <h3 id="${heading}">${project.title}</h3>
    ${project.summary && html`<p>${project.summary}</p>`}${period}${funding}${partners}${links}${results}${contact}${eu}
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
    ${projects.length ? projects.map((p) => renderProject(p, language)) : html`<p>${t.none}</p>`}
  </section>`;
}

/**
 * The public list as a plain, script-free HTML page a municipal web site can link to or embed:
 * readable without JavaScript, and accessible (landmarks, headings, language, contrast). Every text
 * in it is escaped by the `html` templates (html.ts), the page's texts included.
 */
export function renderPublicPage(projects: PublicProject[], language: PublicPageLanguage): string {
  const t = publicPageTexts[language];
  const ongoing = projects.filter((p) => p.status === 'ongoing');
  const closed = projects.filter((p) => p.status === 'closed');
  return html`<!doctype html>
    <html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${t.title}</title>
        <style>
          body {
            font-family: Arial, Helvetica, sans-serif;
            line-height: 1.5;
            color: #1b1b1f;
            background: #fff;
            margin: 0;
          }
          main {
            max-width: 50rem;
            margin: 0 auto;
            padding: 1rem 1.25rem 3rem;
          }
          article {
            border-top: 1px solid #c4c6d0;
            padding: 0.75rem 0;
          }
          h1 {
            font-size: 2rem;
            margin: 0.5rem 0;
          }
          h2 {
            font-size: 1.5rem;
            margin-top: 2rem;
          }
          h3 {
            font-size: 1.2rem;
            margin: 0.5rem 0;
          }
          .label {
            font-weight: bold;
          }
          .eu {
            font-weight: bold;
            color: #003399;
          }
          a {
            color: #0b57d0;
          }
          a:focus {
            outline: 3px solid #0b57d0;
            outline-offset: 2px;
          }
          nav {
            display: flex;
            gap: 1rem;
            justify-content: flex-end;
            padding-top: 0.5rem;
          }
        </style>
      </head>
      <body>
        <main>
          <nav aria-label="${language === 'sv' ? 'Språk' : 'Language'}">
            <a href="?lang=${t.otherLanguage.code}" lang="${t.otherLanguage.code}">${t.otherLanguage.label}</a
            ><a href="/api/public/projects">${t.feed}</a>
          </nav>
          <h1>${t.title}</h1>
          <p>${t.intro}</p>
          ${renderSection('ongoing', t.ongoing, ongoing, language)}
          ${renderSection('closed', t.closed, closed, language)}
        </main>
      </body>
    </html>`.markup;
}
