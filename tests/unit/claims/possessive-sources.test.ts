import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../claim-of';

// [text, claim, side]: a possessive source (`Ukraine's military said`) speaks; it is no side of the count
describe('possessive sources', () => {
  const rows: Array<[string, string, string | undefined]> = [
    // the source after the count is no agent: the attacker's enemy's dead
    ["Russian missiles struck six sites in Kharkiv on Thursday, Ukraine's military said, killing at least 19 people.", 'at least 19 people', 'ua'],
    ["Russian glide bombs hit a market in Kupiansk on Sunday, Ukraine's emergency service said, killing 7 people.", '7 people', 'ua'],
    ["Israeli drones struck two cars near Rafah on Friday, Gaza's civil defence said, killing 5 people.", '5 people', 'ps'],
    // a health authority named after the count counts its own side's people
    ["Israeli air strikes on three villages killed at least 8 people on Tuesday, Lebanon's Health Ministry said.", 'at least 8 people', 'lb'],
    ['Israeli strikes on two villages killed at least 9 people on Monday, the Lebanese Health Ministry said.', 'at least 9 people', 'lb'],
  ];
  for (const [text, surface, side] of rows) it(`${surface} → ${side}`, () => expect(analyzedClaim(text, surface).side).toBe(side));
});

describe('`the army` points back to the force named in the sentence before', () => {
  const rows: Array<[string, string, string | undefined]> = [
    ['Israeli troops entered Khan Younis on Monday to hunt Hamas units. The army said it killed 14 militants and found two tunnels.', '14 militants', 'ps'],
    ['Russian forces pressed on towards Lyman overnight. The military said it destroyed 6 armoured vehicles.', '6 armoured vehicles', 'ua'],
    // no force named in the sentence before: no verdict from `the army`
    ['Heavy rain fell over the region on Monday. The army said it killed 14 militants.', '14 militants', undefined],
  ];
  for (const [text, surface, side] of rows) it(`${surface} → ${side}`, () => expect(analyzedClaim(text, surface).side).toBe(side));
});

describe('a place joined to a place after a locative preposition is locative too', () => {
  const rows: Array<[string, string, string | undefined]> = [
    ["Indian drones struck four sites in Pakistan-administered Kashmir and Pakistan's Punjab province overnight, killing at least 11 people.", 'at least 11 people', 'pk'],
    // a side that is the subject of its own clause after `and` is no place
    ['Indian shells fell in Kashmir and Pakistani troops killed 3 soldiers.', '3 soldiers', 'in'],
  ];
  for (const [text, surface, side] of rows) it(`${surface} → ${side}`, () => expect(analyzedClaim(text, surface).side).toBe(side));
});
