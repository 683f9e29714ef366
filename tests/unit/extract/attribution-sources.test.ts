import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';

const who = (text: string, surface: string): string | undefined => {
  const c = extractClaims(text).find((x) => x.text === surface);
  if (!c) throw new Error(`no claim "${surface}" in ${JSON.stringify(extractClaims(text).map((x) => x.text))}`);
  return c.attribution;
};

describe('attribution: sources named before the claim, roles, places after a source', () => {
  // [text, claim, source]
  const rows: Array<[string, string, string | undefined]> = [
    // a pronoun or a definite noun points to a source named in a sentence with no count of its own
    ['"We are holding," said a commander of the 72nd Brigade, who declined to give his name. He said 14 soldiers were wounded overnight.', '14 soldiers', 'commander of the 72nd Brigade'],
    ['The strikes began at dawn, the Israeli military said. The military said 30 jets took part.', '30 jets', 'Israeli military'],
    ['Shelling resumed near Bakhmut, the regional governor said on Telegram. He added that four civilians were killed.', 'four civilians', 'regional governor'],
    // a findings sentence goes on in the next one when that names no source of its own
    ['A new report from the Norwegian Refugee Council shows displacement rising fast. Over the summer more than 300,000 people left their homes.', 'more than 300,000 people', 'Norwegian Refugee Council'],
    // an acronym in brackets stays with the name
    ['The Armed Conflict Location and Event Data Project (ACLED) counted 212 attacks in June.', '212 attacks', 'Armed Conflict Location and Event Data Project (ACLED)'],
    // a place after the source is not the source
    ['The health ministry in Khartoum said 45 people were killed.', '45 people', 'health ministry in Khartoum'],
    ['The port authority said traffic was down 40 percent.', '40 percent', 'port authority'],
    // roles before a relative clause, coordinated sources, sources after `according to`
    ['A doctor at the field clinic, who asked not to be named, said 23 wounded fighters arrived overnight.', '23 wounded', 'doctor'],
    ['Mortar fire killed nine people, witnesses and a local official said.', 'nine people', 'witnesses and a local official'],
    ['The convoy stopped about 12 kilometres short of the town, according to residents.', 'about 12 kilometres', 'residents'],
    ['Air raids killed 31 people, according to a local rescue group and the regional Civil Defence Directorate.', '31 people', 'Civil Defence Directorate'],
    // a document is nobody: no source
    ['According to preliminary estimates, 80 attackers were killed.', '80 attackers', undefined],
    // a place after a preposition is still no subject
    ['Fighting in Kursk suggests 300 troops moved north.', '300 troops', undefined],
  ];
  for (const [text, surface, source] of rows) it(`${surface} ← ${source}`, () => expect(who(text, surface)).toBe(source));
});

describe('attribution: possessive bodies, roles with a name, clause boundaries', () => {
  // [text, claim, source]
  const rows: Array<[string, string, string | undefined]> = [
    // a body owned by a country or a group: `X's air force`, `X's radio station`
    ["Overnight, Poland's air force said it tracked 42 drones near the border.", '42 drones', "Poland's air force"],
    ["Fano's radio station said its fighters had pulled back and claimed to have killed 25 soldiers.", '25 soldiers', "Fano's radio station"],
    // an organisation's head, then the person: the person is in the source
    ['Six people were wounded, according to Dnipropetrovsk regional administration head Serhii Lysak.', 'Six people', 'Dnipropetrovsk regional administration head Serhii Lysak'],
    // a role that opens the sentence, then an aside between commas, then the verb
    ['A village chief near Mopti, about 40 kilometres from the camp, said 17 herders were killed.', '17 herders', 'village chief near Mopti'],
    // a source after a contrasting clause speaks for that clause only
    ['At least 300 fighters died in the siege, while rebel commander Idris Musa put the losses at 40.', 'At least 300 fighters', undefined],
    ['Rescuers pulled 14 bodies from the rubble, but Governor Ahmed Haroun said the toll was lower.', '14 bodies', undefined],
  ];
  for (const [text, surface, source] of rows) it(`${surface} ← ${source}`, () => expect(who(text, surface)).toBe(source));
});

describe("attribution: a headline's figure told again in the body takes the body's source", () => {
  const text = 'Drone strike kills 9 at a market in Kherson\n\nKHERSON — A drone struck the central market on Saturday morning, killing 9 people and wounding 16, the regional governor Oleksandr Prokudin said.';
  it('the headline count has the governor as its source', () => expect(who(text, '9')).toBe('Oleksandr Prokudin'));
  it('a headline figure with no echo in the body stays unattributed', () =>
    expect(who('Drone strike kills 9 at a market in Kherson\n\nKHERSON — A drone struck the central market, the regional governor said; 12 stalls burned.', '9')).toBeUndefined());
});
