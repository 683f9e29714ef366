import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../claim-of';

type Row = [string, string, string | undefined];
const table = (rows: Row[]) => {
  for (const [text, surface, want] of rows) it(`${surface} → ${want ?? 'none'}`, () => expect(analyzedClaim(text, surface).side).toBe(want));
};

describe("sides: a source's toll a paragraph or two on counts the same people", () => {
  table([
    ['The number of Palestinians killed in the enclave rose to 41,200, the Health Ministry in Gaza said on Monday.\n\nAid convoys were again held at the crossing on Tuesday.\n\nThe ministry said at least 95,000 people had been wounded since the war began.', 'at least 95,000 people', 'ps'],
    // another source's count does not go on it
    ['The number of Palestinians killed in the enclave rose to 41,200, the Health Ministry in Gaza said on Monday.\n\nAid convoys were again held at the crossing on Tuesday.\n\nA UN agency said at least 95,000 people had been wounded since the war began.', 'at least 95,000 people', undefined],
    // a side's source counting its enemy's dead, then people wounded: its own people, not the enemy's
    ["Ukraine's General Staff said 1,300 Russian soldiers were killed in the past day.\n\nAid convoys were again held at the crossing.\n\nUkraine's General Staff said at least 60 people had been wounded in the strikes.", 'at least 60 people', 'ua'],
  ]);
});

describe('sides: arms counted, then a clause naming who holds them', () => {
  table([
    // the holder, not the source whose side word sits in a reporting clause inside
    ['The talks were about disarming Hamas. Negotiators discussed about 3,000 rockets that Egyptian officials say the group still holds.', 'about 3,000 rockets', 'ps'],
    ['Satellite images show 40 launchers that the Houthis still hold near the coast.', '40 launchers', 'ye'],
    // a stock given again at an earlier time is the same side's
    ['The talks were about disarming Hamas. Negotiators discussed about 3,000 rockets that Egyptian officials say the group still holds, down from some 9,000 in 2021.', 'some 9,000', 'ps'],
    ['Satellite images show 40 launchers that the Houthis still hold near the coast, down from about 90 before the strikes.', 'about 90', 'ye'],
  ]);
});

describe("sides: a share of a source's dead is of the side it counted", () => {
  table([
    ['The Health Ministry in Gaza said 41,200 Palestinians had been killed.\n\nAid convoys were again held at the crossing.\n\nThe ministry says women and children make up more than half of those killed.', 'more than half', 'ps'],
  ]);
});
