// Whose is it? Tables that give a side to things a claim counts or describes when no demonym
// does: named weapon systems (an S-400 is Russia's, a HIMARS in this war is Ukraine's, a Merkava
// is Israel's), the words bulletins use for the other side (`the enemy`, `occupiers`), the voice
// of a bulletin that speaks for one side (`Summary of the Ministry of Defence of the Russian
// Federation`), and who fights whom, for claims where one side's forces kill, capture or shoot
// down the counted people or things (`Ukraine's air force shot down 40 drones` → Russia's drones).
//
// Everything here is a table or a bounded scan; the weapon regular expression is tried only where
// a capitalised word opens with a name's leading letters.

import type { Tok } from '../text/tokens';

/**
 * Weapon names (as written, capitalised; `-` also matches a space or nothing) and the sides
 * that field them, most likely first. Where several sides field one system (a Patriot, an F-16,
 * a Shahed), the first side also named in the article wins, else the first listed.
 */
const WEAPONS: Array<[string, string[]]> = [
  // Russia
  ['S-400|S-500|Iskander(?:-M|-K)?|Kalibr|Kinzhal|Kh-101|Kh-555|Kh-22|Kh-59|Kh-69|Kh-31|Oniks|Onyx|Zircon|Tsirkon|Oreshnik|Geran(?:-[23])?|Lancets|Lancet(?= drone| loitering| kamikaze)|Orlan(?:-10)?|Krasukha(?:-4)?|Pantsir(?:-S1)?|Tor-M[12]|Su-34|Su-35|Su-57|Ka-52|Mi-28|Tu-22M3|Tu-95(?:MS)?|Tu-160|T-90M?|TOS-1A?|Solntsepyok|Tornado-S|UMPK|FAB-(?:250|500|1500|3000)|Molniya|Gerbera', ['ru']],
  ['Shahed(?:-136|-238)?|Shaheds', ['ru', 'ir', 'ye']],
  ['KN-23|KN-24|Hwasong(?:-11)?', ['ru', 'kp']],
  // Ukraine (and suppliers, outside this war)
  ['HIMARS|M142|GMLRS|ATACMS|Storm Shadow|SCALP|Neptune|Flamingo|Magura(?: V5| V7)?|Sea Baby|Bohdana|Krab|NASAMS|Gepard|NLAW|Javelin|Stugna(?:-P)?|Baba Yaga|Liutyi|Lyutyi|Bober', ['ua', 'us']],
  ['Leopard(?: 1| 2)?(?:A[1-7])?|Marder|PzH ?2000|IRIS-T|Taurus', ['ua', 'de']],
  ['Challenger 2|Challenger tanks?|Brimstone', ['ua', 'gb']],
  ['CAESAR|Caesar howitzers?|Caesar self-propelled|Mirage 2000', ['ua', 'fr']],
  ['M1 Abrams|Abrams tanks?|Bradleys|Bradley (?:Fighting Vehicle|IFV|infantry fighting vehicle)s?|Strykers?|M777|M113|Humvee|HAWK', ['ua', 'us']],
  ['Bayraktar|TB2', ['ua', 'tr']],
  ['Patriot|JDAM|F-16|F-35', ['ua', 'il', 'us']],
  ['Switchblade', ['us', 'ua']],
  // Israel
  ['Merkava|Namer|Iron Dome|David’s Sling|David\'s Sling|Arrow [23]|Hermes (?:450|900)|F-35I|F-15I', ['il']],
  // Hamas, Hezbollah, the Houthis, Iran
  ['Yassin-105|Al-Yassin|Qassam rockets?', ['ps']],
  ['Burkan|Falaq(?:-[12])?', ['lb']],
  ['Samad-[1-4]|Quds-[1-4]|Palestine-2', ['ye']],
  ['Fateh-110|Kheibar Shekan|Shahab-3', ['ir']],
];

export interface WeaponMention {
  start: number;
  end: number;
  /** Candidate sides, most likely first. */
  sides: readonly string[];
}

let WEAPON_RE: RegExp | undefined;
let WEAPON_SIDES: string[][] | undefined;

function weaponRe(): RegExp {
  if (WEAPON_RE) return WEAPON_RE;
  const groups: string[] = [];
  WEAPON_SIDES = [];
  for (const [names, sides] of WEAPONS) {
    // a hyphen (outside a character class) also matches a space or nothing: `S-400`, `S 400`
    groups.push(`(${names.replace(/-(?![^[]*\])/g, '[-\u2010\u2011 ]?')})`);
    WEAPON_SIDES.push(sides);
  }
  // a name must stand alone: not inside a longer word or a longer code (`S-4000`, `Patriotic`)
  // names are matched as written (capitalised): `patriot` or `caesar` in lower case is a word
  WEAPON_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${groups.join('|')})(?![\\p{L}\\p{N}]|-\\p{N})`, 'gu');
  return WEAPON_RE;
}

/** Every weapon name in the text, in order. One regular-expression pass. */
export function findWeapons(text: string): WeaponMention[] {
  const re = weaponRe();
  const sidesOf = WEAPON_SIDES as string[][];
  const out: WeaponMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    out.push({ start: m.index, end: m.index + m[0].length, sides: sidesOf[g - 1] ?? [] });
  }
  return out;
}

/**
 * The leading letters of every name (all names open with an ASCII capital), by first letter; with
 * `exact` when digits follow them (`S-400`, `M142`, `Su-34`: the word is those letters alone).
 */
interface Prefix {
  p: string;
  exact: boolean;
}
let PREFIXES: Array<Prefix[] | undefined> | undefined;
let WEAPON_Y: RegExp | undefined;

/** Indexed by the first letter's code minus 65 (`A`). */
function prefixes(): Array<Prefix[] | undefined> {
  if (PREFIXES) return PREFIXES;
  const m: Array<Prefix[] | undefined> = [];
  for (const [names] of WEAPONS) {
    // the top-level alternatives of the names
    const alts: string[] = [];
    let depth = 0;
    let cur = '';
    for (const ch of names) {
      if (ch === '(' || ch === '[') depth++;
      else if (ch === ')' || ch === ']') depth--;
      if (ch === '|' && depth === 0) {
        alts.push(cur);
        cur = '';
      } else cur += ch;
    }
    alts.push(cur);
    for (const alt of alts) {
      let k = 0;
      while (k < alt.length && /[A-Za-z]/.test(alt[k]) && !/[?*{]/.test(alt[k + 1] ?? '')) k++;
      const pre = alt.slice(0, k);
      const c = pre.charCodeAt(0);
      if (!pre || c < 65 || c > 90) throw new Error(`weapon name must open with a capital: ${alt}`);
      // a hyphen also matches nothing, so `-4` after the letters is a digit right after them too
      const exact = /^-?[0-9]/.test(alt.slice(k));
      const list = (m[c - 65] ??= []);
      const known = list.find((x) => x.p === pre);
      if (!known) list.push({ p: pre, exact });
      else if (!exact) known.exact = false;
    }
  }
  PREFIXES = m;
  return m;
}

/** The leading letters of every weapon name (`exact`: the word is those letters alone), for cheap pre-filters. */
export function weaponPrefixes(): ReadonlyArray<{ readonly p: string; readonly exact: boolean }> {
  const out: Prefix[] = [];
  for (const list of prefixes()) if (list) out.push(...list);
  return out;
}

/**
 * The weapon names of a text, read at the tokens offered (in ascending order by a walk the
 * caller makes anyway) instead of by one pass of the name pattern over every character: a name
 * opens with a capital after no letter, digit or hyphen, so it starts a capitalised word token
 * (or, after a combining mark, inside one of the `wide` words), and the pattern is tried there
 * only when the word opens with a name's leading letters. Finds what findWeapons() finds.
 */
export class WeaponReader {
  private readonly at: number[] = [];
  private readonly prefixes = prefixes();

  constructor(
    private readonly text: string,
    private readonly toks: readonly Tok[],
  ) {}

  /** Word token i; every capitalised word must be offered. */
  offer(i: number): void {
    const t = this.toks[i];
    if (!t.cap) return;
    const w = t.t;
    const list = this.prefixes[w.charCodeAt(0) - 65];
    if (!list) return;
    for (let x = 0; x < list.length; x++) {
      const { p, exact } = list[x];
      if (exact ? w === p : w.startsWith(p)) {
        this.at.push(t.s);
        return;
      }
    }
  }

  /** The names, in text order, given the word tokens holding a character at or above U+0300. */
  done(wide: readonly number[]): WeaponMention[] {
    weaponRe();
    const re = (WEAPON_Y ??= new RegExp((WEAPON_RE as RegExp).source, 'uy'));
    const sidesOf = WEAPON_SIDES as string[][];
    const text = this.text;
    // a capital right after a combining mark inside a word
    const inner: number[] = [];
    for (const w of wide) {
      const t = this.toks[w];
      for (let p = t.s + 1; p < t.e; p++) {
        const c = text.charCodeAt(p);
        if (c >= 65 && c <= 90 && text.charCodeAt(p - 1) >= 0x300) inner.push(p);
      }
    }
    const out: WeaponMention[] = [];
    let lastEnd = 0;
    let a = 0;
    let b = 0;
    while (a < this.at.length || b < inner.length) {
      const p = b >= inner.length || (a < this.at.length && this.at[a] < inner[b]) ? this.at[a++] : inner[b++];
      if (p < lastEnd) continue;
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m) continue;
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      out.push({ start: p, end: p + m[0].length, sides: sidesOf[g - 1] ?? [] });
      lastEnd = p + m[0].length;
    }
    return out;
  }
}

/** Pick a weapon's side: the first candidate the article also names, else the first. */
export function weaponSide(w: WeaponMention, present: (side: string) => boolean): string | undefined {
  if (w.sides.length <= 1) return w.sides[0];
  for (const s of w.sides) if (present(s)) return s;
  return w.sides[0];
}

/** Words for the other side in a bulletin's voice. */
export const ENEMY_WORDS: ReadonlySet<string> = new Set(['enemy', "enemy's", 'adversary', 'occupiers', 'occupier', 'invaders', 'aggressor', 'occupation', 'feind', 'gegner', 'gegners', 'feindes']);

/**
 * Who fights whom, for the side of people or things another side killed, captured or shot down.
 * A list: the first side the article also names. In a civil war both belligerents carry the
 * country's code (Myanmar's junta and its rebels are both `mm`), so the other side is the same;
 * Sudan's army (`sd`) and the paramilitary Rapid Support Forces (`rsf`) are two sides.
 */
const OPPONENTS: ReadonlyMap<string, readonly string[]> = new Map<string, string[]>([
  ['ru', ['ua', 'sy']],
  ['ua', ['ru']],
  ['kp', ['ua']],
  ['by', ['ua']],
  ['il', ['ps', 'lb', 'ye', 'ir', 'sy']],
  ['ps', ['il']],
  ['lb', ['il']],
  ['ye', ['us', 'il', 'gb']],
  ['ir', ['il', 'us']],
  ['us', ['ye', 'ir', 'iq', 'sy', 'so']],
  ['mm', ['mm']],
  ['sd', ['rsf']],
  ['rsf', ['sd']],
  ['in', ['pk']],
  ['pk', ['in']],
]);

/** Two different sides that fight each other (`ru` and `ua`, `in` and `pk`), not allies (`us` and `gb`). */
export function enemies(a: string, b: string): boolean {
  return a !== b && ((OPPONENTS.get(a)?.includes(b) ?? false) || (OPPONENTS.get(b)?.includes(a) ?? false));
}
/** Sides whose first listed enemy holds when the article names none of the candidates (unless the caller says no). */
const DEFAULT_FIRST = new Set(['ru']);

/**
 * The other side: the only candidate, or of several the one the article names most (if it names
 * none: Russia's is Ukraine, others have no verdict).
 */
export function opponentOf(side: string, count: (side: string) => number, fallback = true): string | undefined {
  const list = OPPONENTS.get(side);
  if (!list) return undefined;
  if (list.length === 1) return list[0];
  let best: string | undefined;
  let bestN = 0;
  for (const s of list) {
    const n = count(s);
    if (n > bestN) {
      best = s;
      bestN = n;
    }
  }
  return best ?? (fallback && DEFAULT_FIRST.has(side) ? list[0] : undefined);
}

export interface Voice {
  /** The issuing body, as written (`Ministry of Defence of the Russian Federation`). */
  source: string;
  side: string;
}

const VOICE_RE =
  /\b(?:summary|report|bulletin|briefing|statement|update|information|communiqu[eé]|operational (?:update|information)|sitrep)\b[^\n.]{0,60}?\b(?:of|by|from)\s+(?:the\s+)?((?:Russian\s+|Ukrainian\s+)?(?:Ministry of Defen[cs]e|Defen[cs]e Ministry|General Staff|Armed Forces)(?:\s+of\s+the\s+(?:Russian Federation|Armed Forces of Ukraine|Armed Forces of the Russian Federation|Armed Forces|Russian Armed Forces)|\s+of\s+(?:Russia|Ukraine))?)/i;
const VOICE_LEAD_RE =
  /^\s*(?:the\s+)?((?:Russian\s+|Ukrainian\s+)?(?:Ministry of Defen[cs]e|Defen[cs]e Ministry|General Staff)(?:\s+of\s+the\s+(?:Russian Federation|Armed Forces of Ukraine|Armed Forces of the Russian Federation)|\s+of\s+(?:Russia|Ukraine))?)\s+(?:reports|informs|announces|states)\b/i;

// a wire report of a bulletin: `..., Russian Defence Ministry says` closing the headline, or
// `the Russian Defence Ministry said in its daily summary` in the lead
const VOICE_BODY = String.raw`((?:Russian|Ukrainian)\s+(?:Ministry of Defen[cs]e|Defen[cs]e Ministry|General Staff))`;
const VOICE_HEADLINE_RE = new RegExp(String.raw`,\s+(?:the\s+)?${VOICE_BODY}\s+(?:says|said|reports)\s*$`, 'i');
const VOICE_DAILY_RE = new RegExp(String.raw`\b${VOICE_BODY}\s+(?:said|says|reported|reports)\s+in\s+its\s+(?:daily|morning|evening|regular)\s+(?:summary|bulletin|briefing|report|update)\b`, 'i');

// a headline that opens on the issuing body as its speaker (`General Staff: occupiers lost 1,140
// soldiers in a day`, `Russian MoD: ...`), and a lead that says the body published its update
// (`The General Staff of the Armed Forces of Ukraine has published its morning update on ...`)
const VOICE_NAME = String.raw`((?:(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+)?(?:Ministry of Defen[cs]e|Defen[cs]e Ministry|General Staff|MoD)(?:\s+of\s+the\s+(?:Russian Federation|Armed Forces of Ukraine|Armed Forces of the Russian Federation)|\s+of\s+(?:Russia|Ukraine))?)`;
const VOICE_TITLE_RE = new RegExp(String.raw`^\s*(?:the\s+)?${VOICE_NAME}\s*:\s+\S`, 'i');
const VOICE_PUBLISHED_RE = new RegExp(
  // (an inline dateline may open the line: `MOSCOW, 1 December 2026 - The Russian Ministry of Defence published ...`)
  String.raw`^\s*(?:[A-Z][A-Za-z' .-]{1,30},[^,\n\-–—]{1,30}\s[-–—]\s+)?(?:the\s+)?${VOICE_NAME}\s+(?:has\s+|have\s+)?(?:published|issued|released|posted|presented|updated)\s+(?:its|the|a)\s+(?:\w+\s+){0,2}?(?:update|report|summary|bulletin|briefing|figures|data|information|statement)\b`,
  'i',
);

/** What every voice pattern above must contain: the issuing body's name. */
const VOICE_BODY_ANY_RE = /defen[cs]e|general staff|armed forces|\bmod\b/i;

/**
 * The voice of a bulletin: its title or first line says which body issues it (`Summary of the
 * Ministry of Defence of the Russian Federation on ...`, `Operational update of the General Staff
 * of the Armed Forces of Ukraine as of 08:00`, `The General Staff of the Armed Forces of Ukraine
 * reports:`). Only the first 400 characters are read for those; the framing of a title and lead
 * (`framedVoice`) reads 600. Undefined when no body with a side is named.
 */
export function documentVoice(text: string): Voice | undefined {
  const head = text.slice(0, 400);
  // every pattern names the body: a head that names none is no bulletin (one cheap test first)
  if (!VOICE_BODY_ANY_RE.test(text.slice(0, 600))) return undefined;
  const lines = head.split('\n').filter((l) => l.trim().length > 0).slice(0, 2);
  const framed = (): Voice | undefined =>
    framedVoice(
      text
        .slice(0, 600)
        .split('\n')
        .filter((l) => l.trim().length > 0),
    );
  for (const line of lines) {
    const m = VOICE_RE.exec(line) ?? VOICE_LEAD_RE.exec(line) ?? VOICE_HEADLINE_RE.exec(line.trim()) ?? VOICE_DAILY_RE.exec(line);
    if (!m) continue;
    const source = m[1].trim();
    const side = /russia/i.test(source) ? 'ru' : /ukrain/i.test(source) ? 'ua' : undefined;
    if (!side) continue;
    // a headline's short form (`Russian MoD: ...`) gives way to the body's full name in the lead
    // (`The Russian Ministry of Defence published its daily bulletin`)
    if (line === lines[0] && ABBREVIATED_BODY_RE.test(source)) {
      const full = framed();
      if (full && full.side === side && full.source.length > source.length) return full;
    }
    return { source, side };
  }
  return framed();
}

/** A body named by an abbreviation (`MoD`, `MOD`, `GS`, `AFU`). */
const ABBREVIATED_BODY_RE = /\b(?:MoD|MOD|GS|AFU|ZSU|MO)\b/;

/** A dateline line (`KYIV, 27 June 2025`, `Moscow, June 3`): the capital a bulletin is issued in. */
const DATELINE_SEAT_RE = /^\s*(KYIV|KIEV|Kyiv|Kiev|MOSCOW|Moscow)\b\s*[,(—–-]/;

/**
 * The body a bulletin's framing names as its speaker, when the title or lead says so without the
 * bulletin patterns above: a title `General Staff: ...` and/or a lead (the first line after the
 * title and an optional dateline) `The General Staff of the Armed Forces of Ukraine has published
 * its update ...`. The side comes from the body's name in the lead, else in the title, else from
 * a dateline in the issuing capital; a body with no side gives no voice.
 */
function framedVoice(lines: readonly string[]): Voice | undefined {
  if (lines.length === 0) return undefined;
  const title = VOICE_TITLE_RE.exec(lines[0]);
  // the lead: the line after the title, or after a short dateline line (`KYIV, 27 June 2025`)
  const dated = lines.length > 2 && lines[1].length <= 40 && !/[.:]\s*$/.test(lines[1].trim());
  const leadLine = lines[dated ? 2 : 1];
  // (past a dateline, the lead may use any of the bulletin patterns: `The General Staff ... reports:`)
  const lead = leadLine === undefined ? null : (VOICE_PUBLISHED_RE.exec(leadLine) ?? (dated ? (VOICE_LEAD_RE.exec(leadLine) ?? VOICE_DAILY_RE.exec(leadLine)) : null));
  for (const m of [lead, title]) {
    if (!m) continue;
    const source = m[1].trim();
    const side = sourceSide(source);
    if (side) return { source, side };
  }
  if (!title || !dated) return undefined;
  const seat = DATELINE_SEAT_RE.exec(lines[1]);
  if (!seat) return undefined;
  return { source: title[1].trim(), side: /^k/i.test(seat[1]) ? 'ua' : 'ru' };
}

/** The side a source speaks for, from its name (`Russian Defence Ministry`, `ukrainischen Generalstabs`). */
export function sourceSide(source: string | undefined): string | undefined {
  if (!source) return undefined;
  if (/\b(russia|russian|russische[nrs]?|russlands?|moscow|kremlin)\b/i.test(source)) return /\bukrain/i.test(source) ? undefined : 'ru';
  if (/\b(ukraine|ukrainian|ukrainische[nrs]?|kyiv|kiew|zsu)\b/i.test(source)) return 'ua';
  return undefined;
}
