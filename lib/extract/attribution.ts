// Who asserts a claim: `according to X`, `per X`, `X said / claimed / estimated / reported`,
// `said X`, `X's claim / estimate of`. X is a capitalised name or organisation, possibly with a
// trailing source noun (`BBC analysis`, `U.S. intelligence`, `Russian troops`); a leading article
// is dropped and a possessive ends the name (`Moscow's official report` → `Moscow`). Pronouns
// and bare common nouns (`he said`, `officials said`) give no attribution. Only the claim's own
// sentence is searched; when it has several cues the nearest one wins, `according to` first.

import { TokKind, type Tok } from '../text/tokens';
import { WordFilter } from '../text/word-filter';

const VERBS = new Set([
  'said', 'says', 'say', 'claimed', 'claims', 'claim', 'estimated', 'estimates', 'estimate', 'reported', 'reports',
  'stated', 'states', 'announced', 'announces', 'told', 'added', 'noted', 'notes', 'wrote', 'writes', 'warned',
  'confirmed', 'confirms', 'alleged', 'alleges', 'assessed', 'assesses', 'counted', 'recorded', 'tallied',
  'documented', 'believes', 'believed', 'believe', 'show', 'suggest', 'indicate', 'calculated', 'calculates', 'found', 'showed', 'shows', 'revealed',
  'reveals', 'informed', 'insisted', 'insists', 'acknowledged', 'acknowledges', 'admitted', 'admits',
  'boasted', 'asserted', 'asserts', 'put', 'puts', 'cited', 'cites', 'suggested', 'suggests', 'indicated',
  'indicates', 'concluded', 'explained', 'declared', 'declares', 'tweeted', 'posted', 'published', 'updated',
  'recording', 'reporting', 'counting', 'documenting', 'observed', 'observes', 'assume', 'assumes', 'assumed',
  'listed', 'lists', 'registered', 'logged', 'report', 'assess', 'accused', 'accuses', 'accuse',
  // German
  'sagte', 'sagt', 'erklärte', 'erklärt', 'meldete', 'meldet', 'berichtete', 'berichtet', 'bezifferte', 'beziffert', 'teilte', 'kündigte', 'schätzt', 'schätzte', 'bestätigte', 'behauptete', 'sprach',
  // (plural: `Militärblogger schätzen, dass ...`; perfect: `Russland hatte behauptet, ...`)
  'sagen', 'sagten', 'erklären', 'erklärten', 'melden', 'meldeten', 'berichten', 'berichteten', 'schätzen', 'schätzten', 'behaupten', 'behaupteten', 'behauptet', 'bestätigen', 'bestätigten', 'gemeldet', 'mitgeteilt', 'angegeben', 'geschätzt',
]);
const AUX = new Set([
  'has', 'have', 'had', 'also', 'previously', 'later', 'earlier', 'recently', 'further', 'then', 'officially',
  'reportedly', 'publicly', 'separately', 'first', 'has also', 'had also', 'was', 'were', 'is', 'are', 'again',
  'now', 'already', 'subsequently', 'repeatedly', 'initially',
  // `a doctor there said`
  'there', 'here',
]);
const SOURCE_NOUNS = new Set([
  'intelligence', 'officials', 'official', 'analysis', 'analyses', 'estimates', 'estimate', 'data', 'figures',
  'report', 'reports', 'sources', 'ministry', 'military', 'spokesman', 'spokeswoman', 'spokesperson',
  'authorities', 'statement', 'command', 'forces', 'troops', 'army', 'government', 'agency', 'monitor',
  'observers', 'monitors', 'investigators', 'analysts', 'officers', 'commanders', 'media', 'outlets', 'services', 'service',
  'count', 'tally', 'assessment', 'survey', 'study', 'office', 'staff', 'general staff', 'navy', 'police',
  'medics', 'paramedics', 'doctors', 'bloggers', 'channels', 'blogger', 'channel', 'correspondents', 'group',
  'groups', 'organisation', 'organization', 'council', 'committee', 'observatory', 'activists', 'residents',
  'witnesses', 'spokesperson', 'milblogger', 'milbloggers', 'commander', 'governor', 'mayor', 'minister',
  'authority', 'officer', 'experts', 'expert', 'fighters', 'nurse', 'doctor', 'medic', 'worker', 'workers', 'witness',
  'resident', 'envoy', 'mission', 'agencies', 'outlet', 'broadcaster', 'administration',
  // `Ukraine's air force`, `Al-Shabaab's radio station`, `a clan elder`, `administration head Ivan Fedorov`
  'force', 'station', 'elder', 'elders', 'chief', 'head',
  // `A Russian source claimed`, `State television said`, `Shipping insurers said`, `the regional energy supplier
  // said`, `The corps reported`, `the election commission has said`, `the ... (UKMTO) centre said`
  'source', 'television', 'tv', 'radio', 'newspaper', 'insurers', 'insurer', 'supplier', 'company', 'operator',
  'corps', 'brigade', 'battalion', 'commission', 'centre', 'center', 'institute', 'panel', 'surgeon', 'surgeons', 'nurses',
  // `Yemen's Houthi movement said`, `the junta's information team said`, `Western diplomats said`,
  // `the Armed Conflict Location & Event Data project (ACLED)`
  'movement', 'team', 'diplomats', 'diplomat', 'project', 'villagers', 'survivors', 'rescuers',
]);
const POSSESSION_NOUNS = new Set(['claim', 'claims', 'estimate', 'estimates', 'figures', 'figure', 'count', 'tally', 'assessment', 'report', 'data', 'analysis', 'statement']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that', 'this', 'these', 'those']);
const CONNECT = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'al', 'el', 'ad', 'bin', 'ibn', 'von', 'van', 'der']);
const NOT_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'but', 'and', 'however',
  'meanwhile', 'on', 'in', 'the', 'a', 'an', 'as', 'at', 'by', 'for', 'if', 'when', 'while', 'after', 'before',
  'since', 'although', 'though', 'yet', 'so', 'still', 'also', 'earlier', 'later', 'separately', 'many', 'some',
  'several', 'most', 'few', 'all', 'both', 'other', 'others', 'two', 'three', 'four', 'five', 'its', 'their', 'his',
  'her', 'our', 'this', 'that', 'these', 'those', 'western', 'senior', 'top', 'local', 'no', 'any', 'each', 'every',
]);

const PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'into', 'of', 'to', 'near', 'with', 'by', 'for', 'over', 'across', 'against', 'toward', 'towards', 'inside', 'outside', 'around', 'about', 'than', 'like', 'between', 'under', 'after', 'before', 'during', 'since']);
const ARTICLES = new Set(['the', 'a', 'an', 'der', 'die', 'das', 'des', 'dem', 'den']);
const isApos = (t: Tok | undefined): boolean => t !== undefined && (t.t === "'" || t.t === '\u2019');

function isCapWord(t: Tok | undefined): boolean {
  return t !== undefined && t.k === TokKind.Word && (t.cap || (t.t.length > 1 && t.t === t.t.toUpperCase() && t.l !== t.t));
}

/** Bodies of people: `a UN group of experts`, `a panel of investigators`. */
const GROUP_NOUNS = new Set(['group', 'panel', 'team', 'commission', 'committee', 'council', 'board', 'network', 'union', 'association']);

/** One person named by a role, a source with an indefinite article (`a doctor said`, `an official told`). */
const PERSON_ROLES = new Set(['doctor', 'nurse', 'medic', 'paramedic', 'official', 'officer', 'resident', 'witness', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'elder', 'worker', 'surgeon', 'survivor']);

/** People who speak for themselves as a plain plural (`Residents who stayed behind said`, `Witnesses said`). */
const WITNESS_NOUNS = new Set(['residents', 'witnesses', 'medics', 'paramedics', 'doctors', 'nurses', 'survivors', 'rescuers', 'villagers', 'activists']);

/**
 * `The group, which tracks casualties, said` / `Residents who stayed behind said`: from token x (the
 * last token before the verb), the last word before a relative clause that ends there, or -1.
 */
function beforeRelative(toks: readonly Tok[], x: number, lo: number): number {
  const comma = toks[x]?.t === ',';
  for (let c = comma ? x - 1 : x, words = 0; c >= lo && c > x - 60 && words < 14; c--) {
    const t = toks[c];
    if (t.k === TokKind.Space) continue;
    if (t.k === TokKind.Break) return -1;
    if (t.k === TokKind.Punct) {
      if (!comma || t.t !== ',') return -1;
      // `X, which ...,`: the comma that opens the clause
      let w = c + 1;
      while (toks[w]?.k === TokKind.Space) w++;
      if (!/^(who|which)$/.test(toks[w]?.l ?? '')) return -1;
      let b = c - 1;
      while (b >= lo && toks[b].k === TokKind.Space) b--;
      return b >= lo && toks[b].k === TokKind.Word ? b : -1;
    }
    if (t.k !== TokKind.Word) continue;
    words++;
    if (!comma && t.l === 'who' && !t.cap) {
      let b = c - 1;
      while (b >= lo && toks[b].k === TokKind.Space) b--;
      return b >= lo && toks[b].k === TokKind.Word ? b : -1;
    }
    if (!comma && VERBS.has(t.l) && c !== x) return -1;
  }
  return -1;
}

/** Walk back from before token v to the subject phrase; returns [first, last] token indices or null. */
function subjectBefore(toks: readonly Tok[], v: number, lo: number): [number, number] | null {
  let k = v - 1;
  while (k >= lo && (toks[k].k === TokKind.Space || (toks[k].k === TokKind.Word && AUX.has(toks[k].l) && !toks[k].cap))) k--;
  if (k < lo) return null;
  if (toks[k].k === TokKind.Word && !toks[k].cap && !SOURCE_NOUNS.has(toks[k].l)) {
    // `Residents who stayed behind said`
    const b = beforeRelative(toks, k, lo);
    if (b >= 0) {
      if (WITNESS_NOUNS.has(toks[b].l) && !NOT_NAMES.has(toks[b - 2]?.l ?? '')) return [b, b];
      return subjectBefore(toks, b + 1, lo);
    }
  }
  if (toks[k].t === ')' && toks[k - 2]?.t === '(' && isCapWord(toks[k - 1])) {
    // `the Institute for the Study of War (ISW) reveals`: the acronym belongs to the name before it
    const s = subjectBefore(toks, k - 2, lo);
    return s ? [s[0], k] : null;
  }
  if (toks[k].t === ',') {
    // `A nurse at the town's hospital, who spoke on condition of anonymity, said`: the role that
    // opens the sentence, before the relative clause
    for (let c = k - 1; c >= lo && c > k - 80; c--) {
      if (toks[c].t !== ',') continue;
      if (toks[c + 1]?.k === TokKind.Space && (toks[c + 2]?.l === 'who' || toks[c + 2]?.l === 'which')) {
        // (the role opens the clause: `The army has not commented, but a source in ..., which ..., said`)
        const r = leadingRole(toks, clauseStart(toks, lo, c), c);
        // a bare `The group, which ...,` points back to a source named before (the caller resolves it)
        if (r && r[0] === r[1] && toks[r[0] - 2]?.l === 'the') return null;
        if (r) return roleBody(toks, r, c);
        // `The Sudan Doctors Network, which tracks casualties, said`
        const named = subjectBefore(toks, c, lo);
        if (named && isCapWord(toks[named[1]])) return named;
      }
      break;
    }
    // an appositive name between commas: `Israel's ambulance service, Magen David Adom, reported`,
    // `Hamas's armed wing, the Izz ad-Din al-Qassam Brigades, said`
    const s = subjectBefore(toks, k, lo);
    if (s) {
      let b = s[0] - 1;
      while (b >= lo && toks[b].k === TokKind.Space) b--;
      if (b >= lo && toks[b].k === TokKind.Word && ARTICLES.has(toks[b].l)) {
        b--;
        while (b >= lo && toks[b].k === TokKind.Space) b--;
      }
      if (b >= lo && toks[b].t === ',' && isCapWord(toks[s[0]])) {
        // `UNIFIL, the UN peacekeeping force, said`: a description between commas; the name before it is the source
        if (!toks[s[1]].cap) {
          const h = subjectBefore(toks, b, lo);
          if (h && isCapWord(toks[h[0]]) && isCapWord(toks[h[1]])) return h;
        }
        return s;
      }
    }
    // a name that opens the sentence, then an appositive: `UNIFIL, the U.N. mission in southern Lebanon, says`
    // (or a role: `A clan elder in Beledweyne, about 90 kilometres away, said`)
    for (let c = k - 1; c >= lo && c > k - 60; c--) {
      if (toks[c].t !== ',' || (toks[c - 1]?.k === TokKind.Digits && toks[c + 1]?.k === TokKind.Digits)) continue;
      const head = subjectBefore(toks, c, lo);
      if (!head) return null;
      let b = head[0] - 1;
      while (b >= lo && toks[b].k === TokKind.Space) b--;
      if (b >= lo && toks[b].k === TokKind.Word && ARTICLES.has(toks[b].l)) {
        b--;
        while (b >= lo && toks[b].k === TokKind.Space) b--;
      }
      if (!(b < lo || toks[b].k === TokKind.Break || (toks[b].k === TokKind.Punct && toks[b].t !== ',') || (toks[b].t === ',' && introPhrase(toks, lo, b)))) return null;
      if (isCapWord(toks[head[0]])) return head;
      for (let x = head[0]; x <= head[1]; x++) if (toks[x].k === TokKind.Word && !toks[x].cap && SOURCE_NOUNS.has(toks[x].l)) return head;
      return null;
    }
    return null;
  }
  const last = k;
  let first = -1;
  let caps = 0;
  let trailingNouns = 0;
  let modifiers = 0;
  while (k >= lo) {
    const t = toks[k];
    if (t.k === TokKind.Space) {
      if (t.t.length > 2) break;
      k--;
      continue;
    }
    if (t.k === TokKind.Word) {
      if (t.l === 's' && caps > 0 && isApos(toks[k - 1]) && isCapWord(toks[k - 2]) && !NOT_NAMES.has(toks[k - 2].l) && !(toks[k - 3]?.k === TokKind.Space && isCapWord(toks[k - 4]))) {
        // `Sudan's Emergency Lawyers`, `Ukraine's General Staff`: one capitalised possessor opens the name
        first = k - 2;
        k -= 3;
        break;
      }
      if (t.l === 's' && caps === 0 && trailingNouns > 0 && isApos(toks[k - 1]) && toks[k - 2]?.k === TokKind.Word && !toks[k - 2].cap && (SOURCE_NOUNS.has(toks[k - 2].l) || POSSESSOR_BODIES.has(toks[k - 2].l)) && !(isCapWord(toks[k - 4]) && !ARTICLES.has(toks[k - 4].l))) {
        // `the junta's information team`, `the army's press service`: a lower-case body owns the source
        // (`The Ukrainian navy's evening report` goes on to its adjective below)
        first = k - 2;
        break;
      }
      if (k !== last && caps > 0 && t.cap && t.l.length > 5 && t.l.endsWith('ing') && (k === lo || toks[k - 1].k === TokKind.Break)) {
        // a gerund opening the sentence is no name (`Fighting in Kursk suggests`)
        break;
      } else if (isCapWord(t) && !NOT_NAMES.has(t.l) && !PRONOUNS.has(t.l)) {
        caps++;
        first = k;
      } else if (caps === 0 && SOURCE_NOUNS.has(t.l) && trailingNouns < 2) {
        trailingNouns++;
        first = k;
      } else if (caps > 0 && CONNECT.has(t.l) && (isCapWord(toks[k - 2]) || (CONNECT.has(toks[k - 2]?.l ?? '') && isCapWord(toks[k - 4])))) {
        // `Institute for the Study of War`
      } else if (caps === 0 && trailingNouns > 0 && /^(military|russian|ukrainian|local|western|israeli|u\.s\.)$/.test(t.l)) {
        first = k;
      } else if (caps === 0 && trailingNouns > 0 && modifiers < 2 && !PREPOSITIONS.has(t.l) && !NOT_NAMES.has(t.l) && !PRONOUNS.has(t.l) && !AUX.has(t.l) && !VERBS.has(t.l)) {
        // `health ministry`, `Hamas-run health ministry`
        modifiers++;
        first = k;
      } else break;
    } else if (t.t === '.' && k > lo && toks[k - 1].k === TokKind.Word && toks[k - 1].t.length === 1 && isCapWord(toks[k - 1])) {
      // U.S.
    } else if (t.k === TokKind.Digits && t.t.length <= 3 && isCapWord(toks[k - 1]) && toks[k - 1].e === t.s) {
      // `The M23 said`: a name that ends in digits
    } else if (t.t === '-' && (isCapWord(toks[k - 1]) || (CONNECT.has(toks[k - 1]?.l ?? '') && isCapWord(toks[k + 1]))) && (isCapWord(toks[k + 1]) || modifiers > 0)) {
      // Almaz-Antey, Hamas-run, ad-Din, al-Qassam
      caps++;
      first = k - 1;
    } else if (t.t === ')' && caps === 0 && trailingNouns > 0 && toks[k - 2]?.t === '(' && isCapWord(toks[k - 1])) {
      // `the ... Maritime Trade Operations (UKMTO) centre said`: the bracketed acronym sits inside the name
      k -= 3;
      continue;
    } else if (isApos(t) && toks[k + 1]?.l === 's' && caps === 0 && trailingNouns > 0) {
      // `Russia's General Staff` - the possessive belongs inside the name phrase
      k--;
      continue;
    } else if (t.t === '&' && caps > 0 && isCapWord(toks[k - 2])) {
      // `Armed Conflict Location & Event Data Project`
    } else break;
    k--;
  }
  if (first < 0) return null;
  if (caps === 0) {
    // `residents and a health worker said`: two sources joined
    let c = first - 1;
    while (c >= lo && (toks[c].k === TokKind.Space || (toks[c].k === TokKind.Word && ARTICLES.has(toks[c].l)))) c--;
    if (c >= lo && toks[c].l === 'and') {
      c--;
      while (c >= lo && toks[c].k === TokKind.Space) c--;
      if (c >= lo && toks[c].k === TokKind.Word && SOURCE_NOUNS.has(toks[c].l) && /s$/.test(toks[c].l)) first = c;
    }
  }
  // a noun phrase after a preposition is no subject (`in Kursk suggests`)
  let b = first - 1;
  while (b >= lo && toks[b].k === TokKind.Space) b--;
  if (caps > 0 && b >= lo && toks[b].l === 'of' && !toks[b].cap) {
    // `the Kurdish-run administration of North and East Syria said`: the body a role belongs to
    const s = subjectBefore(toks, b, lo);
    if (s && s[1] < b && !toks[s[1]].cap && SOURCE_NOUNS.has(toks[s[1]].l)) return [s[0], last];
  }
  const head = headBeforeLink(toks, first, lo);
  if (head) return [head[0], last];
  if (caps === 0 && b >= lo && toks[b].l === 'of' && !toks[b].cap) {
    // `a UN group of experts put it at`, `a panel of investigators said`: the body the people form
    const s = subjectBefore(toks, b, lo);
    if (s && s[1] < b && GROUP_NOUNS.has(toks[s[1]].l) && (isCapWord(toks[s[0]]) || s[0] < s[1])) return [s[0], last];
  }
  {
    // `Figures from the health ministry show`, `Data from UNOSAT suggest`: the body behind the document
    let d = b;
    while (d >= lo && (toks[d].k === TokKind.Space || (toks[d].k === TokKind.Word && ARTICLES.has(toks[d].l)))) d--;
    if (d >= lo && (toks[d].l === 'from' || toks[d].l === 'by') && !toks[d].cap && (caps > 0 || first < last)) {
      let e = d - 1;
      while (e >= lo && toks[e].k === TokKind.Space) e--;
      if (e >= lo && toks[e].k === TokKind.Word && DOCUMENT_NOUNS.has(toks[e].l)) return [first, last];
    }
  }
  // ... except `with local monitors recording 26 strikes`
  if (b >= lo && toks[b].k === TokKind.Word && PREPOSITIONS.has(toks[b].l) && !(toks[b].l === 'with' && /ing$/.test(toks[v]?.l ?? ''))) {
    // `the health ministry in Sanaa said`, `officials in Kyiv say`, `a chief near Mopti`: a place after the source
    if (caps > 0 && (toks[b].l === 'in' || toks[b].l === 'at' || toks[b].l === 'near') && !toks[b].cap) {
      const s = subjectBefore(toks, b, lo);
      if (s && s[1] < b && (SOURCE_NOUNS.has(toks[s[1]].l) || (toks[s[1]].t.length > 1 && toks[s[1]].t === toks[s[1]].t.toUpperCase()))) return [s[0], last];
    }
    return null;
  }
  if (caps === 0) {
    // `Witnesses said`, `Residents told AFP`: people who saw it, named by what they are
    if (first === last && WITNESS_NOUNS.has(toks[first].l) && (b < lo || toks[b].k === TokKind.Break || toks[b].k === TokKind.Punct)) return [first, last];
    // `Its hospital received 87 wounded, a doctor there said`: one person, named by a role
    if (first === last && PERSON_ROLES.has(toks[first].l) && b >= lo && (toks[b].l === 'a' || toks[b].l === 'an')) return [first, last];
    // common nouns only count with a modifier before them (`Russian troops`, `health ministry`)
    if (!(first < last && toks[first].k === TokKind.Word)) return null;
    // a bare modifier + plural people noun is too vague (`many officials`)
    if (/^(many|some|several|other|two|three|most|few|all|both|senior|western)$/.test(toks[first].l) && !(toks[first].l === 'western' && trailingNouns > 1)) return null;
  }
  return [first, last];
}

/** Bodies a text names in lower case that own a source (`the junta's information team`). */
const POSSESSOR_BODIES = new Set(['junta', 'regime', 'government', 'militia', 'rebels', 'group']);
const LINK_ADJ = new Set(['loyal', 'allied', 'aligned', 'linked', 'close', 'affiliated', 'backed', 'tied', 'attached', 'subordinate']);

/**
 * `resistance forces loyal to the shadow National Unity Government (NUG) said`: a name after `loyal to`,
 * `allied with`, `backed by` is not the speaker; the noun phrase it qualifies is. Returns that head.
 */
function headBeforeLink(toks: readonly Tok[], first: number, lo: number): [number, number] | null {
  let b = first - 1;
  let skipped = 0;
  for (; b >= lo; b--) {
    const t = toks[b];
    if (t.k === TokKind.Space) continue;
    if (t.k !== TokKind.Word) return null;
    if (ARTICLES.has(t.l)) continue;
    if (t.l === 'to' || t.l === 'with' || t.l === 'by') break;
    if (t.cap || PREPOSITIONS.has(t.l) || VERBS.has(t.l) || ++skipped > 1) return null;
  }
  if (b < lo) return null;
  let a = b - 1;
  while (a >= lo && toks[a].k === TokKind.Space) a--;
  if (a < lo || toks[a].k !== TokKind.Word || !LINK_ADJ.has(toks[a].l)) return null;
  return subjectBefore(toks, a, lo);
}

/**
 * `The commander of a Ukrainian drone battalion operating in the direction stated`, `Ukrainian officers
 * interviewed this month in Donetsk Oblast said`: a role that opens the sentence, with its modifier or the
 * body it belongs to, then a participle phrase before the verb at v.
 */
function leadingSubject(toks: readonly Tok[], lo: number, v: number): [number, number] | null {
  let x = lo;
  while (x < v && (toks[x].k === TokKind.Space || (toks[x].k === TokKind.Word && ARTICLES.has(toks[x].l)))) x++;
  const first = x;
  let role = -1;
  for (let words = 0; x < v && words < 3; x++) {
    const t = toks[x];
    if (t.k === TokKind.Space) continue;
    if (t.k !== TokKind.Word || PREPOSITIONS.has(t.l) || VERBS.has(t.l) || NOT_NAMES.has(t.l)) return null;
    words++;
    // (`Residents reached by satellite phone said`: a plural of witnesses opening the sentence)
    if (SOURCE_NOUNS.has(t.l) && (!t.cap || (x === first && WITNESS_NOUNS.has(t.l)))) {
      role = x;
      break;
    }
  }
  if (role < 0) return null;
  let last = role;
  let y = role + 1;
  while (y < v && toks[y].k === TokKind.Space) y++;
  if (y < v && (toks[y].l === 'of' || toks[y].l === 'for' || toks[y].l === 'at')) {
    // the body: up to five words, ending on a name or a source noun (`of a Ukrainian drone battalion`)
    let z = y + 1;
    let named = false;
    let lastWord = -1;
    for (let words = 0; z < v && words < 5; z++) {
      const t = toks[z];
      if (t.k === TokKind.Space) continue;
      if (t.k !== TokKind.Word && !(t.k === TokKind.Digits && /^(st|nd|rd|th)$/.test(toks[z + 1]?.l ?? ''))) break;
      if (t.k === TokKind.Word && (/ing$/.test(t.l) || PRONOUNS.has(t.l) || VERBS.has(t.l) || (PREPOSITIONS.has(t.l) && t.l !== 'of'))) break;
      words++;
      lastWord = z;
      if (t.cap) named = true;
      if (t.cap || SOURCE_NOUNS.has(t.l)) last = z;
    }
    // `A doctor at Debre Markos referral hospital said`: a named place's noun runs up to the verb
    if (z >= v && named && lastWord > last) last = lastWord;
    y = z;
  }
  // a bare role (`The military said`) points back to a source named before: the caller resolves it
  // (not witnesses, who speak for themselves)
  if (last === role && role === first && !WITNESS_NOUNS.has(toks[role].l)) return null;
  // then at most a short participle phrase (`operating in the direction`), no punctuation
  let words = 0;
  for (let z = last + 1; z < v; z++) {
    const t = toks[z];
    if (t.k === TokKind.Space) continue;
    if (t.k !== TokKind.Word || VERBS.has(t.l) || ++words > 6) return null;
  }
  if (words > 0) {
    let w = last + 1;
    while (toks[w].k === TokKind.Space) w++;
    // `operating in the direction`, `interviewed this month in Donetsk Oblast`
    if (!/(?:ing|ed)$/.test(toks[w].l)) return null;
  }
  return [first, last];
}

/** Whether [lo, b) is an opening adverbial phrase (`In southern Syria`, `On Sunday`): a preposition, at most five words, no verb (a time stamp may come first). */
function introPhrase(toks: readonly Tok[], lo: number, b: number): boolean {
  let words = 0;
  for (let x = lo; x < b; x++) {
    const t = toks[x];
    if (t.k === TokKind.Space) continue;
    // (a live blog's time stamp before it: `18:05 — In southern Syria,`)
    if (words === 0 && (t.k === TokKind.Digits || t.k === TokKind.Punct)) continue;
    if (t.k !== TokKind.Word || VERBS.has(t.l)) return false;
    if (words === 0 && !PREPOSITIONS.has(t.l)) return false;
    if (++words > 5) return false;
  }
  return words > 0;
}

/** The first token of the last clause that opens before token c (after `, but`, `, and`, `;`), else lo. */
function clauseStart(toks: readonly Tok[], lo: number, c: number): number {
  for (let x = c - 1; x > lo; x--) {
    const t = toks[x];
    if (t.t === ';') return x + 1;
    if (t.t === ',' && toks[x + 1]?.k === TokKind.Space && /^(but|and|while|whereas)$/.test(toks[x + 2]?.l ?? '')) return x + 3;
  }
  return lo;
}

/** A role and the named body after it up to token c: `a source in the army's 3rd Infantry Battalion`. */
function roleBody(toks: readonly Tok[], r: [number, number], c: number): [number, number] {
  let y = r[1] + 1;
  while (y < c && toks[y].k === TokKind.Space) y++;
  if (y >= c || !/^(in|of|at|for|with)$/.test(toks[y].l)) return r;
  let last = c - 1;
  while (last > y && toks[last].k === TokKind.Space) last--;
  return last > y && last - y <= 16 && isCapWord(toks[last]) ? [r[0], last] : r;
}

/** `A nurse at the hospital`, `The army spokesman`: a role noun among the first words of [lo, hi). */
function leadingRole(toks: readonly Tok[], lo: number, hi: number): [number, number] | null {
  let x = lo;
  while (x < hi && (toks[x].k === TokKind.Space || (toks[x].k === TokKind.Word && ARTICLES.has(toks[x].l)))) x++;
  const first = x;
  for (let words = 0; x < hi && words < 3; x++) {
    const t = toks[x];
    if (t.k === TokKind.Space) continue;
    if (t.k !== TokKind.Word || PREPOSITIONS.has(t.l) || VERBS.has(t.l)) return null;
    words++;
    if (SOURCE_NOUNS.has(t.l) && !t.cap) return [first, x];
  }
  return null;
}

/**
 * `said an officer of the 34th Military Region`, `said a spokesman for the regional administration`:
 * a lower-case role after an inverted reporting verb, with the body it belongs to.
 */
function roleAfter(toks: readonly Tok[], k: number, hi: number): [number, number] | null {
  let x = k;
  while (x < hi && (toks[x].k === TokKind.Space || (toks[x].k === TokKind.Word && ARTICLES.has(toks[x].l)))) x++;
  const first = x;
  let role = -1;
  for (let words = 0; x < hi && words < 3; x++) {
    const t = toks[x];
    if (t.k === TokKind.Space) continue;
    if (t.k !== TokKind.Word || t.cap) return null;
    words++;
    if (SOURCE_NOUNS.has(t.l)) {
      role = x;
      break;
    }
  }
  if (role < 0) return null;
  let last = role;
  let y = role + 1;
  while (y < hi && toks[y].k === TokKind.Space) y++;
  if (y < hi && isCapWord(toks[y]) && !NOT_NAMES.has(toks[y].l)) {
    // the person after the role: `the regional governor Vitaliy Kim`
    const n = nameAfter(toks, y, hi, 0);
    if (n && n[0] === y) return [first, n[1]];
  }
  if (y < hi && (toks[y].l === 'of' || toks[y].l === 'for' || toks[y].l === 'at')) {
    // the body: words up to the next comma or sentence end, at most six tokens of words and digits
    for (let z = y + 1, n = 0; z < hi && n < 12; z++, n++) {
      const t = toks[z];
      if (t.k === TokKind.Space) continue;
      if (t.k === TokKind.Word || t.k === TokKind.Digits) {
        if (t.k === TokKind.Word && !t.cap && !ARTICLES.has(t.l) && !CONNECT.has(t.l) && z > y + 2 && !/^(st|nd|rd|th)$/.test(t.l)) break;
        // a number in the body is an ordinal (`34th`), never a count (`estimated by the office at 2,3 million`)
        if (t.k === TokKind.Digits && !/^(st|nd|rd|th)$/.test(toks[z + 1]?.l ?? '')) break;
        if (t.cap || t.k === TokKind.Digits) last = z;
        continue;
      }
      break;
    }
  }
  return [first, last];
}

/** Name phrase starting at or after token k (after `according to`, `said`, `per`). */
function nameAfter(toks: readonly Tok[], k: number, hi: number, maxSkip: number): [number, number] | null {
  let x = k;
  let skipped = 0;
  while (x < hi && (toks[x].k === TokKind.Space || (toks[x].k === TokKind.Word && ARTICLES.has(toks[x].l)))) x++;
  // `said Austrian military analyst Franz Gady`: skip lower-case role words to the name
  let first = -1;
  let last = -1;
  while (x < hi) {
    const t = toks[x];
    if (t.k === TokKind.Space) {
      if (t.t.length > 2) break;
      x++;
      continue;
    }
    if (t.k === TokKind.Word) {
      if (isCapWord(t) && !NOT_NAMES.has(t.l)) {
        if (first < 0) first = x;
        last = x;
      } else if (first >= 0 && CONNECT.has(t.l) && isCapWord(toks[x + 2])) {
        // inside a name
      } else if (first >= 0 && SOURCE_NOUNS.has(t.l)) {
        last = x;
        x++;
        continue;
      } else if (first >= 0 && last === x - 2 && isSourceAhead(toks, x, hi)) {
        // `UN refugee agency`
        x++;
        continue;
      } else if (first < 0 && skipped < maxSkip) {
        skipped++;
      } else break;
    } else if (t.t === '.' && first >= 0 && toks[x - 1].t.length === 1 && isCapWord(toks[x - 1])) {
      last = x;
    } else if (t.t === '-' && first >= 0 && isCapWord(toks[x + 1])) {
      // hyphenated name
    } else if (t.t === '&' && first >= 0 && toks[x + 1]?.t === ' ' && isCapWord(toks[x + 2])) {
      // `Armed Conflict Location & Event Data Project`
    } else if (isApos(t)) {
      break;
    } else break;
    x++;
  }
  if (first < 0) return null;
  // the acronym the text gives the name in brackets goes with it (`... Event Data Project (ACLED)`), so
  // that the body reads the same where the text later calls it by the acronym alone
  if (toks[last + 1]?.t === ' ' && toks[last + 2]?.t === '(' && toks[last + 4]?.t === ')' && last + 4 < hi && ACRONYM_RE.test(toks[last + 3].t)) last += 4;
  // an `Austrian` before a lower-case role is an adjective, not the name: prefer the last run
  return [first, last];
}

/**
 * Attribution for a claim spanning tokens [ci, cj) in the sentence [lo, hi). Returns the source
 * text as written (trimmed), or undefined.
 */
let CUE_FILTER: WordFilter | undefined;
/** The words findAttribution() acts on. */
function cueFilter(): WordFilter {
  return (CUE_FILTER ??= new WordFilter([...VERBS, ...POSSESSION_NOUNS, 'according', 'schätzung', 'schätzungen', 'einschätzung', 'einschätzungen', 'informationen', 'darstellung', 'angaben', 'laut', 'zufolge', 'per']));
}
let VERB_FILTER: WordFilter | undefined;
const verbFilter = (): WordFilter => (VERB_FILTER ??= new WordFilter(VERBS));

export function findAttribution(text: string, toks: readonly Tok[], lo: number, hi: number, ci: number, cj: number): string | undefined {
  let best: { dist: number; span: [number, number]; pri: number } | undefined;
  const consider = (span: [number, number] | null, at: number, pri: number): void => {
    if (!span) return;
    if (span[0] < cj && span[1] >= ci) return; // overlaps the claim itself
    // `The ministry said at least 900 were killed, while Israeli figures put ... at about 60`: a
    // source after the claim, across a contrasting clause, speaks for that clause only
    if (span[0] >= cj && cj < toks.length && CONTRAST_RE.test(text.slice(toks[cj - 1].e, toks[span[0]].s))) return;
    const dist = at < ci ? ci - at : at - cj;
    if (!best || pri > best.pri || (pri === best.pri && dist < best.dist)) best = { dist, span, pri };
  };
  const cues = cueFilter();
  let anaphoricDist = Infinity;
  for (let k = lo; k < hi; k++) {
    const t = toks[k];
    // every cue below is one of these words: most words fail the bit filter without a lookup
    if (t.k !== TokKind.Word || !cues.mayHave(t.l)) continue;
    if (t.l === 'according' && toks[k + 2]?.l === 'to') {
      const span = documentSourceAfter(toks, k + 3, hi) ?? nameAfter(toks, k + 3, hi, 0) ?? sourcePhraseAfter(toks, k + 3, hi) ?? namedSourceAfter(toks, k + 3, hi) ?? bareSourceAfter(toks, k + 3, hi);
      // `according to X, and Egypt says ... $4 billion`: X speaks for its own clause only; so does
      // `..., the government says, and over 300,000 crossed ..., according to Y`
      const clauseBreak = span && span[1] < ci && /[;]|,\s*(and|but|while|whereas)\s/.test(text.slice(toks[span[1]].e, toks[ci].s));
      // ... and `A, the ministry says, and B ..., according to Y`: Y speaks for B first
      const laterClause = span && k >= cj && cj < toks.length && AFTER_CLAUSE_RE.test(text.slice(toks[cj - 1].e, toks[k].s));
      consider(span && possessedSource(toks, span, hi), k, clauseBreak || laterClause ? 0 : 2);
      continue;
    }
    // German `nach Schätzung des Militärbeobachters X`, `Nach Schätzungen der Vereinten Nationen`
    if (toks[k - 2]?.l === 'nach' && /^(schätzung|schätzungen|einschätzung|einschätzungen|informationen|darstellung)$/.test(t.l)) {
      consider(nameAfter(toks, k + 1, hi, 1), k, 2);
      continue;
    }
    // German `nach Angaben des ukrainischen Generalstabs`, `laut der Luftwaffe`
    if ((t.l === 'angaben' && toks[k - 2]?.l === 'nach') || (t.l === 'laut' && toks[k + 1]?.k === TokKind.Space)) {
      consider(nameAfter(toks, k + 1, hi, 1), k, 2);
      continue;
    }
    // German `Dem Generalstab zufolge`, `Angaben der Behörden zufolge`: the name before the postposition
    if (t.l === 'zufolge' && (k < ci || k >= cj)) {
      let x = k - 1;
      while (x >= lo && toks[x].k === TokKind.Space) x--;
      const s = x >= lo && isCapWord(toks[x]) ? germanNameBack(toks, x, lo) : null;
      if (s) consider(s, k, 2);
      continue;
    }
    if (t.l === 'per' && k > lo && toks[k - 1].k === TokKind.Space && (toks[k - 2]?.t === ',' || toks[k - 2]?.t === '\u2014' || k - 2 < ci || k > cj)) {
      const s = nameAfter(toks, k + 1, hi, 0);
      if (s && s[0] <= k + 3) consider(s, k, 1);
      continue;
    }
    if (POSSESSION_NOUNS.has(t.l) && toks[k - 1]?.k === TokKind.Space && toks[k - 2]?.l === 's' && isApos(toks[k - 3])) {
      // `Gerasimov's claim of 76,000`
      const s = subjectBefore(toks, k - 3, lo);
      if (s) {
        consider(s, k, 2);
        continue;
      }
    }
    if (VERBS.has(t.l)) {
      // a capitalised `States`, `Reports` is part of a name (`the United States`), not a verb
      if ((k >= ci && k < cj) || t.cap) continue;
      if (toks[k + 1]?.k === TokKind.Space && toks[k + 2]?.l === 'by' && /ed$|^(put|found|shown|told|written)$/.test(t.l)) {
        // passive: `The damage is estimated by the city administration at ...`, `as reported by Reuters`
        const agent = roleAfter(toks, k + 3, hi) ?? nameAfter(toks, k + 3, hi, 1);
        if (agent) {
          consider(agent, k, 1);
          continue;
        }
      }
      // an agentless passive (`Hits were reported from eight locations`): its subject is what was reported, not who
      if (passiveAt(toks, k)) continue;
      const s = germanPerfectSubject(toks, lo, k) ?? subjectBefore(toks, k, lo) ?? leadingSubject(toks, lo, k);
      if (s) consider(s, k, 1);
      else if (definiteRoleBefore(toks, k, lo)) {
        // `the government says`: a source named earlier; it outranks a weak cue farther away
        const dist = k < ci ? ci - k : k - cj;
        if (dist < anaphoricDist) anaphoricDist = dist;
      }
      else if (toks[k - 1]?.k === TokKind.Space && CLOSERS.has(toks[k - 2]?.t ?? '')) {
        // inverted: `..., said Serhii Kuzan`, `..., said an officer of the 34th Military Region`
        // (German quotes close with `“` or `«`: `„...“, sagte Pistorius`)
        consider(roleAfter(toks, k + 1, hi) ?? nameAfter(toks, k + 1, hi, 4), k, 1);
      }
      continue;
    }
  }
  if (!best) return undefined;
  if ((best as { pri: number }).pri === 0 && anaphoricDist < (best as { dist: number }).dist) return undefined;
  const b = best as { span: [number, number] };
  let out = text.slice(toks[b.span[0]].s, toks[b.span[1]].e).trim();
  out = out.replace(/^(the|a|an|der|die|das|des|dem|den)\s+/i, '');
  // `the ministry's figures show`: a body named before, which attributionAnaphor() points back to
  if (possessedDocument(out)) return undefined;
  if (ACRONYM_RE.test(out)) out = expandAcronym(text, toks, out) ?? out;
  return out.length > 1 ? out : undefined;
}

/** `were reported`, `was confirmed`, `have been recorded`: a participle right after a form of `be` (the agent, if any, comes with `by`). */
function passiveAt(toks: readonly Tok[], k: number): boolean {
  if (!/ed$/.test(toks[k].l) || toks[k - 1]?.k !== TokKind.Space) return false;
  let x = k - 2;
  if (toks[x]?.l === 'also' && toks[x - 1]?.k === TokKind.Space) x -= 2;
  return /^(was|were|is|are|been|being|be)$/.test(toks[x]?.l ?? '');
}

/** What may end the clause before an inverted reporting verb: a comma or a closing quote (English or German). */
const CLOSERS = new Set([',', '\u201d', '"', '\u2019', '\u201c', '\u00ab', '\u00bb']);
const GERMAN_AUX = new Set(['hat', 'hatte', 'haben', 'hatten', 'habe', 'hätte', 'hätten']);

/** From a capitalised word at x back over a German noun phrase (`den Vereinten Nationen`, `Dem Generalstab`): up to four capitalised words and an article. */
function germanNameBack(toks: readonly Tok[], x: number, lo: number): [number, number] | null {
  let first = x;
  for (let y = x, words = 0; y >= lo && words < 4; y--) {
    const t = toks[y];
    if (t.k === TokKind.Space) continue;
    if (t.k !== TokKind.Word || !isCapWord(t) || NOT_NAMES.has(t.l)) break;
    words++;
    first = y;
  }
  return ARTICLES.has(toks[first].l) && first === x ? null : [first, x];
}

/**
 * German perfect with the subject opening the sentence: `Russland hatte bereits im September
 * behauptet, ...`, `Das Ministerium hat mitgeteilt, ...`: a name, then a form of `haben`, and the
 * participle at v ending the clause (a comma after it).
 */
function germanPerfectSubject(toks: readonly Tok[], lo: number, v: number): [number, number] | null {
  if (toks[v + 1]?.t !== ',') return null;
  let x = lo;
  while (x < v && (toks[x].k !== TokKind.Word || ARTICLES.has(toks[x].l))) x++;
  const first = x;
  let last = -1;
  for (let words = 0; x < v && words < 4; x++) {
    const t = toks[x];
    if (t.k === TokKind.Space) continue;
    if (t.k !== TokKind.Word) return null;
    if (GERMAN_AUX.has(t.l) && !t.cap) break;
    if (!isCapWord(t) || NOT_NAMES.has(t.l)) return null;
    words++;
    last = x;
  }
  return last >= 0 && x < v && GERMAN_AUX.has(toks[x].l) ? [first, last] : null;
}

const ACRONYM_RE = /^[A-Z][A-Z0-9]{2,7}$/;
/** Per text, built once: acronym → the name the text gives for it in brackets, and initials → name. */
const ACRONYMS = new WeakMap<readonly Tok[], { bracketed: Map<string, string>; spelled: Map<string, string> }>();

/**
 * `CENTCOM said`, `the IOM says`, `The IDF said`: the name the text introduces for an acronym, so that
 * one body keeps one name through the text. `Name (ACR)` where the text brackets it; otherwise a run of
 * capitalised words elsewhere in the text whose initials spell it (`International Organization for
 * Migration`), given with the acronym in brackets.
 */
function expandAcronym(text: string, toks: readonly Tok[], acr: string): string | undefined {
  let table = ACRONYMS.get(toks);
  if (!table) ACRONYMS.set(toks, (table = acronymTable(text, toks)));
  const full = table.bracketed.get(acr);
  if (full) return full;
  const spelled = table.spelled.get(acr);
  return spelled ? `${spelled} (${acr})` : undefined;
}

/** One pass over the text: every run of capitalised words, with the acronym in brackets after it. */
function acronymTable(text: string, toks: readonly Tok[]): { bracketed: Map<string, string>; spelled: Map<string, string> } {
  const bracketed = new Map<string, string>();
  const spelled = new Map<string, string>();
  const caps: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.k !== TokKind.Word || !t.cap) continue;
    // a run of capitalised words (with `of`, `for`, `the`, `and` inside) starting at k
    caps.length = 0;
    let x = k;
    while (x < toks.length) {
      const w = toks[x];
      if (w.k === TokKind.Word && isCapWord(w)) caps.push(x);
      else if (!(w.k === TokKind.Word && caps.length > 0 && CONNECT.has(w.l) && isCapWord(toks[x + 2]))) break;
      if (toks[x + 1]?.t === ' ') x += 2;
      else if (toks[x + 1]?.t === '.' && w.t.length === 1 && toks[x + 2]?.k === TokKind.Word && toks[x + 2].t.length === 1) x += 2; // U.S.
      else if (toks[x + 1]?.t === '.' && w.t.length === 1 && toks[x + 2]?.t === ' ') x += 3; // U.S. Central
      else break;
    }
    const lastCap = caps[caps.length - 1];
    const acr = toks[lastCap + 3];
    if (caps.length >= 2 && toks[lastCap + 1]?.t === ' ' && toks[lastCap + 2]?.t === '(' && toks[lastCap + 4]?.t === ')' && acr.k === TokKind.Word && ACRONYM_RE.test(acr.t) && !bracketed.has(acr.t)) {
      let a0 = 0;
      while (a0 < caps.length - 2 && NOT_NAMES.has(toks[caps[a0]].l)) a0++;
      let start = caps[a0];
      // `Ta'ang National Liberation Army`: a word glued on by an apostrophe or hyphen opens the name
      if (a0 === 0 && toks[start - 1]?.t === ' ' && toks[start - 2]?.k === TokKind.Word && (isApos(toks[start - 3]) || toks[start - 3]?.t === '-') && isCapWord(toks[start - 4])) start -= 4;
      bracketed.set(acr.t, text.slice(toks[start].s, toks[lastCap + 4].e));
    }
    // every stretch of three to eight capitalised words, by its initials (the first stretch wins)
    for (let a = 0; a + 3 <= caps.length; a++) {
      let initials = '';
      for (let b = a; b < caps.length && b < a + 8; b++) {
        initials += toks[caps[b]].t[0];
        if (b - a >= 2 && !spelled.has(initials)) spelled.set(initials, text.slice(toks[caps[a]].s, toks[caps[b]].e));
      }
    }
    if (caps.length) k = lastCap;
  }
  return { bracketed, spelled };
}

function isSourceAhead(toks: readonly Tok[], x: number, hi: number): boolean {
  for (let k = x + 1, words = 0; k < hi && words < 2; k++) {
    const t = toks[k];
    if (t.k === TokKind.Space) continue;
    if (t.k !== TokKind.Word) return false;
    words++;
    if (SOURCE_NOUNS.has(t.l)) return true;
  }
  return false;
}

/** `according to military intelligence`: a lower-case source with a side adjective. */
function sourcePhraseAfter(toks: readonly Tok[], k: number, hi: number): [number, number] | null {
  let x = k;
  while (x < hi && (toks[x].k === TokKind.Space || toks[x].l === 'the')) x++;
  const a = toks[x];
  if (!a || a.k !== TokKind.Word) return null;
  const b = toks[x + 2];
  if (/^(russian|ukrainian|israeli|palestinian|sudanese|lebanese|syrian|local|military)$/.test(a.l) && b && SOURCE_NOUNS.has(b.l)) return [x, x + 2];
  return null;
}

/** `according to the conflict monitor ACLED`: a role of up to three lower-case words, then the name. */
function namedSourceAfter(toks: readonly Tok[], k: number, hi: number): [number, number] | null {
  // up to six words before the name: `according to a local resistance group and the shadow National Unity Government`
  const span = nameAfter(toks, k, hi, 6);
  if (!span) return null;
  for (let x = k; x < span[0]; x++) if (toks[x].k === TokKind.Word && SOURCE_NOUNS.has(toks[x].l)) return span;
  return null;
}

/** People and bodies that can be a source on their own (not documents: `according to preliminary estimates` names nobody). */
const BARE_SOURCES = new Set(['residents', 'witnesses', 'officials', 'activists', 'medics', 'paramedics', 'doctors', 'monitors', 'observers', 'sources', 'analysts', 'authorities', 'police', 'officers', 'commanders', 'workers', 'investigators', 'experts', 'fighters', 'military', 'army', 'diplomats']);

/** `according to residents`, `according to local officials`, `according to a resistance officer`: a plain source noun phrase that ends the clause. */
function bareSourceAfter(toks: readonly Tok[], k: number, hi: number): [number, number] | null {
  let x = k;
  while (x < hi && (toks[x].k === TokKind.Space || (toks[x].k === TokKind.Word && ARTICLES.has(toks[x].l)))) x++;
  const first = x;
  for (let words = 0; x < hi && words < 3; x++) {
    const t = toks[x];
    if (t.k === TokKind.Space) continue;
    if (t.k !== TokKind.Word || PREPOSITIONS.has(t.l) || PRONOUNS.has(t.l)) return null;
    words++;
    // `according to residents`, `according to a resistance officer`, `according to the state health ministry`
    if (BARE_SOURCES.has(t.l) || PERSON_ROLES.has(t.l) || (words > 1 && SOURCE_NOUNS.has(t.l) && !DOCUMENT_NOUNS.has(t.l))) {
      let y = x + 1;
      while (y < hi && toks[y].k === TokKind.Space) y++;
      // `military sources`, `army officers`: the first noun modifies the next
      if (y < hi && toks[y].k === TokKind.Word && SOURCE_NOUNS.has(toks[y].l) && !DOCUMENT_NOUNS.has(toks[y].l) && words < 3) continue;
      // the phrase must end the clause (`according to residents.`), not open a longer one, but for
      // a relative clause about the people (`according to two military sources who spoke on condition of anonymity`)
      return y >= hi || toks[y].k === TokKind.Punct || toks[y].k === TokKind.Break || (toks[y].l === 'who' && /s$/.test(t.l)) ? [first, x] : null;
    }
  }
  return null;
}

const CONTRAST_RE = /[;]|,\s*(?:while|whereas|but)\s/;
/** Between a claim and a later `according to`: another clause, which the source speaks for instead. */
const AFTER_CLAUSE_RE = /[;]|,\s*(?:and|but|while|whereas|compared\s+(?:with|to)|against|versus)\s/;

const COMPILED = new Set(['compiled', 'collected', 'gathered', 'kept', 'published', 'released', 'provided', 'issued', 'verified']);
const DOCUMENT_NOUNS = new Set(['estimate', 'estimates', 'figures', 'data', 'count', 'tally', 'report', 'reports', 'analysis', 'assessment', 'statement', 'statements', 'information', 'numbers', 'records']);

/** `according to an estimate by Ukraine's military intelligence agency, HUR`: the body behind a document. */
function documentSourceAfter(toks: readonly Tok[], k: number, hi: number): [number, number] | null {
  let x = k;
  let words = 0;
  while (x < hi && words < 3) {
    const t = toks[x];
    if (t.k === TokKind.Space) {
      x++;
      continue;
    }
    if (t.k !== TokKind.Word) return null;
    words++;
    if (DOCUMENT_NOUNS.has(t.l)) break;
    if (t.cap || PREPOSITIONS.has(t.l)) return null;
    x++;
  }
  if (x >= hi || words >= 3 && !DOCUMENT_NOUNS.has(toks[x]?.l ?? '')) return null;
  // `figures compiled by maritime analysts`, `data collected by the monitor`: the participle before the agent
  if (toks[x + 1]?.k === TokKind.Space && COMPILED.has(toks[x + 2]?.l ?? '') && toks[x + 3]?.k === TokKind.Space && toks[x + 4]?.l === 'by') x += 2;
  if (!(toks[x + 1]?.k === TokKind.Space && /^(by|from|of)$/.test(toks[x + 2]?.l ?? ''))) return null;
  // `a tally of official statements` names nobody; `an estimate by the city council` does
  const s = nameAfter(toks, x + 3, hi, 0) ?? (toks[x + 2].l === 'by' ? roleAfter(toks, x + 3, hi) : null);
  return s ? possessedSource(toks, s, hi) : null;
}

/**
 * A name followed by `'s` and a source noun phrase takes that phrase (`Ukraine's military intelligence
 * agency`), and an appositive name after it is the source itself (`..., HUR`).
 */
function possessedSource(toks: readonly Tok[], s: [number, number], hi: number): [number, number] {
  const e = s[1];
  if (!(isApos(toks[e + 1]) && toks[e + 2]?.l === 's' && toks[e + 3]?.k === TokKind.Space)) return s;
  let last = -1;
  let x = e + 4;
  for (let words = 0; x < hi && words < 4; x++) {
    const t = toks[x];
    if (t.k === TokKind.Space) continue;
    if (t.k !== TokKind.Word || t.cap || PREPOSITIONS.has(t.l) || VERBS.has(t.l)) break;
    words++;
    if (SOURCE_NOUNS.has(t.l)) last = x;
  }
  if (last < 0) return s;
  if (toks[last + 1]?.t === ',' && toks[last + 2]?.k === TokKind.Space && isCapWord(toks[last + 3])) {
    const ap = nameAfter(toks, last + 3, hi, 0);
    if (ap) {
      let y = ap[1] + 1;
      while (y < hi && toks[y].k === TokKind.Space) y++;
      if (y >= hi || toks[y].k === TokKind.Punct || toks[y].k === TokKind.Break) return ap;
    }
  }
  return [s[0], last];
}

const ANAPHORS = new Set(['it', 'he', 'she', 'they']);

const POSSESSED_DOC_RE = /^(\p{Ll}+)['\u2019]s\s+(?:\p{Ll}+\s+)?(figures|figure|tally|data|count|estimate|estimates|report|statement|numbers|records|toll)$/u;
/** `ministry's figures`, `agency's latest tally`: a bare body noun's document; returns the noun, or undefined. */
function possessedDocument(name: string): string | undefined {
  const m = POSSESSED_DOC_RE.exec(name);
  return m && SOURCE_NOUNS.has(m[1]) ? m[1] : undefined;
}

/** `The government opened ... and says`: the noun of a definite source opening the sentence [lo, and), or -1. */
function openingNoun(toks: readonly Tok[], lo: number, and: number): number {
  let x = lo;
  while (x < and && toks[x].k !== TokKind.Word) x++;
  if (x >= and || toks[x].l !== 'the') return -1;
  x++;
  while (x < and && toks[x].k === TokKind.Space) x++;
  return x < and && toks[x].k === TokKind.Word && SOURCE_NOUNS.has(toks[x].l) ? x : -1;
}

/** `the ministry said`: a bare definite source noun right before the verb at v (a back-reference). */
function definiteRoleBefore(toks: readonly Tok[], v: number, lo: number): boolean {
  let x = v - 1;
  while (x >= lo && (toks[x].k === TokKind.Space || (toks[x].k === TokKind.Word && AUX.has(toks[x].l) && !toks[x].cap))) x--;
  if (x < lo || toks[x].k !== TokKind.Word || !SOURCE_NOUNS.has(toks[x].l)) return false;
  let y = x - 1;
  while (y >= lo && toks[y].k === TokKind.Space) y--;
  return y >= lo && toks[y].k === TokKind.Word && toks[y].l === 'the';
}

/**
 * A reporting verb in the sentence [lo, hi) whose subject only points back to an earlier source:
 * a pronoun (`It said`, `He added`) or a definite bare source noun (`The ministry said`). Returns
 * that word (`it`, `ministry`), for the caller to resolve against the last named source.
 */
export function attributionAnaphor(toks: readonly Tok[], lo: number, hi: number, ci: number, cj: number): string | undefined {
  const verbs = verbFilter();
  for (let k = lo; k < hi; k++) {
    // `The ministry's figures show`, `according to the agency's latest tally`: the body's document
    if (isApos(toks[k]) && toks[k + 1]?.l === 's' && (k < ci || k >= cj)) {
      const w = toks[k - 1];
      let x = k + 3;
      if (toks[x]?.k === TokKind.Word && !DOCUMENT_NOUNS.has(toks[x].l) && toks[x + 1]?.k === TokKind.Space) x += 2;
      if (w?.k === TokKind.Word && SOURCE_NOUNS.has(w.l) && toks[k - 3]?.l === 'the' && toks[k + 2]?.k === TokKind.Space && DOCUMENT_NOUNS.has(toks[x]?.l ?? '')) return w.l;
    }
    const t = toks[k];
    if (t.k !== TokKind.Word || !verbs.mayHave(t.l) || !VERBS.has(t.l) || (k >= ci && k < cj)) continue;
    let x = k - 1;
    while (x >= lo && (toks[x].k === TokKind.Space || (toks[x].k === TokKind.Word && AUX.has(toks[x].l) && !toks[x].cap))) x--;
    // `The group, which tracks casualties, said`: the noun before the relative clause
    if (x >= lo && toks[x].t === ',') x = beforeRelative(toks, x, lo);
    // `The government opened its campaign in 2022 and says`: the subject of the sentence
    if (x >= lo && toks[x].l === 'and') x = openingNoun(toks, lo, x);
    if (x < lo || toks[x].k !== TokKind.Word) continue;
    const w = toks[x];
    if (ANAPHORS.has(w.l)) return w.l;
    if (SOURCE_NOUNS.has(w.l)) {
      let y = x - 1;
      while (y >= lo && toks[y].k === TokKind.Space) y--;
      if (y >= lo && toks[y].k === TokKind.Word && toks[y].l === 'the') return w.l;
    }
  }
  return undefined;
}

/** Bodies (not people, not armed forces) that `the agency`, `the organisation`, `the mission` can point back to. */
const BODY_WORDS_RE = /\b(?:agency|organi[sz]ation|office|programme|program|fund|commission|committee|council|centre|center|mission|institute|observatory)\b/i;
const isBody = (n: string): boolean => BODY_WORDS_RE.test(n) || /\b[A-Z]{3,8}\b/.test(n);
const ARMED_RE = /\b(?:forces|army|military|militia|brigades?|corps|command|ministry|regiment|battalion|division)\b/i;
const ANAPHOR_CLASS: Record<string, (name: string) => boolean> = {
  agency: (n) => isBody(n) && !ARMED_RE.test(n),
  organisation: (n) => isBody(n) && !ARMED_RE.test(n),
  organization: (n) => isBody(n) && !ARMED_RE.test(n),
  mission: (n) => isBody(n) && !/\b(?:army|military|ministry|corps)\b/i.test(n),
  military: (n) => /\b(?:forces|army|military|defen[cs]e forces|IDF|command)\b/i.test(n),
  army: (n) => /\b(?:army|military|armed forces|IDF)\b/i.test(n),
  // `the group`, `the monitor`: a civil body (`Sudan Doctors Network`, `Yemen Data Project`, `ACLED`)
  group: (n) => (isBody(n) || CIVIL_BODY_RE.test(n)) && !ARMED_RE.test(n),
  monitor: (n) => (isBody(n) || CIVIL_BODY_RE.test(n)) && !ARMED_RE.test(n),
};
const CIVIL_BODY_RE = /\b(?:network|group|project|monitor|coalition|union|association|watch|initiative|society|foundation|crescent|cross)\b/i;

/**
 * Whether a source named earlier can be what an anaphor (`it`, `the ministry`, `the agency`) points
 * back to: a pronoun fits any; a noun fits a name that holds it (`the ministry` → `Russian Defence
 * Ministry`) or, for `the agency`, `the mission`, `the military`, a name of that kind
 * (`International Organization for Migration`, `UNRWA`, `Israel Defense Forces`).
 */
export function fitsAnaphor(name: string, ana: string): boolean {
  if (ANAPHORS.has(ana)) return true;
  if (name.toLowerCase().includes(ana)) return true;
  const fit = ANAPHOR_CLASS[ana];
  return fit !== undefined && fit(name);
}

/**
 * Whether [lo, hi), outside the claim [ci, cj), has a reporting verb (`said`, `wrote`), or unless
 * verbsOnly `according to` / `laut`: a source of its own, named or not.
 */
export function hasReportingCue(toks: readonly Tok[], lo: number, hi: number, ci: number, cj: number, verbsOnly: boolean): boolean {
  const cues = cueFilter();
  for (let k = lo; k < hi; k++) {
    const t = toks[k];
    if (t.k !== TokKind.Word || !cues.mayHave(t.l) || (k >= ci && k < cj)) continue;
    if ((VERBS.has(t.l) && !t.cap) || (!verbsOnly && (t.l === 'according' || t.l === 'laut'))) return true;
  }
  return false;
}

const TITLES = new Set([
  'governor', 'mayor', 'president', 'minister', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'general',
  'colonel', 'lieutenant', 'major', 'captain', 'sergeant', 'chief', 'head', 'leader', 'officer', 'doctor', 'dr',
  'envoy', 'ambassador', 'secretary', 'prime', 'deputy', 'admiral', 'analyst', 'researcher', 'director',
]);

/**
 * The last titled person named in [lo, hi) (`Governor Oleh Syniehubov`, `Defence Minister Boris
 * Pistorius`), for `he said` / `she said` in the next sentence when that one named no source.
 */
export function personIn(text: string, toks: readonly Tok[], lo: number, hi: number): string | undefined {
  let found: [number, number] | undefined;
  for (let k = lo; k < hi; k++) {
    const t = toks[k];
    if (t.k !== TokKind.Word || !TITLES.has(t.l) || toks[k + 1]?.t !== ' ' || !isCapWord(toks[k + 2])) continue;
    let x = k + 2;
    let last = -1;
    let words = 0;
    while (x < hi && isCapWord(toks[x]) && !NOT_NAMES.has(toks[x].l) && !TITLES.has(toks[x].l) && words < 4) {
      last = x;
      words++;
      if (toks[x + 1]?.t === ' ' || toks[x + 1]?.t === '-') x += 2;
      else break;
    }
    // a first name and a surname at least: `Governor Kim` alone may be a place or a body
    if (last >= 0 && words >= 2) found = [k + 2, last];
  }
  return found ? text.slice(toks[found[0]].s, toks[found[1]].e) : undefined;
}

const AUTHOR_NAME_RE = /^\s*((?:[A-Z][\p{L}'\u2019&.-]*)(?:\s+(?:[A-Z][\p{L}'\u2019&.-]*|of|for|the|and|on|&)){1,7})\s+[\u2014\u2013|-]\s+(.*)$/u;
const AUTHOR_DOC_RE = /^(?:[\p{L}-]+\s+){0,3}(?:assessment|report|update|brief|briefing|analysis|bulletin|digest|review|outlook|sitrep)\b/iu;

/**
 * The body that writes a document in its own voice (`Sahel Security Observatory — weekly assessment,
 * week ending ...` under the title): its first-person findings (`We assess`, `our data record 38
 * attacks`) and whatever it does not attribute to another source are its claims. Only a line among
 * the first four that names the body, then a dash, then the kind of document, counts.
 */
export function authorVoice(text: string): string | undefined {
  let lines = 0;
  for (let at = 0; at < text.length && lines < 4; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const line = text.slice(at, nl);
    at = nl + 1;
    if (!line.trim()) continue;
    lines++;
    if (line.length > 160) continue;
    const m = AUTHOR_NAME_RE.exec(line);
    if (!m || !/[A-Z][\p{L}'\u2019&.-]*$/u.test(m[1]) || !AUTHOR_DOC_RE.test(m[2])) continue;
    return m[1].trim();
  }
  return undefined;
}
