import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../claim-of';

// Who asserts a claim when the source is a person named by a role, a body of people, a group
// whose name ends in digits, witnesses after a comma, or a role with the body it belongs to.
const attributionOf = (text: string, surface: string): string | undefined => analyzedClaim(text, surface).attribution;

describe('attribution: roles, groups and witnesses', () => {
  // [text, claim, attribution]
  const rows: Array<[string, string, string | undefined]> = [
    // one person named by a role, with an indefinite article, even with `there` before the verb
    ['The clinic took in 36 wounded overnight, a doctor there said.', '36 wounded', 'doctor'],
    ['The clinic took in 36 wounded overnight, a nurse said.', '36 wounded', 'nurse'],
    // a role and the named place it works at, up to the verb
    ['A surgeon at Bunia general hospital said 19 wounded had arrived by noon.', '19 wounded', 'surgeon at Bunia general hospital'],
    // a group whose name ends in digits
    ['The M23 said it had seized 9 army trucks near Walikale.', '9 army trucks', 'M23'],
    // a body of people: `a UN group of experts put it at`
    ['Estimates differ: a UN panel of experts put it at 5,000 troops last year.', '5,000 troops', 'UN panel of experts'],
    // witnesses after a comma, and opening the sentence with a participle phrase
    ['Gunmen held the bridge for three days, residents said.', 'three days', 'residents'],
    ['Residents reached by telephone said the two camps lie about 4 km apart.', 'about 4 km', 'Residents'],
    // `Medics at Al-Aqsa Hospital report`: `report` is a reporting verb too
    ['Medics at Al-Aqsa Hospital report 6 wounded after the strike.', '6 wounded', 'Medics at Al-Aqsa Hospital'],
    // German `sprach von`
    ['Der Sprecher der Gruppierung Ost sprach von 90 Angriffen am Tag.', '90 Angriffen', 'Sprecher der Gruppierung Ost'],
    // `according to` a role or a lower-case body with modifiers
    ['The depot was hit by 7 drones, according to the provincial health ministry.', '7 drones', 'provincial health ministry'],
    ['The outpost holds about 300 troops, according to a militia commander.', 'about 300 troops', 'militia commander'],
    // the role that opens the clause after `, but`, with the formation it belongs to
    ['The army did not comment, but a source in the 5th Infantry Battalion, which guards the road, said 6 soldiers had died.', '6 soldiers', 'source in the 5th Infantry Battalion'],
    // after an opening phrase and an appositive, the people before it speak
    ['In northern Syria, residents of Tal Rifaat, a town near the Turkish border, say 8 villagers were killed.', '8 villagers', 'residents of Tal Rifaat'],
  ];
  for (const [text, surface, attribution] of rows) it(`${surface} → ${attribution}`, () => expect(attributionOf(text, surface)).toBe(attribution));
});

describe('attribution: an author writing in its own voice, a formation, a document', () => {
  it("an assessment's first-person and unattributed findings are its author's", () => {
    const text = [
      'Horn of Africa brief: sieges spread in the south',
      '',
      'Coastal Conflict Monitor — monthly assessment, period ending 30 June',
      '',
      'We assess that the group now controls two of the three roads into Kismayo. Our data record 44 attacks in June. Fighters burned 12 trucks near Afmadow, according to local officials.',
    ].join('\n');
    expect(attributionOf(text, '44 attacks')).toBe('Coastal Conflict Monitor');
    expect(attributionOf(text, '12 trucks')).toBe('local officials');
  });

  it('a title line naming no author gives no voice', () => {
    const text = 'Campaign assessment, June 30\n\nRebels burned 12 trucks near Afmadow.';
    expect(attributionOf(text, '12 trucks')).toBeUndefined();
  });

  it("`The brigade said` points back to the formation named before", () => {
    const text = 'The General Staff said its troops held the line near Siversk, where the 54th Mechanized Brigade is deployed. The brigade said that assault groups of four to six men attacked at dawn.';
    expect(attributionOf(text, 'four to six men')).toBe('54th Mechanized Brigade');
  });

  it("`The Russian summary listed` speaks for the Russian body named before", () => {
    const text = "Russia's defence ministry said its forces had taken Kurakhove. Ukraine's General Staff said its troops repelled 40 Russian assaults. The Russian summary for the day listed Ukrainian losses of up to 420 servicemen.";
    expect(attributionOf(text, 'up to 420 servicemen')).toBe("Russia's defence ministry");
  });

  it("`the ministry's figures`: the body named before, not its document", () => {
    const text = "The health ministry in Sanaa said 31 people were killed on Sunday. The ministry's figures show 88 wounded since Friday. According to the ministry's latest tally, 140 homes were destroyed.";
    expect(attributionOf(text, '88 wounded')).toBe('health ministry in Sanaa');
    expect(attributionOf(text, '140 homes')).toBe('health ministry in Sanaa');
  });
});
