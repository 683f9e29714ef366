// Transliteration key: folds the usual romanisations of one name (Ukrainian and Russian
// official and press forms, German and Polish forms, Arabic article and ta-marbuta variants,
// diacritics, apostrophes and soft signs) onto one string, so that spelling variants meet in a
// single exact Map lookup. The key is lossy on purpose; collisions are resolved by scoring.
//
// Pure and linear: one pass to lowercase/strip, then a fixed list of literal replacements.

/** Bump when placeKey changes: gazetteer assets built with another version recompute keys. */
export const KEY_VERSION = 5;

const SPECIAL: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};

// Arabic (and French-Arabic) definite articles written as separate words: El Fasher, Al-Fashir,
// Deir ez-Zor, Ar Raqqah, As Suwayda.
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ed', 'es', 'et', 'ez', 'en', 'er', 'ul', 'the']);

// Ordered literal folds (longest first inside each family).
const FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['shch', 's'],
  ['dzh', 'z'],
  ['dsch', 'z'],
  ['tsch', 'c'],
  ['sch', 's'],
  ['sh', 's'],
  ['zh', 'z'],
  ['dz', 'z'],
  ['kh', 'h'],
  ['ch', 'c'],
  ['ts', 'c'],
  ['tz', 'c'],
  ['cz', 'c'],
  ['ph', 'f'],
  ['ou', 'u'],
  ['ck', 'k'],
  ['w', 'v'],
  ['q', 'k'],
  ['x', 'ks'],
  ['g', 'h'],
  ['j', 'i'],
  ['y', 'i'],
];

function isCombining(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff);
}

/** Lowercase words of a name with diacritics, apostrophes and punctuation removed. */
export function foldWords(name: string): string[] {
  let ascii = true;
  for (let i = 0; i < name.length; i++)
    if (name.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  const decomposed = (ascii ? name : name.normalize('NFKD')).toLowerCase();
  const words: string[] = [];
  let cur = '';
  for (let i = 0; i < decomposed.length; i++) {
    const ch = decomposed[i];
    const code = ch.charCodeAt(0);
    if (isCombining(code)) continue;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      cur += ch;
      continue;
    }
    const special = SPECIAL[ch];
    if (special) {
      cur += special;
      continue;
    }
    // apostrophes, primes, soft and hard sign marks, backticks: dropped inside a word
    if (
      ch === "'" ||
      ch === '\u2019' ||
      ch === '\u2018' ||
      ch === '\u02bc' ||
      ch === '\u02b9' ||
      ch === '\u02bb' ||
      ch === '`' ||
      ch === '\u00b4' ||
      ch === '\u02ba'
    )
      continue;
    if (cur) {
      words.push(cur);
      cur = '';
    }
  }
  if (cur) words.push(cur);
  return words;
}

function foldWord(w: string): string {
  let s = w;
  for (const [from, to] of FOLDS) if (s.includes(from)) s = s.split(from).join(to);
  // collapse doubled letters
  let out = '';
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out += s[i];
  s = out;
  if (s.includes('ie')) s = s.split('ie').join('e');
  // Russian and Ukrainian endings of one village name: Petropavlovka / Petropavlivka,
  // Udachnoye / Udachne, Rodinskoye / Rodynske, Novaya / Nova
  if (s.length > 5 && (s.endsWith('ovka') || s.endsWith('evka'))) s = `${s.slice(0, -4)}ivka`;
  if (s.length > 4 && s.endsWith('oe')) s = `${s.slice(0, -2)}e`;
  if (s.length > 4 && s.endsWith('aia')) s = s.slice(0, -2);
  return s;
}

/**
 * The lookup key of a place name. `Kupiansk`, `Kupjansk`, `Kupyansk` give one key; so do
 * `Sudzha`, `Sudža` and `Sudscha`; `Kurakhove` and `Kurakhovo`; `El Fasher` and `Al-Fasher`.
 */
const keyCache = new Map<string, string>();

export function placeKey(name: string): string {
  const hit = keyCache.get(name);
  if (hit !== undefined) return hit;
  const key = computeKey(name);
  if (keyCache.size >= 50000) keyCache.clear();
  keyCache.set(name, key);
  return key;
}

function computeKey(name: string): string {
  const words = foldWords(name);
  // a leading "the" and Arabic articles before another word are not part of the key
  const parts: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (ARTICLES.has(w) && i < words.length - 1) continue;
    parts.push(foldWord(w));
  }
  let key = parts.join('');
  // (a consonant before the -eh as written: `Ghazieh` and `Dahiyeh` keep theirs)
  const lastWord = words.length ? words[words.length - 1] : '';
  const levantineEh = lastWord.length > 4 && lastWord.endsWith('eh') && !'aeiouy'.includes(lastWord[lastWord.length - 3]);
  // ta marbuta: Raqqah / Raqqa, Hudaydah / Hudayda; written -eh after a consonant: Kisweh / Kiswah
  if (key.length > 4 && key.endsWith('ah')) key = key.slice(0, -1);
  else if (key.length > 4 && levantineEh && key.endsWith('eh')) key = `${key.slice(0, -2)}a`;
  // Ukrainian -e / Russian -o / -a endings: Kurakhove / Kurakhovo, Svatove / Svatovo
  if (key.length >= 6) {
    const last = key[key.length - 1];
    if (last === 'e' || last === 'o' || last === 'a') key = key.slice(0, -1);
  }
  return key;
}
