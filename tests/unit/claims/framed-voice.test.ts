import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';
import { documentVoice } from '../../../lib/extract/weapons';

describe('a bulletin framed by its title and lead speaks for its issuing body', () => {
  // [text head, expected voice or undefined]
  const rows: Array<[string, { source: string; side: string } | undefined]> = [
    // a title naming the body as speaker, a dateline, a lead saying the body published its update
    [
      'General Staff: invaders lost 900 troops overnight\nKYIV, 3 May 2025\n\nThe General Staff of the Armed Forces of Ukraine has published its evening update on the fighting.',
      { source: 'General Staff of the Armed Forces of Ukraine', side: 'ua' },
    ],
    // the lead alone, straight after the title
    ['Front summary\n\nThe Ministry of Defence of the Russian Federation released its daily briefing on the operation.', { source: 'Ministry of Defence of the Russian Federation', side: 'ru' }],
    // a title whose body carries its side
    ["Ukraine's General Staff: 52 assaults repelled\n\nFighting went on along the front.", { source: "Ukraine's General Staff", side: 'ua' }],
    // a sideless title body takes the side of the capital it is dated in
    ['Defence Ministry: 30 drones downed\nMOSCOW, June 4\n\nAir defences worked through the night.', { source: 'Defence Ministry', side: 'ru' }],
    // ... but not without one
    ['General Staff: 30 drones downed\n\nAir defences worked through the night.', undefined],
    // past a dateline, a lead in the older bulletin form
    ['Frontline update\nKYIV, 27 June 2025\n\nThe General Staff of the Armed Forces of Ukraine reports: the enemy lost 1,000 soldiers.', { source: 'General Staff of the Armed Forces of Ukraine', side: 'ua' }],
    // a wire story that mentions the body further down is no bulletin
    ['Drone strikes hit Kharkiv\nKYIV, 3 May 2025\n\nResidents said the blasts began at night. The General Staff of the Armed Forces of Ukraine has published its update.', undefined],
    // a headline's short form gives way to the full name of a lead that opens on an inline dateline
    [
      'Russian MoD: air defences downed 80 drones overnight\n\nMOSCOW, 2 May 2025 - The Russian Ministry of Defence published its daily bulletin on Friday.',
      { source: 'Russian Ministry of Defence', side: 'ru' },
    ],
    // ... and stays when the lead names no body
    ['Russian MoD: air defences downed 80 drones overnight\n\nMOSCOW, 2 May 2025 - Air defences worked through the night.', { source: 'Russian MoD', side: 'ru' }],
    // a lead where the body is the object, not the publisher
    ['Talks stall\n\nCritics of the Russian Defence Ministry published their own report on losses.', undefined],
  ];
  for (const [head, voice] of rows) it(`${JSON.stringify(head.slice(0, 50))} → ${voice?.source}`, () => expect(documentVoice(head)).toEqual(voice));
});

describe('claims of a framed bulletin', () => {
  const bulletin = [
    'General Staff: occupiers lost 900 soldiers in a day',
    'KYIV, 3 May 2025',
    '',
    'The General Staff of the Armed Forces of Ukraine has published its morning update. In total, 150 combat clashes took place over the past day.',
    '',
    'Over the past day, Ukrainian defenders eliminated 900 occupiers and destroyed 5 tanks.',
    '',
    'The total combat losses of the enemy are approximately: about 950 000 personnel, 10 100 tanks, 21 000 armoured combat vehicles, 27 000 artillery systems, 1 300 air defence systems, 380 aircraft, 330 helicopters, 40 000 drones, 3 100 cruise missiles and 51 000 vehicles.',
    '',
    'On the Pokrovsk direction, there were 30 enemy attacks near two villages. On the Lyman direction there were 12 attacks near a forest, and on the Siversk direction 4 attacks.',
    '',
    'An enemy assault group advanced 2 kilometres before it was pushed back, the press service said.',
  ].join('\n');
  const claims = extractClaims(bulletin);
  const get = (surface: string) => claims.find((c) => c.text === surface);
  // [surface, side, attribution, measure]
  const rows: Array<[string, string | undefined, string, string | undefined]> = [
    ['150 combat clashes', undefined, 'General Staff of the Armed Forces of Ukraine', undefined],
    // `eliminated` in a staff's bulletin counts all put out of action
    ['900 occupiers', 'ru', 'General Staff of the Armed Forces of Ukraine', 'losses'],
    // every item of a list whose caption names the enemy's losses, however far down
    ['about 950 000 personnel', 'ru', 'General Staff of the Armed Forces of Ukraine', 'losses'],
    ['330 helicopters', 'ru', 'General Staff of the Armed Forces of Ukraine', undefined],
    ['51 000 vehicles', 'ru', 'General Staff of the Armed Forces of Ukraine', undefined],
    // attacks counted on after the enemy's attacks in the sentence before
    ['12 attacks', 'ru', 'General Staff of the Armed Forces of Ukraine', undefined],
    ['4 attacks', 'ru', 'General Staff of the Armed Forces of Ukraine', undefined],
    // the bare press service is the bulletin's own
    ['2 kilometres', 'ru', 'General Staff of the Armed Forces of Ukraine', undefined],
  ];
  for (const [surface, side, attribution, measure] of rows)
    it(`${surface} → ${side}, ${attribution}, ${measure}`, () => {
      const c = get(surface);
      expect([c?.side, c?.attribution, c?.measure]).toEqual([side, attribution, measure]);
    });
});

describe('a framed Russian bulletin: the enemy is Ukraine', () => {
  const text = 'Defence Ministry: Ukraine lost 1,300 troops in a day\nMOSCOW, June 4\n\nThe Russian Defence Ministry has published its daily summary. The enemy lost up to 240 servicemen and 3 tanks near Kupyansk. In total, the losses of the enemy were: 410 drones, 12 artillery systems, 2 launchers and 9 vehicles.';
  const claims = extractClaims(text);
  // [surface, side]
  const rows: Array<[string, string]> = [
    ['up to 240 servicemen', 'ua'],
    ['3 tanks', 'ua'],
    ['9 vehicles', 'ua'],
  ];
  for (const [surface, side] of rows)
    it(`${surface} → ${side}, Russian Defence Ministry`, () => {
      const c = claims.find((x) => x.text === surface);
      expect([c?.side, c?.attribution]).toEqual([side, 'Russian Defence Ministry']);
    });
});

describe('a list run on after a caption naming a side', () => {
  const items = '12 tanks, 30 armoured vehicles, 40 artillery systems, 15 air defence systems, 20 helicopters, 31 aircraft, 200 drones, 5 ships, 9 launchers, 17 radars, 45 trucks and 300 vehicles.';
  // [caption, side of the last item]
  const rows: Array<[string, string | undefined]> = [
    ['Russian losses since February amount to:', 'ru'],
    ['The losses of Ukraine since spring were:', 'ua'],
    // what a side destroyed is its enemy's
    ['Ukrainian forces destroyed the following:', 'ru'],
    // where things went is no side of them
    ['Deliveries to Ukraine so far:', undefined],
  ];
  for (const [caption, side] of rows)
    it(`${caption} ... 300 vehicles → ${side}`, () => expect(extractClaims(`${caption} ${items}`).find((x) => x.text === '300 vehicles')?.side).toBe(side));
});

describe('what a framed voice leaves alone', () => {
  // [text, surface, side, measure]
  const rows: Array<[string, string, string | undefined, string | undefined]> = [
    // a killed-and-wounded pair keeps `eliminated` for the dead
    ['General Staff: a hard day\nKYIV, 3 May 2025\n\nThe General Staff of the Armed Forces of Ukraine has published its update. Over the day 200 occupiers were eliminated and 90 wounded.', '200 occupiers', 'ru', 'killed'],
    // no voice: `eliminated` is the writer's word for killed
    ['Army says it hit a camp\n\nThe army said it eliminated 21 militants in air strikes near the border.', '21 militants', undefined, 'killed'],
    // clashes are fought by both sides: no series side
    ['General Staff: a hard day\nKYIV, 3 May 2025\n\nThe General Staff of the Armed Forces of Ukraine has published its update. There were 20 enemy attacks near the town. Three clashes are still ongoing.', 'Three clashes', undefined, undefined],
  ];
  for (const [text, surface, side, measure] of rows)
    it(`${surface} → ${side}, ${measure}`, () => {
      const c = extractClaims(text).find((x) => x.text === surface);
      expect([c?.side, c?.measure]).toEqual([side, measure]);
    });

  it('an ordinary wire story that quotes the body in its text keeps its own figures unattributed', () => {
    const text = 'Drones hit Kharkiv\nKYIV, 3 May 2025\n\nRussian drones struck Kharkiv overnight, killing 4 people, regional governor Oleh Syniehubov said. The General Staff said 120 combat clashes took place.\n\nThe city lies 30 kilometres from the border.';
    expect(extractClaims(text).find((x) => x.text === '30 kilometres')?.attribution).toBeUndefined();
  });

  it('a list with no caption colon is no list', () => {
    const c = extractClaims('Russian troops advanced near Pokrovsk, officials said, and later 40 tanks, 30 vehicles and 12 guns were seen on the road.').find((x) => x.text === '12 guns');
    expect(c?.measure).toBeUndefined();
  });
});
