import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../claim-of';

type Row = [string, string, string | undefined];
const table = (rows: Row[]) => {
  for (const [text, surface, want] of rows) it(`${surface} ← ${want ?? 'none'}`, () => expect(analyzedClaim(text, surface).attribution).toBe(want));
};

describe('attribution: German cue constructions', () => {
  table([
    // plural of the reporting verb, subject before it
    ['Russische Kriegsreporter berichten, dass rund 300 Soldaten über den Fluss gesetzt hätten.', 'rund 300 Soldaten', 'Russische Kriegsreporter'],
    ['Westliche Analysten schätzen, dass etwa 40 Panzer bei dem Angriff verloren gingen.', 'etwa 40 Panzer', 'Westliche Analysten'],
    // `Nach Schätzungen` (plural) like `Nach Schätzung`
    ['Nach Schätzungen des Roten Kreuzes sind rund 12.000 Menschen ohne Obdach.', 'rund 12.000 Menschen', 'Roten Kreuzes'],
    // the postposition `zufolge` takes the name before it
    ['Dem Gouverneur zufolge wurden 14 Menschen verletzt.', '14 Menschen', 'Gouverneur'],
    // perfect tense, subject at the start, participle before the comma
    ['Die Ukraine hatte schon im Sommer erklärt, 30 Prozent der Munition selbst herzustellen.', '30 Prozent', 'Ukraine'],
    ['Moskau hat am Montag behauptet, 25 Dörfer in der Region erobert zu haben.', '25 Dörfer', 'Moskau'],
    // a German closing quote before an inverted `sagte`
    ['„Wir haben 70 Drohnen abgefangen“, sagte Oberst Ihnat.', '70 Drohnen', 'Oberst Ihnat'],
    // no cue: nobody
    ['In der Stadt fielen rund 800 Wohnungen ohne Strom.', 'rund 800 Wohnungen', undefined],
  ]);
});

describe('attribution: `demnach` goes on quoting the source of the sentence before', () => {
  table([
    ['Die Brigade habe die Angriffe abgewehrt, erklärte der Sprecher Dmytro Lychowij. Demnach wurden etwa 20 Soldaten gefangen genommen.', 'etwa 20 Soldaten', 'Sprecher Dmytro Lychowij'],
    // without it, a sentence with no cue after a sentence with no count stays the writer's
    ['Die Brigade habe die Angriffe abgewehrt, erklärte der Sprecher Dmytro Lychowij. Die Stadt liegt 12 Kilometer von der Front entfernt.', '12 Kilometer', undefined],
  ]);
});

describe('attribution: a part of a count just given keeps its source', () => {
  table([
    ['According to the regional governor, 11 people were wounded in the strike on Sumy. Among them are four children.', 'four children', 'regional governor'],
    ['Nach Angaben der Polizei wurden in Odessa neun Menschen verletzt. Unter den Verletzten sind zwei Kinder.', 'zwei Kinder', 'Polizei'],
    // a sentence that opens otherwise does not inherit an `according to` source
    ['According to the regional governor, 11 people were wounded in the strike on Sumy. Rescuers pulled four children from the rubble.', 'four children', undefined],
  ]);
});

describe('attribution: a sentence that only names its source goes on in the next one, for people it touched', () => {
  table([
    ['Shelling hit the market in Kherson before noon, the city administration said on Telegram. Three people were killed and 12 wounded.', 'Three people', 'city administration'],
    ['The gunmen arrived on motorbikes at dusk, villagers said. About 50 fighters took part in the raid.', 'About 50 fighters', 'villagers'],
    // a town's population is background, not the source's account
    ['The drones struck the outskirts, the mayor Ihor Terekhov said. The town is home to some 8,000 people.', 'some 8,000 people', undefined],
    // ... and a share of money is no one's account either
    ['Analysts said the offensive had stalled. The company shares fell 5% on Monday.', '5%', undefined],
    // a sentence with its own cue speaks for itself
    ['Shelling hit the market in Kherson, the city administration said. We assess that 40 soldiers were redeployed.', '40 soldiers', undefined],
    // an accusation is nobody's count: `have been accused of` is a cue of its own
    ['The convoy was ambushed near Gao, local officials said. Government troops have been accused of killing 30 herders nearby.', '30 herders', undefined],
  ]);
});

describe('attribution: English source phrases', () => {
  table([
    ['The rebels have seized 14 tankers since March, according to figures compiled by shipping analysts.', '14 tankers', 'shipping analysts'],
    ['The mercenary group has about 1,500 men in the country, according to Western diplomats.', 'about 1,500 men', 'Western diplomats'],
    ['Roughly 900 fighters gathered near the border, according to three army officers who asked not to be named.', 'Roughly 900 fighters', 'three army officers'],
    ["Colombia's ELN movement said its units had captured 12 soldiers.", '12 soldiers', "Colombia's ELN movement"],
    ["The regime's press team said 35 insurgents were killed.", '35 insurgents', "regime's press team"],
    // `&` in a name, and the acronym the text brackets after it
    ['Clashes killed 2,300 people last year, according to the Sahel Conflict & Security Monitor (SCSM).', '2,300 people', 'Sahel Conflict & Security Monitor (SCSM)'],
  ]);
});

describe('attribution: an agentless passive names what was reported, not who reported it', () => {
  table([
    // `Explosions` is no source (and an unnamed report is not the navy's)
    ['The navy said 9 drones were destroyed over the sea. Explosions were reported in 4 districts of the port.', '4 districts', undefined],
    ['Explosions were reported in 4 districts of the port.', '4 districts', undefined],
    // the active voice has a source
    ['Witnesses reported explosions in 4 districts of the port.', '4 districts', 'Witnesses'],
    // the agent after `by` still counts
    ['The losses were estimated by the Kyiv School of Economics at $3 billion.', '$3 billion', 'Kyiv School of Economics'],
  ]);
});
