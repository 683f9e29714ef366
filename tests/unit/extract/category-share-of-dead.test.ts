import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../claim-of';

type Row = [string, string, string, string | undefined];

describe('categories: a share of the dead is a casualty figure', () => {
  const rows: Row[] = [
    ['The monitor said air strikes caused about 40 percent of the deaths recorded in March.', 'about 40 percent', 'casualties', 'killed'],
    ['Officials said children make up almost a third of those killed in the city.', 'almost a third', 'casualties', 'killed'],
    ['Doctors said 30% of the wounded were treated in field hospitals.', '30%', 'casualties', 'wounded'],
    // a share of something else stays what it was
    ['The monitor said about 40 percent of the roads in the district were closed.', 'about 40 percent', 'other', undefined],
  ];
  for (const [text, surface, category, measure] of rows) {
    it(`${surface} → ${category}${measure ? `/${measure}` : ''}`, () => {
      const c = analyzedClaim(text, surface);
      expect([c.category, c.measure]).toEqual([category, measure]);
    });
  }
});
