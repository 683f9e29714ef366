import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';

const who = (text: string, surface: string): string | undefined => {
  const c = extractClaims(text).find((x) => x.text === surface);
  if (!c) throw new Error(`no claim "${surface}" in ${JSON.stringify(extractClaims(text).map((x) => x.text))}`);
  return c.attribution;
};

type Row = [text: string, claim: string, source: string | undefined];
const table = (rows: Row[]): void => {
  for (const [text, surface, source] of rows) it(`${surface} ← ${source}`, () => expect(who(text, surface)).toBe(source));
};

describe('attribution: common-noun sources and roles', () => {
  table([
    // a singular source, a broadcaster, a trade, a utility
    ['A Ukrainian source claimed that 35 Russian vehicles were hit near the river.', '35 Russian vehicles', 'Ukrainian source'],
    ['State radio said 12 militants were killed in the raid.', '12 militants', 'State radio'],
    ['Freight insurers said cover for the route now costs about 2% of the cargo value.', 'about 2%', 'Freight insurers'],
    ['About 9,000 homes lost power overnight, the regional water supplier said.', 'About 9,000 homes', 'regional water supplier'],
    ['Turnout was above 60 percent in 14 districts, the election commission has said.', '14 districts', 'election commission'],
    // a role with the body it belongs to, then a participle phrase, then the verb
    ['The deputy commander of a Ukrainian artillery brigade fighting near the town said his guns fire 40 rounds a day.', '40 rounds', 'deputy commander of a Ukrainian artillery brigade'],
    // a role with a body named after `of`
    ['Air strikes killed at least eight people, the Kurdish-led administration of North and East Syria said.', 'at least eight people', 'Kurdish-led administration of North and East Syria'],
    // the passive agent
    ['The damage is estimated by the regional council at 4 million dollars.', '4 million dollars', 'regional council'],
    // `Western` with a source phrase of two nouns is a source; with one bare noun it stays vague
    ['Western intelligence agencies believe Russia recruits about 30,000 men a month.', 'about 30,000 men', 'Western intelligence agencies'],
    ['Western officials said about 30,000 men were recruited.', 'about 30,000 men', undefined],
    // `X observed`, `X assumes`
    ['The monitoring group has observed a total of 310 strikes since March.', '310 strikes', 'monitoring group'],
  ]);
});

describe('attribution: names, acronyms and appositives', () => {
  table([
    // an acronym in brackets inside the subject phrase
    ["The navy's Joint Maritime Information Center (JMIC) office said the ship was hit 60 nautical miles off the coast.", '60 nautical miles', 'Joint Maritime Information Center (JMIC) office'],
    // a description between commas after the name: the name is the source
    ['MONUSCO, the UN stabilisation mission, said three of its bases were shelled.', 'three of its bases', 'MONUSCO'],
    // a name after `loyal to` is not the speaker; the force loyal to it is
    ['Militias loyal to the exiled Transitional Council (TC) said they had taken four villages.', 'four villages', 'Militias loyal to the exiled Transitional Council (TC)'],
    // `according to an estimate by X's agency, ACR`: the body behind the document
    ['The army fires 4,000 shells a day, according to an estimate by Estonia\'s foreign intelligence service, EFIS.', '4,000 shells', 'EFIS'],
    // `a tally of official statements` names nobody
    ['Jets have struck the port more than 30 times, according to a tally of official statements.', 'more than 30 times', undefined],
  ]);
  it('an acronym takes the name the text gave it in brackets', () => {
    const t = 'U.S. Africa Command (AFRICOM) said on Monday it carried out a strike. AFRICOM said 9 militants were killed.';
    expect(who(t, '9 militants')).toBe('U.S. Africa Command (AFRICOM)');
  });
  it('an acronym takes the name whose initials it spells, named earlier in the text', () => {
    const t = 'Fighting spread, the World Food Programme said on Monday.\n\nThe WFP says 80,000 people need food aid.';
    expect(who(t, '80,000 people')).toBe('World Food Programme (WFP)');
  });
  it("a name glued on by an apostrophe stays whole (`Ta'ang`)", () => {
    const t = "Talks with the Ta'ang National Liberation Army (TNLA) stalled. The TNLA said 16 soldiers were captured.";
    expect(who(t, '16 soldiers')).toBe("Ta'ang National Liberation Army (TNLA)");
  });
});

describe('attribution: sources named before the claim', () => {
  table([
    // `the agency` points back to an organisation, not to an armed group named after it
    [
      'More than 20,000 people fled the city, the International Committee for Refugees said, after the rebel Liberation Forces said they had taken it.\n\nMost headed south, where camps already hold 300,000 people, the agency said.',
      '300,000 people',
      'International Committee for Refugees',
    ],
    // an agency introduced by its appositive
    ['UNICEF, the UN children\'s agency, said 40 schools had closed. Floods cut off 12 villages, the agency said.', '12 villages', 'UNICEF'],
    // `the ministry` far into the text: the last ministry named
    [
      'The Syrian Health Ministry said 19 people were killed on Monday.\n\nThe army said it shelled 3 positions.\n\nTurkey denied it.\n\nThe ministry said at least 400 people had died since March.',
      'at least 400 people',
      'Syrian Health Ministry',
    ],
    // a sentence with no source right after a source's count goes on telling that report
    ['The city was hit by 30 drones overnight, Mayor Ivan Petrenko wrote on Telegram. Four people were killed and 11 wounded.', 'Four people', 'Mayor Ivan Petrenko'],
    // ... but not a distance or a sum, and not past a sentence that was itself carried
    ['The city was hit by 30 drones overnight, Mayor Ivan Petrenko wrote on Telegram. The front line is 25 kilometres away.', '25 kilometres', undefined],
    ['Two ships were hit, the Greek coast guard said. Four people died. Nine people were rescued later.', 'Nine people', undefined],
    // `according to` after a second clause speaks for that clause; the nearer `says` for the first
    ['More than 900,000 people have fled, the Lebanese government says, and over 200,000 have crossed the border, according to the UN refugee agency.', 'More than 900,000 people', 'Lebanese government'],
    ['More than 900,000 people have fled, the Lebanese government says, and over 200,000 have crossed the border, according to the UN refugee agency.', 'over 200,000', 'UN refugee agency'],
    // a bare `the government says`, with no government named before: that body as the text calls it
    // (the reader still tells it from the UN agency of the next clause)
    ['More than 900,000 people have fled, the government says, and over 200,000 have crossed the border, according to the UN refugee agency.', 'More than 900,000 people', 'government'],
    // `compared with` goes on inside the same clause: the source after it covers the claim before it
    ['Deliveries fell to 40 trucks a day, compared with a target of 500, according to the UN humanitarian office OCHA.', '40 trucks', 'UN humanitarian office OCHA'],
    // ... but a source that said the first figure keeps it
    ['Ukrainian officers interviewed last week near Pokrovsk said they get 2,500 shells a day, compared with about 9,000 fired by the enemy, according to an estimate by Ukraine\'s military intelligence agency, HUR.', '2,500 shells', 'Ukrainian officers'],
    ['Ukrainian officers interviewed last week near Pokrovsk said they get 2,500 shells a day, compared with about 9,000 fired by the enemy, according to an estimate by Ukraine\'s military intelligence agency, HUR.', 'about 9,000', 'HUR'],
  ]);
});

describe('attribution: wire and live-blog forms', () => {
  table([
    ['Figures from the regional health ministry show 52 people were killed in May.', '52 people', 'regional health ministry'],
    ['Data from the UN satellite centre suggest 310 buildings were destroyed.', '310 buildings', 'UN satellite centre'],
    ['Figures from April show 52 people were killed.', '52 people', undefined],
    ['At least 45 homes were damaged, as reported by the regional governor Ivan Fedorov.', 'At least 45 homes', 'regional governor Ivan Fedorov'],
    ['Oleksandr Prokudin, the regional governor, told Reuters that 6 civilians were hurt.', '6 civilians', 'Oleksandr Prokudin'],
    ['In a statement, the Russian Defence Ministry said 27 drones were shot down.', '27 drones', 'Russian Defence Ministry'],
    ["Kyiv's data show 1,300 drones were launched in June.", '1,300 drones', 'Kyiv'],
    // `he said` after a quote: the titled person named in the sentence before
    ['Mayor Ihor Terekhov toured the damaged district. “We counted 23 wounded by noon,” he said.', '23 wounded', 'Ihor Terekhov'],
    ['Ukrainian troops entered the village at dawn. He said 23 soldiers were wounded.', '23 soldiers', undefined],
    // `States` in `the United States` is a name, not the verb `states`
    ['In the United States, shell output has risen to about 40,000 a month.', 'about 40,000', undefined],
  ]);
});
