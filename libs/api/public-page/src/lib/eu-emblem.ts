import { html, Html } from './html';

/**
 * The European flag, drawn from its official geometric description rather than downloaded: a blue
 * rectangle of 3:2; twelve gold stars on an invisible circle whose radius is a third of the height,
 * at the positions of the hours on a clock face; each star five-pointed, one point straight up,
 * its points on a circle of radius one eighteenth of the height. Reflex Blue and Yellow as the
 * EU's graphic guide gives them in RGB.
 */
const HEIGHT = 200;
const WIDTH = 300;
const BLUE = '#003399';
const YELLOW = '#FFCC00';
/** A regular five-pointed star's inner radius over its outer one: cos 72° / cos 36°. */
const INNER_RATIO = Math.cos((72 * Math.PI) / 180) / Math.cos((36 * Math.PI) / 180);

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The ten corners of a star centred at (cx, cy), one point up. */
export function starPoints(cx: number, cy: number, outer: number): Array<[number, number]> {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : outer * INNER_RATIO;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [round(cx + radius * Math.cos(angle)), round(cy + radius * Math.sin(angle))];
  });
}

/** The centres of the twelve stars, the first at twelve o'clock. */
export function starCentres(): Array<[number, number]> {
  const ring = HEIGHT / 3;
  return Array.from({ length: 12 }, (_, hour) => {
    const angle = -Math.PI / 2 + (hour * Math.PI) / 6;
    return [round(WIDTH / 2 + ring * Math.cos(angle)), round(HEIGHT / 2 + ring * Math.sin(angle))];
  });
}

const STARS = starCentres()
  .map(
    ([x, y]) =>
      `<polygon points="${starPoints(x, y, HEIGHT / 18)
        .map((p) => p.join(','))
        .join(' ')}"/>`,
  )
  .join('');

/**
 * The emblem with its funding statement beside it, as the EU's visibility rules ask: the flag is
 * decoration to a screen reader, the statement is the text it reads.
 */
export function euFundingEmblem(statement: string): Html {
  // Markup of numbers and constants only: nothing here comes from a person.
  const flag = new Html(
    `<svg class="eu-flag" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="60" height="40" aria-hidden="true" focusable="false">` +
      `<rect width="${WIDTH}" height="${HEIGHT}" fill="${BLUE}"/><g fill="${YELLOW}">${STARS}</g></svg>`,
  );
  return html`<p class="eu">${flag}<span>${statement}</span></p>`;
}
