/**
 * Text normalisation for matching a writer's excerpt against a seed.
 *
 * Writers type straight quotes and hyphens; the seeds contain curly quotes, em dashes
 * and stray spacing. Both sides are normalised the same way before comparison, and the
 * mapping back to the original characters is kept so the cited words can be marked in
 * the seed's own text.
 */

/** A normalised string plus, for each of its characters, the index of the original character. */
export interface NormalizedText {
  text: string;
  map: number[];
}

/**
 * Work counters for {@link normalizeWithMap}, so a test can check that it does one pass:
 * every loop iteration reads one input code unit and does a constant amount of work
 * (a switch on the code, at most three appends), so the total work is proportional to
 * `read + written`. Counting steps proves that without timing anything on a busy machine.
 * (Around the loop, NFC composition, one `indexOf` scan for ellipses to size the output and
 * the final join are single native passes, not counted.)
 */
export interface NormalizeStats {
  /** Input code units examined (after NFC composition): one per loop iteration. */
  read: number;
  /** Code units appended to the output (and entries appended to the map). */
  written: number;
}

// How one input code unit is normalised.
const KEEP = 0;
const DROP = 1; // zero-width characters are invisible to writers, so they must not break a match
const SPACE = 2;
const APOSTROPHE = 3;
const DOUBLE_QUOTE = 4;
const HYPHEN = 5;
const ELLIPSIS = 6;
type Kind = typeof KEEP | typeof DROP | typeof SPACE | typeof APOSTROPHE | typeof DOUBLE_QUOTE | typeof HYPHEN | typeof ELLIPSIS;

/**
 * Classifies one UTF-16 code unit. A switch on the code replaces the several regex tests per
 * character this used to make; the whitespace cases are exactly what `/\s/u` matches (a test
 * checks every code unit against the regex classes).
 */
function kindOf(code: number): Kind {
  if (code < 0x80) {
    // ASCII: the common case, decided without the switch.
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return SPACE;
    return code === 0x60 ? APOSTROPHE : KEEP; // a backtick typed as an apostrophe
  }
  if (code >= 0x2000 && code <= 0x200a) return SPACE; // en quad … hair space
  switch (code) {
    // Invisible: zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen.
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
    case 0x00ad:
      return DROP;
    // The rest of what /\s/u matches: no-break space, Ogham space, line and paragraph
    // separators, narrow no-break space, medium mathematical space, ideographic space.
    case 0x00a0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return SPACE;
    // ‘ ’ ‚ ‛ ′ ´ — curly and low single quotes, prime and acute accent used as apostrophes.
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x00b4:
      return APOSTROPHE;
    // “ ” „ ‟ ″ « »
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
    case 0x00ab:
    case 0x00bb:
      return DOUBLE_QUOTE;
    // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus,
    // small em dash, small and fullwidth hyphen-minus.
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xfe58:
    case 0xfe63:
    case 0xff0d:
      return HYPHEN;
    case 0x2026:
      return ELLIPSIS;
    default:
      return KEEP;
  }
}

const CODE_SPACE = 0x20;
const CODE_APOSTROPHE = 0x27;
const CODE_DOUBLE_QUOTE = 0x22;
const CODE_HYPHEN = 0x2d;
const CODE_PERIOD = 0x2e;

/** The first `length` char codes as a string, in chunks: one call with millions of arguments would overflow the stack. */
function fromCodes(codes: Uint16Array, length: number): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) parts.push(String.fromCharCode(...codes.subarray(i, Math.min(length, i + CHUNK))));
  return parts.join('');
}

/**
 * Normalises quotes, apostrophes, dashes and whitespace, keeping a map to the original
 * indices. Whitespace runs collapse to one space; leading and trailing space is dropped.
 *
 * One pass over the input: output char codes go into an array sized once and turned into a
 * string at the end, and whether the last emitted character was a space is kept in a variable
 * (appending to a string and asking it `endsWith(' ')` per character made this quadratic: 74 s
 * for 390,000 characters). Pass `stats` to count the work (see {@link NormalizeStats}).
 */
export function normalizeWithMap(input: string, stats?: NormalizeStats): NormalizedText {
  const source = input.normalize('NFC');
  // Each character writes at most one code, an ellipsis three: size both outputs once.
  let capacity = source.length;
  for (let k = source.indexOf('\u2026'); k !== -1; k = source.indexOf('\u2026', k + 1)) capacity += 2;
  const codes = new Uint16Array(capacity);
  const map = new Array<number>(capacity);
  let length = 0;
  // True at the start too, so leading whitespace is dropped.
  let afterSpace = true;
  for (let i = 0; i < source.length; i++) {
    if (stats) stats.read++;
    const code = source.charCodeAt(i);
    let out = code;
    switch (kindOf(code)) {
      case DROP:
        continue; // leaves afterSpace as it was, so "a \u200B b" keeps one space
      case SPACE:
        if (afterSpace) continue;
        out = CODE_SPACE;
        break;
      case APOSTROPHE:
        out = CODE_APOSTROPHE;
        break;
      case DOUBLE_QUOTE:
        out = CODE_DOUBLE_QUOTE;
        break;
      case HYPHEN:
        out = CODE_HYPHEN;
        break;
      case ELLIPSIS:
        // Three periods, each mapped to the ellipsis character.
        for (let k = 0; k < 3; k++) {
          codes[length] = CODE_PERIOD;
          map[length++] = i;
        }
        if (stats) stats.written += 3;
        afterSpace = false;
        continue;
      default:
        break;
    }
    codes[length] = out;
    map[length++] = i;
    if (stats) stats.written++;
    afterSpace = out === CODE_SPACE;
  }
  if (afterSpace && length > 0) length--;
  map.length = length;
  return { text: fromCodes(codes, length), map };
}

/** Normalises a string for comparison (see {@link normalizeWithMap}). */
export function normalizeText(input: string): string {
  return normalizeWithMap(input).text;
}

/** Counts the words of a string, as a writer would count them. */
export function countWords(input: string): number {
  const text = normalizeText(input);
  return text === '' ? 0 : text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
