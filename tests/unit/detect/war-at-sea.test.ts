// A war's events in few words: a party named as the attacker (`struck by the Houthis`), a party's
// attacks counted (`34 Houthi attacks`), attacks on ships at sea and a sea as a theatre; a short
// report with such an event is not sunk by its low density of war words. Near misses (a shipping
// business story, a pirate film, a shark count, a football match, a ship struck by lightning)
// stay negative. The texts are our own.
import { describe, expect, it } from 'vitest';
import { detectWarCoverage } from '../../../lib/extract/detect';

const reasons = (text: string): string => detectWarCoverage(text).reasons.join(' | ');

describe('short war reports with a named attacker or counted attacks are war coverage', () => {
  it.each([
    'Monitors at a naval coordination centre have logged 52 Houthi strikes on tankers and bulk carriers since March, and said the pace had not slowed this month.',
    'The militia has carried out more than 40 attacks on commercial vessels in the Gulf of Aden since the spring, a European naval spokesman said on Tuesday. Crews on two freighters were evacuated.',
    'Seit Januar haben die Rebellen nach Angaben der Marine mehr als 50 Angriffe auf Tanker im Golf von Aden verübt. Mehrere Reedereien meiden die Route.',
    'A grain freighter hit by a Russian drone at the Danube port of Izmail was towed to a repair yard, the port authority said. Its captain said the bridge windows were shattered and two sailors were treated for cuts.',
    'The bulk carrier attacked by the Houthis last week sank on Saturday, the shipping company said. Its 24 crew members had been taken off by a passing tanker.',
    'Der Frachter war in der Nacht von den Huthis mit Drohnen angegriffen worden und liegt nun manövrierunfähig vor der Küste. Die Besatzung wurde von einem Marineschiff aufgenommen.',
    'The tanker, struck by Hezbollah drones off Haifa, was towed into port; none of its crew was hurt.',
    'The RSF have raided three villages near El Fasher since Sunday, residents said.',
  ])('%s', (text) => expect(detectWarCoverage(text).isWarCoverage).toBe(true));
});

describe('near misses stay negative', () => {
  it.each([
    // shipping business around the Red Sea, in English and German
    'Container freight rates from Shanghai to Rotterdam doubled in a month as carriers rerouted around the Red Sea, lifting shares of the big lines; analysts expect prices to stay high through the quarter, and shippers are booking earlier.',
    'Container rates climbed again after attacks on ships in the Red Sea forced carriers to reroute around Africa; shares of the big lines rose 5% and analysts raised their profit forecasts for the quarter.',
    'Shares of the shipping insurer fell after it raised war-risk premiums for the Red Sea route; the company said quarterly profits would still beat forecasts, and investors sold the stock.',
    'Die Frachtraten stiegen weiter, weil Reedereien das Rote Meer meiden; die Aktien der Reederei legten zu, und Anleger rechnen mit höheren Gewinnen.',
    // a sea and a strait on holiday
    'Divers flock to the Red Sea each winter for its coral reefs; hotels in Hurghada reported record bookings, and a new airline route opens in March.',
    'The Black Sea resort expects a record season: hotels are full, the new airline route opens in June and the beaches were cleaned after the winter storms.',
    'The Bab el-Mandeb strait is about 26 kilometres wide at its narrowest; a new ferry service will link the two coasts from next year, the tourism board said.',
    // fiction: pirates on film, an ambush in a game
    'The film follows a crew of pirates who attack merchant ships off the coast of a fictional island; the director cast unknown actors, and the sea battles were shot in a studio tank.',
    'In the third mission your convoy is ambushed by the Taliban on a mountain road; the game’s levels are long, the multiplayer is thin, and the console version stutters. Review score: 6 out of 10.',
    // attacks counted by no party
    'There were 34 shark attacks recorded off Florida last year, more than anywhere else, the university’s shark file said; most were minor bites on surfers.',
    'The visitors made 34 attacks down the left flank and scored twice; the coach said his team had won the battle of the midfield.',
    // hit by no party
    'A cargo ship struck by lightning off the coast lost power for six hours during the storm; heavy rain and waves of five metres slowed the rescue boats.',
    'The bank was hit by a ransomware attack last week; hackers demanded 40 bitcoin, and police said the suspects were arrested in two countries.',
    // a past war at sea, a party's words, a deal, a defence order
    'The convoy was attacked by U-boats in 1942 and 34 merchant ships were sunk; veterans laid wreaths at the memorial on the 80th anniversary.',
    'The peace plan was attacked by Hamas officials as a betrayal, while Fatah leaders called for calm; the election committee will meet again next week.',
    'Hamas struck a deal with Fatah on the timing of the election, officials said; voters will go to the polls in May, and the committee will count the ballots.',
    'The navy ordered four frigates from the shipyard to protect merchant ships in the Red Sea; the contract is worth $3bn, and production starts next year, the defence ministry said in its budget.',
  ])('%s', (text) => expect(detectWarCoverage(text).isWarCoverage).toBe(false));
});

describe('the reasons name the event', () => {
  it.each([
    ['The freighter was struck by the Houthis off the coast of Yemen, the navy said.', /a party named as the attacker: struck by the Houthis/],
    ['Two sailors were killed when their bulk carrier was hit by a Houthi missile in the Gulf of Aden.', /a party named as the attacker: hit by a Houthi missile/],
    ['Der Tanker wurde von den Huthis beschossen.', /a party named as the attacker: von den Huthis beschossen/],
    ['Hezbollah shelled two border villages overnight.', /a party named as the attacker: Hezbollah shelled/],
    ['Observers have counted 61 Houthi attacks on shipping since the autumn.', /weapons or attacks counted: 61 Houthi attacks/],
    ['Die Miliz hat mehr als 90 Angriffe verübt.', /weapons or attacks counted: 90 Angriffe/],
    ['Insurers raised war-risk premiums after attacks on merchant ships.', /fighting and forces: .*attacks on merchant ships/],
    ['The tanker was hit twice near the strait, the agency said, and the Houthis claimed it.', /fighting and forces: .*tanker was hit/],
    ['Houthi fighters fired missiles at shipping in the Red Sea.', /conflict parties and theatres: .*red sea/],
    ['Rockets fired by Hamas fell near Ashkelon.', /a party named as the attacker: fired by Hamas/],
    ['The town was hit by Hezbollah’s rockets.', /a party named as the attacker: hit by Hezbollah’s rockets/],
    ['Two soldiers were shot by Hamas gunmen.', /a party named as the attacker: shot by Hamas gunmen/],
  ])('%s', (text, shown) => expect(reasons(text)).toMatch(shown));

  it.each([
    // a party's people, not its forces; an attack by no one named; a nationality not before the attacks
    'The plan was attacked by Hamas officials as a surrender.',
    'The ship was attacked by pirates off Somalia.',
    'The Russian side made 34 attacks on goal but lost the match.',
    // `launched`, `fired` and `shot` by a party that are no attack; a party's decision
    'A television channel launched by Hezbollah in 1991 is off the air.',
    'An aide fired by Hamas last year gave an interview.',
    'Footage shot by Hamas was shown at the trial.',
    'Exporters were hit by Hamas’s refusal to reopen the crossing.',
  ])('%s names no attacker and counts no attacks', (text) => {
    expect(reasons(text)).not.toMatch(/a party named as the attacker|attacks counted/);
  });
});

describe('density in a short report', () => {
  const event = 'The bulk carrier attacked by the Houthis last week sank on Saturday, the shipping company said.';
  it('does not count against a short report with an event of a war in it', () => {
    expect(reasons(event)).not.toMatch(/− war vocabulary density/);
  });
  it('still counts against a long text that mentions one such event in passing', () => {
    const filler = 'The harbour authority published its annual report on cargo volumes, pilot bookings and dredging work at the northern quay. ';
    expect(reasons(event + ' ' + filler.repeat(40))).toMatch(/− war vocabulary density/);
  });
});
