// Causes found on the heldout8 blind set: formations numbered the British, Indian, Pakistani and
// Nigerian way (a cardinal, not an ordinal), an ordinal with a small-element head and nothing else
// (`the 69th Squadron`), task forces named by their words alone, a numbered element "of" its
// parent, German coordinated ordinals with a lower-case `und`, and the IRGC as a whole force.
import { describe, expect, it } from 'vitest';
import { extractUnits } from '../../../lib/extract/units';
import { analyze } from '../../../lib/analyze';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';

const got = (text: string): Array<[string, string[]]> => extractUnits(text).map((u) => [u.name, u.mentions.map((m) => m.text)]);
const names = (text: string): string[] => extractUnits(text).map((u) => u.name);

describe('a formation numbered with a cardinal', () => {
  it.each([
    ['Shelling wounded two soldiers of the 25 Infantry Division near the fence.', '25 Infantry Division'],
    ['A spokesman for 16 Air Assault Brigade said the exercise ended.', '16 Air Assault Brigade'],
    ['Insurgents fought soldiers of the 153 Task Force Battalion for three hours.', '153 Task Force Battalion'],
    ['The 7 Division said its troops cleared two camps.', '7 Division'],
  ])('%s', (text, name) => {
    expect(got(text)).toEqual([[name, [name]]]);
  });
  it('a corps after "and" is still a formation when its head is capitalised', () => {
    expect(names('The statement was issued by the 25 Infantry Division and 10 Corps on Friday.')).toEqual(['25 Infantry Division', '10 Corps']);
  });
  it.each([
    ['Russia has formed 3 Brigades of reservists since spring.'],
    ['Kyiv sent about 10 Corps-level staff officers to the talks.'],
    ['He served in 3 Commando units over his career.'],
    ['Nearly 12 Infantry Division veterans attended the ceremony.'],
  ])('a count is no formation: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
  it('the number inside the formation name is not a claim', () => {
    const text = 'Shelling killed a soldier of the 25 Infantry Division and wounded 14 civilians near the fence.';
    const claims = analyze({ text }, { gazetteer: loadGazetteer() }).claims.map((c) => c.text);
    expect(claims).toEqual(['14 civilians']);
  });
});

describe('an ordinal and a small-element head alone', () => {
  it.each([
    ['F-15I jets of the 69th Squadron flew the longest sorties.', '69th Squadron'],
    ['The 36th Wing moved bombers to the island.', '36th Wing'],
    ['Gunners of the 3rd Battery fired through the night.', '3rd Battery'],
  ])('%s', (text, name) => {
    expect(got(text)).toEqual([[name, [name]]]);
  });
  it('a district or a region needs its type words', () => {
    expect(names('Voters in the 5th District and the 3rd Region went to the polls.')).toEqual([]);
  });
});

describe('a task force named by its words alone', () => {
  it.each([
    ['The Multinational Joint Task Force said it had retaken the island.', 'Multinational Joint Task Force'],
    ['Vigilantes of the Civilian Joint Task Force guided the patrol.', 'Civilian Joint Task Force'],
    ["Ukraine's Joint Forces Task Force said the town remained contested.", 'Joint Forces Task Force'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
  it('a bare coalition word before "Task Force" is only a kind', () => {
    expect(names('A Joint Task Force was set up after the floods. The Task Force met on Monday.')).toEqual([]);
  });
});

describe('a numbered element of a named parent', () => {
  it.each([
    ['The raid was carried out with Group 13 of the HUR intelligence agency.', 'Group 13'],
    ['Troops of Sector 3 of Operation Hadin Kai retook the village.', 'Sector 3'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
  it('a numbered group without its parent is no unit', () => {
    expect(names('Group 3 finished the tournament unbeaten. Sector 4 of the stadium was closed.')).toEqual([]);
  });
});

describe('German coordinated ordinals', () => {
  it('"die 92. und 93. Brigade" is two brigades', () => {
    expect(got('Die 92. und 93. Brigade hielten weiter ihre Positionen.')).toEqual([
      ['92. Brigade', ['92. und 93. Brigade']],
      ['93. Brigade', ['93. Brigade']],
    ]);
  });
  it('dates in the same shape stay dates', () => {
    expect(names('Am 12. und 13. Mai kämpfte die Brigade um das Dorf.')).toEqual([]);
  });
});

describe("Iran's Revolutionary Guard", () => {
  it('the corps as a whole is a side; its aerospace force is a formation', () => {
    expect(extractUnits("Iran's Islamic Revolutionary Guard Corps said the IRGC Aerospace Force fired the missiles.").map((u) => [u.name, u.side])).toEqual([['IRGC Aerospace Force', 'ir']]);
  });
});
