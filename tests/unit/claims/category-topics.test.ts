import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';

const find = (text: string, surface: string) => extractClaims(text).find((c) => c.text === surface);

describe('what a count is about', () => {
  // [text, surface, category, measure]
  const rows: Array<[string, string, string, string | undefined]> = [
    // strongpoints taken or held are ground; struck or damaged they are not
    ['Rebels said they had overrun three army outposts near the river.', 'three army outposts', 'territory', undefined],
    ['The army has kept troops at four hilltop positions across the border.', 'four hilltop positions', 'territory', undefined],
    ['The mission said two of its positions were damaged by shelling.', 'two of its positions', 'other', undefined],
    // a share of ground someone holds
    ['Russian troops hold about 30 percent of the town itself, a blogger claimed.', 'about 30 percent', 'territory', undefined],
    ['The junta controls an estimated 35 percent of the national territory.', 'an estimated 35 percent', 'territory', undefined],
    ['The rebels said they now held "more than half" of the city, including the airport.', 'more than half', 'territory', undefined],
    ['About 80 percent of the region\'s population has fled.', 'About 80 percent', 'other', undefined],
    // a share of an amount of money in its clause
    ['Port revenue fell by roughly 40 percent last year to about $2 billion.', 'roughly 40 percent', 'cost', undefined],
    ['Traffic through the strait has fallen by about 30 percent, according to the agency, and officials say revenue dropped to $3 billion.', 'about 30 percent', 'other', undefined],
    // farmland counted is harm to food; ground taken stays ground
    ['Only about 900 hectares of the 12,000 hectares of cropland remain undamaged.', 'about 900 hectares', 'other', undefined],
    ['Troops had taken roughly 400 square kilometres since August, much of it open farmland.', 'roughly 400 square kilometres', 'territory', undefined],
    // a part named in an aside does not hide the count's verb
    ['Officials said 14 people, including three children, were killed in the strike.', '14 people', 'casualties', 'killed'],
    // people detained or arrested are captured
    ['Troops raided the village overnight, detaining nine suspects.', 'nine suspects', 'captured', 'captured'],
    ['Police said they arrested six people at the checkpoint.', 'six people', 'captured', 'captured'],
    // ships a navy escorts are merchant ships
    ['The naval mission said its destroyers had escorted 15 ships through the strait.', '15 ships', 'other', undefined],
    ['The navy said it had lost 3 warships in the strait.', '3 warships', 'equipment', undefined],
    // `Unter den Verletzten`: the German wounded
    ['Bei dem Angriff wurden 20 Menschen verletzt. Unter den Verletzten sind vier Kinder.', 'vier Kinder', 'casualties', 'wounded'],
  ];
  for (const [text, surface, category, measure] of rows)
    it(`${surface} → ${category} ${measure ?? ''}`, () => {
      const c = find(text, surface);
      expect([c?.category, c?.measure]).toEqual([category, measure]);
    });
});
