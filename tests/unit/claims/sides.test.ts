import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';
import { documentVoice, findWeapons } from '../../../lib/extract/weapons';

const sideOf = (text: string, surface: string): string | undefined => {
  const c = extractClaims(text).find((x) => x.text === surface);
  if (!c) throw new Error(`no claim "${surface}" in ${JSON.stringify(extractClaims(text).map((x) => x.text))}`);
  return c.side;
};

describe('weapon names lend their side', () => {
  // [text, claim, side]: the weapon is counted, described, or owns the counted thing
  const rows: Array<[string, string, string | undefined]> = [
    ['Fighters claimed to have hit four Merkava tanks near the crossing.', 'four Merkava tanks', 'il'],
    ['Overnight Ukrainian air defences downed 31 Shahed drones over Odesa.', '31 Shahed drones', 'ru'],
    ['The Iskander-M can strike targets up to 500 kilometres away, Russian media say.', 'up to 500 kilometres', 'ru'],
    ['Ukraine received HIMARS launchers from Washington; the HIMARS fires rockets up to 80 kilometres.', 'up to 80 kilometres', 'ua'],
    ['Each Patriot interceptor costs about $4 million, and Ukraine wants more of them.', 'about $4 million', 'ua'],
    ['A Bundeswehr study says the Leopard 2 needs 30 hours of maintenance a week, Germany said.', '30 hours', undefined],
    ['Moscow claimed strikes on 4 shells of the HIMARS system near Kupiansk in Ukraine.', '4 shells', 'ua'],
  ];
  for (const [text, surface, side] of rows) it(`${surface} → ${side}`, () => expect(sideOf(text, surface)).toBe(side));

  it('follows `It` / `Its` back to the weapon that opened the sentence before', () => {
    const text = 'The Pantsir-S1 is a short-range system. It can engage targets up to 20 kilometres away.\nIts radar tracks up to 20 objects.';
    expect(sideOf(text, 'up to 20 kilometres')).toBe('ru');
    expect(sideOf(text, 'up to 20 objects')).toBe('ru');
    // no weapon before the pronoun chain: no verdict
    expect(sideOf('The plan is ambitious. It would cost about $2 billion.', 'about $2 billion')).toBeUndefined();
  });
  it('does not take lower-case words, longer codes or journals for weapons', () => {
    const text = 'A patriot said S-4000 was fake; The Lancet said Caesar salad; Lancet drones and an S 400 battery.';
    expect(findWeapons(text).map((w) => text.slice(w.start, w.end))).toEqual(['Lancet', 'S 400']);
  });
});

describe('whose people or things: the verb decides', () => {
  const rows: Array<[string, string, string | undefined]> = [
    ["Ukraine's air force said it shot down 40 drones overnight.", '40 drones', 'ru'],
    ['Russian forces destroyed 12 armoured vehicles near Pokrovsk.', '12 armoured vehicles', 'ua'],
    ['Russian shelling killed 7 people in the city.', '7 people', 'ua'],
    ['Israeli strikes killed 20 people, Hamas officials in Gaza said.', '20 people', 'ps'],
    ['Russian forces lost 12 armoured vehicles near Pokrovsk.', '12 armoured vehicles', 'ru'],
    ['Russia attacked Ukraine with 120 drones overnight.', '120 drones', 'ru'],
    ['In der Nacht griff Russland die Ukraine mit 90 Drohnen an.', '90 Drohnen', 'ru'],
    ['British jets shot down 6 drones over the sea.', '6 drones', undefined],
  ];
  for (const [text, surface, side] of rows) it(`${text} → ${side}`, () => expect(sideOf(text, surface)).toBe(side));
});

describe('the voice of a bulletin', () => {
  it('reads the issuing body and its side from the title', () => {
    expect(documentVoice('Summary of the Ministry of Defence of the Russian Federation on the progress of the operation\n\nText')).toEqual({ source: 'Ministry of Defence of the Russian Federation', side: 'ru' });
    expect(documentVoice('Operational update of the General Staff of the Armed Forces of Ukraine as of 08:00\n')).toEqual({ source: 'General Staff of the Armed Forces of Ukraine', side: 'ua' });
    expect(documentVoice('Russia says it took two villages\n\nThe Ministry of Defence of the Russian Federation said ...')).toBeUndefined();
  });
});

describe('a bulletin’s voice decides `the enemy` and its unattributed claims', () => {
  const ru = 'Summary of the Ministry of Defence of the Russian Federation on the operation\n\nUnits of the group of forces advanced. The enemy lost up to 90 servicemen and 3 tanks. Air defence means shot down 41 unmanned aerial vehicles. Russian units struck 12 areas of concentration.';
  const ua = 'Operational update of the General Staff of the Armed Forces of Ukraine as of 08:00\n\nThe occupiers lost 1,150 personnel over the past day. Our defenders destroyed 14 artillery systems.';
  const rows: Array<[string, string, string | undefined, string]> = [
    [ru, 'up to 90 servicemen', 'ua', 'Ministry of Defence of the Russian Federation'],
    [ru, '3 tanks', 'ua', 'Ministry of Defence of the Russian Federation'],
    [ru, '41 unmanned aerial vehicles', 'ua', 'Ministry of Defence of the Russian Federation'],
    [ru, '12 areas', 'ru', 'Ministry of Defence of the Russian Federation'],
    [ua, '1,150 personnel', 'ru', 'General Staff of the Armed Forces of Ukraine'],
    [ua, '14 artillery systems', 'ru', 'General Staff of the Armed Forces of Ukraine'],
  ];
  for (const [text, surface, side, who] of rows)
    it(`${surface} → ${side}, ${who}`, () => {
      const c = extractClaims(text).find((x) => x.text === surface);
      expect(c?.side).toBe(side);
      expect(c?.attribution).toBe(who);
    });
  it('reads `the enemy` through a named source outside bulletins, and not at all without one', () => {
    expect(sideOf('The enemy lost 40 soldiers near Vovchansk, the Ukrainian General Staff said.', '40 soldiers')).toBe('ru');
    expect(sideOf('The enemy lost 40 soldiers near the town, the spokesman said.', '40 soldiers')).toBeUndefined();
  });
});

describe('totals stated before a verb of amounting', () => {
  // [text, claim, category, measure, side]
  const rows: Array<[string, string, string, string | undefined, string | undefined]> = [
    ["Kyiv's tally of Russians killed on the front reached 7,300 Russian soldiers in March.", '7,300 Russian soldiers', 'casualties', 'killed', 'ru'],
    ['The losses of the Armed Forces of Ukraine in this area amounted to up to 495 servicemen.', 'up to 495 servicemen', 'casualties', 'losses', 'ua'],
    ['The army says 3 of its soldiers were killed on Tuesday, bringing its losses in the operation to 31.', '31', 'casualties', 'killed', undefined],
    ['The garrison reached 3,000 soldiers by May.', '3,000 soldiers', 'troops', undefined, undefined],
  ];
  for (const [text, surface, category, measure, side] of rows)
    it(`${surface} → ${category}/${measure}`, () => {
      const c = extractClaims(text).find((x) => x.text === surface);
      expect([c?.category, c?.measure, c?.side]).toEqual([category, measure, side]);
    });
});

describe('counted nouns behind codes and parts', () => {
  // [text, claim span, unit, category, side]
  const rows: Array<[string, string, string, string, string | undefined]> = [
    ['Rebels said they had captured 6 T-72 tanks near the town.', '6 T-72 tanks', 'tank', 'equipment', undefined],
    ['The unit downed two Su-25 jets over the river.', 'two Su-25 jets', 'jet', 'equipment', undefined],
    ['Air defence shot down 52 of the 86 Shahed drones launched overnight.', '52', 'drone', 'equipment', 'ru'],
    ['The army said it had neutralised 21 terrorists near the border.', '21 terrorists', 'person', 'casualties', undefined],
  ];
  for (const [text, surface, unit, category, side] of rows)
    it(`${surface} → ${unit}/${category}`, () => {
      const c = extractClaims(text).find((x) => x.text === surface);
      expect([c?.unit, c?.category, c?.side]).toEqual([unit, category, side]);
    });
  it('gives Russia’s enemy by the war the article covers', () => {
    expect(sideOf('Rebels hold Idlib in Syria. Russian warplanes struck a hospital in Syria, killing four civilians.', 'four civilians')).toBe('sy');
    expect(sideOf('Russian warplanes struck a hospital in Kharkiv, Ukraine, killing four civilians.', 'four civilians')).toBe('ua');
  });
});

describe('coordinated counts and the nearest verb', () => {
  it('shares the measure and side that only the second count’s words give', () => {
    const a = extractClaims('The monitor said 61 government soldiers and 37 rebel fighters had been killed.');
    expect(a.map((c) => [c.text, c.category, c.measure])).toEqual([
      ['61 government soldiers', 'casualties', 'killed'],
      ['37 rebel fighters', 'casualties', 'killed'],
    ]);
    const b = extractClaims('Warships shot down 11 drones and two cruise missiles launched from Houthi-held areas.');
    expect(b.map((c) => c.side)).toEqual(['ye', 'ye']);
    // not across a sentence or a longer gap
    const c = extractClaims('Troops counted 40 soldiers. 12 fighters were killed later.');
    expect(c[0].measure).toBeUndefined();
  });
  it('lets a loss verb nearer the count override an earlier kill verb', () => {
    expect(sideOf('In neighbouring Mali, the army said it neutralised 21 fighters and lost 3 soldiers.', '3 soldiers')).toBe('ml');
    expect(sideOf('Ukrainian forces killed 30 soldiers near the river.', '30 soldiers')).toBe('ru');
  });
  it('reads `of the aggressor` after the span in a bulletin', () => {
    const text = 'Operational update of the General Staff of the Armed Forces of Ukraine\n\nOur defenders repelled 41 attacks of the aggressor near Myrnohrad.';
    expect(sideOf(text, '41 attacks')).toBe('ru');
  });
});

describe('categories a reader would give', () => {
  // [text, claim, category, measure]
  const rows: Array<[string, string, string, string | undefined]> = [
    ['Aid deliveries fell to fewer than 80 trucks a day at the crossing.', 'fewer than 80 trucks', 'other', undefined],
    ['Russian forces destroyed 40 trucks near Kupiansk.', '40 trucks', 'equipment', undefined],
    ['The group said it had targeted four ships linked to Israel.', 'four ships', 'other', undefined],
    ['Ukraine said it sank two Russian landing ships.', 'two Russian landing ships', 'equipment', undefined],
    ['The governor ordered the evacuation of 12 villages near the border.', '12 villages', 'other', undefined],
    ['Russian troops captured 12 villages near the border.', '12 villages', 'territory', undefined],
    ['Russia now controls about 60 percent of the territory around the town.', 'about 60 percent', 'territory', undefined],
    ['Russland kontrolliert etwa 60 Prozent des Gebiets um die Stadt.', 'etwa 60 Prozent', 'territory', undefined],
    ['Turnout was about 60 percent of the voters.', 'about 60 percent', 'other', undefined],
    ['The rebels overran the base, capturing 27 officers.', '27 officers', 'captured', 'captured'],
  ];
  for (const [text, surface, category, measure] of rows)
    it(`${surface} in "${text.slice(0, 30)}…" → ${category}`, () => {
      const c = extractClaims(text).find((x) => x.text === surface);
      expect([c?.category, c?.measure]).toEqual([category, measure]);
    });
});

describe('a count that goes on the series of the sentence before', () => {
  it('takes the side of the same thing counted just before, or of the same source’s casualty count', () => {
    expect(sideOf('Russia attacked overnight with 142 drones. 96 drones were shot down.', '96 drones')).toBe('ru');
    const gaza = 'The health ministry said 38 Palestinians had been killed. It said the death toll had risen to 35,272.';
    expect(sideOf(gaza, '35,272')).toBe('ps');
    // another thing counted, a side named in the sentence, or another paragraph: no carry-over
    expect(sideOf('Russia attacked overnight with 142 drones. 12 tanks were hit.', '12 tanks')).toBeUndefined();
    expect(sideOf('Russia attacked overnight with 142 drones. Ukraine lost 96 drones.', '96 drones')).toBe('ua');
    expect(sideOf('Russia attacked overnight with 142 drones.\n\n96 drones were shot down.', '96 drones')).toBeUndefined();
  });
});

describe('soldiers killed in a named place', () => {
  it('take the place’s side when no side word or agent decides, also in the Sahel', () => {
    const text = 'Gunmen attacked an army post in northern Mali, killing at least 20 soldiers.';
    const at = text.indexOf('Mali');
    const places = [{ name: 'Mali', lat: 17.6, lon: -4, country: 'ML', kind: 'country' as const, mentions: [{ text: 'Mali', start: at, end: at + 4 }] }];
    expect(extractClaims(text, { places }).find((c) => c.text === 'at least 20 soldiers')?.side).toBe('ml');
    // an agent with a known enemy decides first
    const t2 = 'Russian drones hit a position in Ukraine, killing 20 soldiers.';
    const u = t2.indexOf('Ukraine');
    const p2 = [{ name: 'Ukraine', lat: 49, lon: 32, country: 'UA', kind: 'country' as const, mentions: [{ text: 'Ukraine', start: u, end: u + 7 }] }];
    expect(extractClaims(t2, { places: p2 }).find((c) => c.text === '20 soldiers')?.side).toBe('ua');
  });
});

describe('a German total with its noun after the verb', () => {
  it('reads `bezifferte die Verluste ... auf N Soldaten` as losses', () => {
    const c = extractClaims('Das Ministerium bezifferte die russischen Verluste seit Februar auf 7.905 Panzer und rund 1,06 Millionen Soldaten.').find((x) => x.text === 'rund 1,06 Millionen Soldaten');
    expect([c?.category, c?.measure, c?.side]).toEqual(['casualties', 'losses', 'ru']);
  });
});
