// A hard negative that reads like war coverage word by word: history of a war that is over,
// though not before 1990. The text says how long ago it was (`thirty years on`) or its war's
// years lie well before its present (the article's date, or the latest year it names away from
// the fighting), it says the war ended, and nothing in it is fighting now. A war under way that
// recalls an old one stays war coverage.
import { describe, expect, it } from 'vitest';
import { detectWarCoverage } from '../../../lib/extract/detect';

const reasons = (text: string, date?: string): string => detectWarCoverage(text, date ? { date } : undefined).reasons.join(' | ');

describe('a war that is over is history', () => {
  it.each([
    [
      'measured in years from now',
      'Twenty-five years after the siege of the river town ended, an exhibition at its museum shows the rifles, mortars and shells of the defenders. Curators and historians spent two years on it; they estimate that 3,000 soldiers and civilians were killed in 1993 and 1994. The exhibition opens on Saturday.',
      /a past war remembered: the war is long over: ‘Twenty-five years after’, ‘[^’]*siege[^’]*’/,
    ],
    [
      'measured in decades',
      'Three decades after the war, the memorial museum in the valley reopened this week with a new exhibition. Historians say 2,000 fighters and civilians were killed when the army shelled the villages in 1992, and the curators kept a wall of shell fragments. The guns fell silent in 1995.',
      /the war is long over: ‘Three decades after’, ‘[^’]+’/,
    ],
    [
      'its years long before the latest other year it names',
      'The memorial was unveiled in 2025 at the museum of the port city. Its exhibition covers the siege of 1999, when artillery shelled the harbour for 40 days and 900 soldiers and sailors were killed. Historians and curators interviewed veterans of the siege, and the war ended in 2000.',
      /the war is long over: its war’s years 1999–2000, 25 years before 2025, ‘[^’]*war ended’/,
    ],
    [
      'German: vor 30 Jahren, endete',
      'Vor 30 Jahren endete die Belagerung der Stadt. Das Museum zeigt eine Ausstellung über die Kämpfe von 1993 und 1994, bei denen Artillerie und Scharfschützen Tausende Menschen töteten; Historiker und Veteranen führen durch die Gedenkstätte.',
      /the war is long over: ‘Vor 30 Jahren’, ‘endete’/,
    ],
  ])('%s', (_name, text, reason) => {
    const v = detectWarCoverage(text);
    expect(v.isWarCoverage, JSON.stringify(v)).toBe(false);
    expect(v.reasons.join(' | ')).toMatch(reason);
  });

  it('the article’s date says how long ago the war was when the text does not', () => {
    const text =
      'The museum’s new exhibition recalls the siege of 1992 to 1995, when shells and sniper fire killed thousands of people and soldiers held the front line in the suburbs. Historians and curators collected letters and photographs, and the memorial room lists the dead. The war ended in 1995.';
    expect(reasons(text, '2026-02-27')).toMatch(/the war is long over: its war’s years 1992–1995, 31 years before the article’s date, ‘war ended’/);
    expect(detectWarCoverage(text, { date: '2026-02-27' }).isWarCoverage).toBe(false);
    // dated the year after, the same war is recent: no history verdict
    expect(reasons(text, '1996-03-01')).not.toMatch(/the war is long over/);
  });
});

describe('a war under way that recalls an old one stays war coverage', () => {
  it.each([
    [
      'killed today beside a memorial of a war that ended thirty years ago',
      'Two soldiers were killed on Tuesday when troops opened fire on positions near the border village, the defence ministry said, and mortar shelling of the frontline trenches went on into the night. The other side said its forces had answered an attack and that three of its soldiers were wounded. Thirty years after the first war ended, veterans gather at the memorial and the museum above the village every spring; historians and curators keep the names of its dead.',
    ],
    [
      'fighting continues, in the present tense',
      'Thirty years after the old war ended, fighting continues in the hills: militants ambushed an army convoy and soldiers returned fire with mortars and artillery. Veterans, historians and curators at the regional museum say the memorial was damaged by shelling.',
    ],
    [
      'the worst since the old war, with no long gap named',
      'Artillery shelled the city for six hours, the heaviest bombardment since the war ended in 1995, and troops fought street by street; the museum, its exhibition and the memorial were hit, historians said, and 14 civilians and 9 soldiers were killed.',
    ],
    [
      'the anniversary of an invasion while the war goes on',
      'On the fourth anniversary of the invasion, missiles and drones struck the capital overnight and troops repelled 40 assaults along the front, where artillery shelling killed 6 soldiers and infantry fought for two villages. Veterans laid wreaths at the memorial and the war museum opened an exhibition; the war goes on.',
    ],
  ])('%s', (_name, text) => {
    const v = detectWarCoverage(text);
    expect(v.isWarCoverage, JSON.stringify(v)).toBe(true);
    expect(v.reasons.join(' | ')).not.toMatch(/a past war/);
  });
});
