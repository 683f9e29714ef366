import { describe, expect, it } from 'vitest';
import { documentVoice } from '../../../lib/extract/weapons';
import { extractClaims } from '../../../lib/extract/claims';

describe('bulletin voice reported by a wire service', () => {
  // [text head, expected source or undefined]
  const rows: Array<[string, string | undefined]> = [
    ['Kyiv says it downed 40 drones, Ukrainian General Staff says\n\nKYIV, May 2. The ...', 'Ukrainian General Staff'],
    ['Front update\n\nMOSCOW, June 4. /wire/. The Russian Ministry of Defence said in its daily briefing on Tuesday that ...', 'Russian Ministry of Defence'],
    // a headline that only quotes the ministry mid-sentence is no bulletin
    ['Russian Defence Ministry says talks are possible, but fighting goes on\n\nThe ...', undefined],
    ['Tanks roll on\n\nA spokesman said the Russian Defence Ministry said nothing new.', undefined],
  ];
  for (const [head, source] of rows) it(`${JSON.stringify(head.slice(0, 40))} → ${source}`, () => expect(documentVoice(head)?.source).toBe(source));

  it('the enemy of a wire-reported Russian bulletin is Ukraine, and the ministry speaks for its counts', () => {
    const text = 'Strikes continue, Russian Defence Ministry says\n\nMOSCOW, March 3. Units of the Vostok group hit positions near Vuhledar. The enemy lost up to 140 servicemen and two tanks.';
    const c = extractClaims(text).find((x) => x.text === 'up to 140 servicemen');
    expect([c?.side, c?.attribution]).toEqual(['ua', 'Russian Defence Ministry']);
  });
});
