// A feature about a war long past reads like war coverage word by word (armies, battles, the
// killed); what gives it away is time: every year it names is long gone and nothing is dated now.
import { describe, expect, it } from 'vitest';
import { detectWarCoverage } from '../../../lib/extract/detect';

const PAST = [
  'In the summer of 1944 the Red Army opened its offensive in Belarus. Three fronts attacked German positions along a line of more than 1,000 kilometres, and tanks of the 5th Guards Tank Army broke through near Vitebsk within days. The battle destroyed an entire German army group: about 300,000 soldiers were killed, wounded or captured. Minsk was retaken on July 3, 1944. Veterans of the operation are few now; their medals hang in a small exhibition in Minsk.',
  'The Battle of Kursk began on July 5, 1943, when German divisions attacked the salient from north and south. Soviet troops had dug eight defensive belts; artillery and anti-tank guns waited in depth. At Prokhorovka the 5th Guards Tank Army met SS panzer divisions head on, and hundreds of tanks burned in a single afternoon. Ukrainian and Russian historians still argue over the losses, which ran to more than 170,000 Soviet soldiers killed or missing.',
];
const NOW = [
  // the same vocabulary, dated now: a weekday, an overnight attack
  'Russian troops attacked Ukrainian positions near Pokrovsk on Monday, the General Staff said; the battle recalled the winter of 1943 to some historians. Artillery fire killed 12 soldiers overnight and tanks advanced along the river.',
  'Historians compare the offensive to 1944. On March 14 the army shelled the town again, and at least 30 soldiers were killed in the battle for the bridge, officials said.',
  'Israeli strikes killed at least 40 people in Gaza on Tuesday, health officials said, the deadliest day in the camp since it was founded in 1948. Tanks pushed into the eastern districts and the army said its troops had killed 12 gunmen.',
];

// a commemoration is dated now (it opens on Saturday) but its war is long over
const REMEMBERED = [
  'A new exhibition at the regimental museum opens on Saturday to mark the anniversary of the landing at Inchon in September 1950. Historians and veterans will guide visitors past the landing craft; the 1st Marine Division lost about 200 men killed in the first days of the battle, and the exhibition shows their letters home.',
  'Veterans gathered at the museum on Sunday for the opening of an exhibition on the siege of Leningrad, which lasted 872 days from 1941 to 1944. Historians estimate that about 800,000 civilians died, most of them of hunger, while the army held the city.',
];
// and a war under way that is remembered alongside one long past stays war coverage
const REMEMBERED_NOW = [
  'On the anniversary of the 1943 battle, Russian forces attacked Ukrainian positions near Sudzha on Monday and artillery killed 9 soldiers, the General Staff said; veterans laid wreaths at the museum in Kursk.',
];

describe('a war long past is history, not war coverage', () => {
  it.each(REMEMBERED)('remembered: %s', (text) => {
    const v = detectWarCoverage(text);
    expect(v.isWarCoverage, JSON.stringify(v)).toBe(false);
    expect(v.reasons.join(' ')).toMatch(/a past war remembered: every year named is before 1990/);
  });
  it.each(REMEMBERED_NOW)('remembered, and fighting now: %s', (text) => {
    expect(detectWarCoverage(text).isWarCoverage).toBe(true);
  });
  it.each(PAST)('past: %s', (text) => {
    const v = detectWarCoverage(text);
    expect(v.isWarCoverage, JSON.stringify(v)).toBe(false);
    expect(v.reasons.join(' ')).toMatch(/a past war: every year named is before 1990/);
  });
  it.each(NOW)('now: %s', (text) => {
    const v = detectWarCoverage(text);
    expect(v.isWarCoverage, JSON.stringify(v)).toBe(true);
  });
});
