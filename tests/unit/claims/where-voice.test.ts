import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { createGazetteer } from '../../../lib/gazetteer/index';

// The built gazetteer, so that the place mentions are the ones the side panel sees.
const gazetteer = createGazetteer(JSON.parse(readFileSync(new URL('../../../public/gazetteer.json', import.meta.url), 'utf8')));

const whereOf = (text: string, surface: string): string | undefined => {
  const a = analyze({ text }, { gazetteer });
  const c = a.claims.find((x) => x.text === surface);
  if (!c) throw new Error(`no claim "${surface}" in ${JSON.stringify(a.claims.map((x) => x.text))}`);
  return c.where;
};

describe('a capital that speaks is not where the claim is', () => {
  // [text, claim span, expected where (undefined: none)]
  const rows: Array<[string, string, string | undefined]> = [
    ["Russia's Defence Ministry gave no detail. Moscow said its troops had advanced roughly 193 square miles near Toretsk.", 'roughly 193 square miles', 'Toretsk'],
    ['Moscow said its troops had advanced roughly 193 square miles this month.', 'roughly 193 square miles', undefined],
    ['Kyiv says 40 drones were shot down over the Sumy region overnight.', '40 drones', 'Sumy Oblast'],
    ['Moscow claimed 3 villages had fallen near Bakhmut.', '3 villages', 'Bakhmut'],
    ['Moscow has repeatedly claimed that 12 tanks were destroyed.', '12 tanks', undefined],
    ['Kyiv denied that 200 soldiers had surrendered.', '200 soldiers', undefined],
    ['According to Moscow, 30 drones were downed overnight.', '30 drones', undefined],
    ['Washington and Kyiv said 5 missiles struck the port.', '5 missiles', undefined],
    ['Kyiv on Monday accused Russian forces of firing 90 missiles.', '90 missiles', undefined],
    // the paragraph fallback skips a voice too: Toretsk is the one place left
    ['Fighting went on near Toretsk. Moscow said it had seized 4 villages.', '4 villages', 'Toretsk'],
  ];
  it.each(rows)('%s', (text, surface, where) => {
    expect(whereOf(text, surface)).toBe(where);
  });
});

describe('a dateline is where the reporter is, not where the claim is', () => {
  const rows: Array<[string, string, string | undefined]> = [
    ['KYIV — Ukrainian forces shot down 40 drones overnight, the air force said.', '40 drones', undefined],
    ['MOSCOW (Reuters) - Russian forces captured 3 villages near Kupiansk, the ministry said.', '3 villages', 'Kupiansk'],
    ['Kyiv (AP) — Air defences downed 25 drones overnight.', '25 drones', undefined],
    ['Headline\nKYIV, Ukraine — Russia launched 70 drones at the country overnight.', '70 drones', undefined],
  ];
  it.each(rows)('%s', (text, surface, where) => {
    expect(whereOf(text, surface)).toBe(where);
  });
});

describe('the same capitals used as real locations are still where', () => {
  const rows: Array<[string, string, string]> = [
    ['A drone strike on Moscow wounded 3 people.', '3 people', 'Moscow'],
    ['In Kyiv, 3 people were killed.', '3 people', 'Kyiv'],
    ['Kyiv was hit by 14 missiles overnight.', '14 missiles', 'Kyiv'],
    ['Air defences over Moscow downed 11 drones, the mayor said.', '11 drones', 'Moscow'],
    ['In Kyiv officials said 6 people were wounded.', '6 people', 'Kyiv'],
    ['Russia fired 20 missiles at Kyiv, Ukrainian officials said.', '20 missiles', 'Kyiv'],
    ['Moscow was attacked by 30 drones.', '30 drones', 'Moscow'],
    ['Police in Moscow said 2 people were hurt.', '2 people', 'Moscow'],
  ];
  it.each(rows)('%s', (text, surface, where) => {
    expect(whereOf(text, surface)).toBe(where);
  });
});

describe('a capital or country owning the actors is a side, not where the claim is', () => {
  const rows: Array<[string, string, string | undefined]> = [
    ["Mappers estimate that Moscow's troops took roughly 193 square miles of Donetsk Oblast near Toretsk over the summer.", 'roughly 193 square miles', 'Donetsk Oblast'],
    ["Kyiv's forces shot down 40 drones overnight.", '40 drones', undefined],
    // a capital's account or figures speak for it too
    ["By Moscow's account, Russian troops have won back over 1,100 km² of the Kursk region.", 'over 1,100 km²', 'Kursk Oblast'],
    // a place that is not a seat of government keeps its own people: the claim is there
    ["Toretsk's defenders repelled 12 assaults.", '12 assaults', 'Toretsk'],
    // a locative capital is still a place
    ['In Moscow, 3 people were injured by falling debris from a drone.', '3 people', 'Moscow'],
  ];
  it.each(rows)('%s', (text, surface, where) => {
    expect(whereOf(text, surface)).toBe(where);
  });
});
