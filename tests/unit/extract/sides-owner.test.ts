import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../claim-of';

const sideOf = (text: string, surface: string): string | undefined => analyzedClaim(text, surface).side;
type Row = [string, string, string | undefined];
const table = (rows: Row[]): void => {
  for (const [text, surface, side] of rows) it(`${surface} → ${side}`, () => expect(sideOf(text, surface)).toBe(side));
};

describe("sides: Sudan's army and the RSF fight each other, and a claim gives either one Sudan's country code", () => {
  table([
    // what the army destroyed is the RSF's, named or not: Sudan's
    ['Fighting spread across Darfur and Kordofan. The army said it destroyed 22 combat vehicles of the RSF near Babanusa.', '22 combat vehicles', 'sd'],
    ['Clashes went on in North Kordofan. SAF troops destroyed 9 armoured vehicles near Bara on Monday.', '9 armoured vehicles', 'sd'],
    // ... and what the RSF killed is the army's
    ['The RSF said its fighters killed 35 soldiers near Kadugli and shot down two army drones.', '35 soldiers', 'sd'],
    // the RSF's own fighters
    ['Witnesses said 60 RSF fighters were killed near Bara.', '60 RSF fighters', 'sd'],
  ]);
});

describe('sides: the object of a verb is not the agent', () => {
  table([
    // the side word in the object of `repelled` does not kill: the subject does
    ['Ukrainian defenders repelled a Russian assault near Toretsk and destroyed 6 tanks.', '6 tanks', 'ru'],
    // a count of the subject's strikes is the subject's, not its target's
    ['U.S. and British warships have struck Houthi launch sites more than 30 times this year.', 'more than 30 times', 'us'],
  ]);
});

describe('sides: a side word on another count names that count only', () => {
  table([
    ['Ukrainian drones killed 30 Russian soldiers and destroyed 5 tanks near Kupiansk.', '5 tanks', 'ru'],
    ['Militants killed 9 soldiers and two Russian instructors near Gao.', '9 soldiers', 'ml'],
    // `killed and wounded` describes the count before it, it does not kill the next one
    ['Russian forces lost 800 personnel killed and wounded and 31 armoured vehicles in the battle.', '31 armoured vehicles', 'ru'],
  ]);
});

describe('sides: an attack noun that modifies a noun, or a verb after one, makes no agent', () => {
  table([
    ['Russian assault groups of six to eight men tried to reach the river.', 'six to eight men', 'ru'],
    ['Russian forces attack the town with groups of three to five infantrymen.', 'three to five infantrymen', 'ru'],
  ]);
});

describe("sides: things struck or destroyed are the striker's enemy's", () => {
  table([
    ['The Israeli military said its jets struck more than 60 targets in Gaza overnight.', 'more than 60 targets', 'ps'],
    ['U.S. forces carried out strikes on Houthi positions near Saada, destroying four launchers and three weapons depots.', 'three weapons depots', 'ye'],
  ]);
});

describe('sides: an owner after the count', () => {
  table([
    // a launch site after a verb of crossing
    ['The Israeli military said about 40 projectiles crossed from Lebanon in the evening.', 'about 40 projectiles', 'lb'],
    // a share of a side's things, told by the other side
    ['Ukrainian officers say drones account for about 60 percent of Russian armour destroyed.', 'about 60 percent', 'ru'],
    // the formation a soldier is from
    ['The army said one soldier from the Golani Brigade was killed in the raid.', 'one soldier', 'il'],
  ]);
});

describe('sides: arms handed over, and what a side fires or arrests', () => {
  table([
    // a donor that does not fight: the arms are the recipient's
    ['The Dutch government said it had delivered 18 howitzers to Ukraine this spring.', '18 howitzers', 'ua'],
    ['Norway will fund the production of 500 interceptor drones in Ukraine, Russian officials complained.', '500 interceptor drones', 'ua'],
    // a giver that fights in the war keeps its side
    ['North Korean troops fought in Kursk against Ukraine. Pyongyang has also sent 170 artillery pieces to Russia, Ukrainian intelligence said.', '170 artillery pieces', 'kp'],
    // what a side fires is its own
    ['Ukrainian gunners fire about 2,500 shells a day, compared with about 9,000 fired daily by Russian forces.', 'about 9,000', 'ru'],
    // people a side arrests are its enemy's
    ['Israeli forces raided Tubas overnight and arrested 11 people, the Palestinian prisoners society said.', '11 people', 'ps'],
  ]);
});

describe("sides: a bulletin's first person and the enemy's pronoun", () => {
  const ua = 'Operational update of the General Staff of the Armed Forces of Ukraine as of 08:00\n\n';
  const ru = 'Summary of the Ministry of Defence of the Russian Federation on the operation\n\n';
  table([
    // `our defenders` are the voice's side; the attacks they repelled are the enemy's
    [`${ua}In the Siversk direction, our defenders repelled 9 attacks near Bilohorivka.`, '9 attacks', 'ru'],
    // `stopped` is a repelling verb too, and the enemy may be named some words after the count (the span
    // runs to the counted noun, `actions`)
    [`${ua}In the Toretsk direction, Ukrainian defenders stopped 31 assault and offensive actions of the enemy near Shcherbynivka.`, '31 assault and offensive actions', 'ru'],
    // `it` after a sentence that opens on the enemy is the enemy
    [`${ua}The enemy launched 2 missile strikes overnight. In addition, it used 3,100 kamikaze drones against our positions.`, '3,100 kamikaze drones', 'ru'],
    [`${ru}The enemy shelled the border villages. In addition, it used 140 drones against civilian targets.`, '140 drones', 'ua'],
  ]);
});

describe("sides: what a bulletin's own side destroyed", () => {
  it('is the enemy’s', () => {
    const text = 'Operational update of the General Staff of the Armed Forces of Ukraine as of 08:00\n\nOur defenders destroyed 9 tanks near Pokrovsk.';
    expect(sideOf(text, '9 tanks')).toBe('ru');
  });
});
