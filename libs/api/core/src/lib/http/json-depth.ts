/** How deeply a JSON body may nest objects and arrays; the deepest real request is about 4. */
export const JSON_MAX_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/**
 * Whether raw UTF-8 JSON nests deeper than `max`, found by one pass over the bytes without
 * parsing: brackets inside strings do not count. It runs before any parser or validator
 * recurses into the body, so a body nested thousands deep costs one scan, not a stack overflow.
 * (UTF-8 continuation bytes are all ≥ 0x80, so they are never taken for a bracket or quote.)
 */
export function jsonDepthExceeds(raw: Uint8Array, max = JSON_MAX_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > max) return true;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}
