import type { PublicProject } from '@gp/domain';
import { publicPageTexts, type PublicPageLanguage } from './public-page.texts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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

function renderProject(project: PublicProject, language: PublicPageLanguage): string {
  const t = publicPageTexts[language];
  const period =
    project.plannedStart || project.plannedEnd
      ? `<p><span class="label">${t.period}:</span> ${[project.plannedStart, project.plannedEnd].map((d) => (d ? formatDay(d, language) : '…')).join(' – ')}</p>`
      : '';
  const funding = project.fundingSource
    ? `<p><span class="label">${t.fundingSource}:</span> ${escape(project.fundingSource)}</p>`
    : '';
  const partners = project.partners.length
    ? `<p class="label">${t.partners}:</p><ul>${project.partners.map((p) => `<li>${escape(p.organisation)} (${escape(countryName(p.country, language))})</li>`).join('')}</ul>`
    : '';
  const contact = project.contactName
    ? `<p><span class="label">${t.contact}:</span> ${escape(project.contactName)}${project.contactEmail ? `, <a href="mailto:${escape(project.contactEmail)}">${escape(project.contactEmail)}</a>` : ''}</p>`
    : '';
  const results = project.results
    ? `<p class="label">${t.results}:</p><p>${escape(project.results)}</p>`
    : '';
  const eu = project.euFunded ? `<p class="eu">${t.euStatement}</p>` : '';
  return `<article aria-labelledby="p-${project.id}"><h3 id="p-${project.id}">${escape(project.title)}</h3>${project.summary ? `<p>${escape(project.summary)}</p>` : ''}${period}${funding}${partners}${results}${contact}${eu}</article>`;
}

function renderSection(
  id: string,
  heading: string,
  projects: PublicProject[],
  language: PublicPageLanguage,
): string {
  const t = publicPageTexts[language];
  return `<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${projects.length ? projects.map((p) => renderProject(p, language)).join('') : `<p>${t.none}</p>`}</section>`;
}

/**
 * The public list as a plain, script-free HTML page a municipal web site can link to or embed:
 * readable without JavaScript, and accessible (landmarks, headings, language, contrast).
 */
export function renderPublicPage(projects: PublicProject[], language: PublicPageLanguage): string {
  const t = publicPageTexts[language];
  const ongoing = projects.filter((p) => p.status === 'ongoing');
  const closed = projects.filter((p) => p.status === 'closed');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#1b1b1f;background:#fff;margin:0}
main{max-width:50rem;margin:0 auto;padding:1rem 1.25rem 3rem}
article{border-top:1px solid #c4c6d0;padding:.75rem 0}
h1{font-size:2rem;margin:.5rem 0}h2{font-size:1.5rem;margin-top:2rem}h3{font-size:1.2rem;margin:.5rem 0}
.label{font-weight:bold}.eu{font-weight:bold;color:#003399}
a{color:#0b57d0}a:focus{outline:3px solid #0b57d0;outline-offset:2px}
nav{display:flex;gap:1rem;justify-content:flex-end;padding-top:.5rem}
</style>
</head>
<body>
<main>
<nav aria-label="${language === 'sv' ? 'Språk' : 'Language'}"><a href="?lang=${t.otherLanguage.code}" lang="${t.otherLanguage.code}">${t.otherLanguage.label}</a><a href="/api/public/projects">${t.feed}</a></nav>
<h1>${t.title}</h1>
<p>${t.intro}</p>
${renderSection('ongoing', t.ongoing, ongoing, language)}
${renderSection('closed', t.closed, closed, language)}
</main>
</body>
</html>`;
}
