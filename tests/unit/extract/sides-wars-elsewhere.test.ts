import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../claim-of';

// Sides in wars other than Russia–Ukraine: civilians of a civil-war country, new side codes,
// each block of a live blog read by its own context, no Russia–Ukraine default elsewhere.
const claimOf = (text: string, surface: string) => analyzedClaim(text, surface);

describe('sides in wars elsewhere', () => {
  // [text, claim, side]
  const rows: Array<[string, string, string | undefined]> = [
    // civilians in a civil-war country are its people, whichever armed group the sentence blames
    ['Rebels shelled Goma and Bukavu overnight. In Uvira, doctors treated 52 wounded civilians after the attack on the market.', '52 wounded', 'cd'],
    ['The paramilitary RSF has besieged El Fasher, Dilling and Kadugli; the war has displaced close to 9 million people, aid groups say.', 'close to 9 million people', 'sd'],
    ['Militants raided villages near Pemba, Montepuez and Mueda. Some 3,200 people fled toward the coast.', 'Some 3,200 people', 'mz'],
    // ... nor a ship's crew, journalists or aid workers caught up in the war
    ['Fighting near Hodeidah and Hays killed 12 civilians. A missile later struck a tanker off the port; its crew of 25 was evacuated.', '25', undefined],
    ['Shelling hit Goma and Bukavu again. 4 journalists were wounded near the airport.', '4 journalists', undefined],
    // ... but not people in a place of another country the sentence names
    ['Troops shelled Goma, Bukavu and Uvira. Across the border in Gisenyi, 7 people were killed.', '7 people', 'rw'],
    // ... and a count that names its people keeps them
    ['Fighting near Goma and Bukavu went on. More than 12,000 Rwandans crossed the border at Gisenyi.', 'More than 12,000 Rwandans', 'rw'],
    // Burundi and Mozambique have codes of their own
    ['Burundian officials have never said how many troops are in Uvira; a diplomat put the Burundian contingent at 6,000 soldiers.', '6,000 soldiers', 'bi'],
    ['The Mozambican army said 9 soldiers had died near Macomia and Ancuabe.', '9 soldiers', 'mz'],
    // each paragraph (a live blog's entry) finds the enemy among the sides it names itself
    ['10:05 — Israeli strikes on Gaza City killed 9 people, Palestinian medics said. Hamas said it fired at troops in Gaza.\n\n09:40 — Lebanon\'s health ministry says an Israeli drone strike near Tyre killed 3 men.', '3 men', 'lb'],
    // civilians with no side word: of the places of their paragraph
    ['Drones hit Kharkiv, Sumy and Poltava overnight. At least 6 people were killed and 14 wounded.', 'At least 6 people', 'ua'],
    ['In Odessa a substation was hit; 300,000 residents had no power.', '300,000 residents', 'ua'],
    // a part of a group of people is of its side
    ['Ukrainian officials said 38 Russian soldiers had surrendered near Kupiansk, among them three officers.', 'three officers', 'ru'],
    // what one agent killed and destroyed belongs to the same victims
    ['Insurgents near Gao, Kidal and Menaka said they had killed 14 Russians and destroyed 5 trucks.', '5 trucks', 'ru'],
    // a source is no side, with or without an article (`nach Angaben ukrainischer Beobachter`)
    ['Die russische Armee ist nach Angaben ukrainischer Beobachter bis auf etwa 3 Kilometer an Pokrowsk herangerückt.', 'etwa 3 Kilometer', 'ru'],
    // `the enemy` in the words of a formation is the formation's enemy
    ['Die ukrainische 47. Mechanisierte Brigade meldete, der Gegner greife in Gruppen von vier Mann bei Pokrowsk an.', 'vier Mann', 'ru'],
    // `against al-Shabaab`: the target of the attacks, not whose they are
    ['U.S. Africa Command said it had carried out 4 airstrikes against al-Shabaab near Jilib.', '4 airstrikes', 'us'],
    // what a group's spokesman says `the group` killed are its enemy's
    ['A spokesman for the RSF claimed the group had killed 120 soldiers near Babanusa.', '120 soldiers', 'sd'],
    // ... and what a source later says it killed itself does not go on its own casualty count
    ['The Israeli military said six soldiers were wounded in Gaza. It later said it had killed 30 fighters.', '30 fighters', 'ps'],
  ];
  for (const [text, surface, side] of rows) it(`${surface} → ${side}`, () => expect(claimOf(text, surface).side).toBe(side));

  it("Russia's enemy is not Ukraine by default in an article about a war elsewhere", () => {
    expect(claimOf('Near Gao, Kidal and Menaka, fighters attacked a convoy of the Africa Corps and destroyed 4 vehicles.', '4 vehicles').side).not.toBe('ua');
  });

  it('a running total in the next sentence goes on the casualty count before it', () => {
    const text = 'Der ukrainische Generalstab bezifferte die russischen Verluste des Tages auf 980 Soldaten, getötet oder verwundet. Seit Februar 2022 seien es damit insgesamt etwa 990.000 Soldaten.';
    const c = claimOf(text, 'etwa 990.000 Soldaten');
    expect([c.category, c.measure, c.side]).toEqual(['casualties', 'killedOrWounded', 'ru']);
  });
});
