// A film, series, game or book review (or a recap, or box-office news) tells a war story in war
// words; its frame (a review's title, a rating, credits, a runtime, a release, a fiction genre, a
// plot summary) says it is about a work. A war report that mentions a
// documentary or a premiere is still war coverage.
import { describe, expect, it } from 'vitest';
import { detectWarCoverage } from '../../../lib/extract/detect';

const BATTLE = 'Russian artillery shells the village every night, drones hunt the supply trucks, and Ukrainian soldiers count their wounded in a dugout near the front line outside Pokrovsk.';

describe('a review frame around war vocabulary', () => {
  it.each([
    [`Review: 'Night Shift at Hill 214'\nRating: three stars\n${BATTLE} Directed by a former medic. Runtime: 118 minutes.`, ['a review or recap title', 'a rating', 'credits', 'a runtime']],
    [`The Long Winter review – grim, loud and too long\n${BATTLE} Starring two unknowns, it opens in cinemas next month.`, ['a review or recap title', 'credits', 'a release']],
    [`${BATTLE} The missions repeat and the campaign drags. Verdict: 6 out of 10. Platforms: PC, Xbox. Out now.`, ['a rating', 'credits', 'a release']],
    [`Book review: a platoon's year in the trenches\n${BATTLE} The author served two tours, and the memoir is best when it is plainest; the later chapters lose their way. (Harbour Press, 312 pages)`, ['a review or recap title', 'a runtime']],
    [`'Trench Line' season 1, episode 3 recap: the night raid\n${BATTLE} The medic, played by a stage actor, gets her best scene yet. New episodes stream every Friday.`, ['a review or recap title', 'credits', 'a release', 'fiction']],
    [`War drama 'Hold the Line' takes $31 million at the box office\n${BATTLE} The film, which cost $70 million, follows a company of marines through one winter. The studio's shares rose.`, ['a release', 'fiction', 'a plot summary']],
  ])('%s', (text, cues) => {
    const r = detectWarCoverage(text);
    expect(r.isWarCoverage).toBe(false);
    const reason = r.reasons.find((x) => x.includes('framed as a film, series, game or book'));
    expect(reason, r.reasons.join(' | ')).toBeDefined();
    for (const c of cues) expect(reason).toContain(c);
  });
});

describe('war reports that mention a film, a documentary or a premiere', () => {
  it.each([
    `${BATTLE} Three soldiers were killed and 11 wounded, the brigade said on Monday. A documentary about the brigade, directed by a war photographer, premiered in Kyiv the same evening.`,
    `${BATTLE} Russian forces launched 60 drones overnight, the air force said. In Lviv, a film festival went ahead despite the air-raid sirens; the opening film premieres on Friday.`,
    `The week in review – Russian forces press on Pokrovsk\n${BATTLE} Ukraine said 1,200 Russian troops were killed or wounded on Tuesday alone. A documentary on the siege of Mariupol premiered at the weekend.`,
    `${BATTLE} Russian forces launched 54 drones at Kyiv overnight, killing two people. In the evening a Ukrainian war drama about Mariupol premiered in a Kyiv cinema.`,
    `${BATTLE} A four-star general who once commanded the sector said the army was short of infantry; Russian troops took two villages on Sunday.`,
  ])('%s', (text) => {
    const r = detectWarCoverage(text);
    expect(r.isWarCoverage, r.reasons.join(' | ')).toBe(true);
    expect(r.reasons.some((x) => x.includes('framed as a film, series, game or book'))).toBe(false);
  });
});
