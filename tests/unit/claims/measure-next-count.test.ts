// A casualty word after a count speaks for it only up to the next count: in `two were killed and
// six others wounded` the two are killed, not killed or wounded.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';

describe('casualty measure stops at the next count', () => {
  it.each([
    ['Two crew members were killed and six others wounded when the missile struck.', 'Two crew members', 'killed'],
    ['Three soldiers were wounded and two others killed in the shelling.', 'Three soldiers', 'wounded'],
    ['Four civilians were killed or wounded in the strike.', 'Four civilians', 'killedOrWounded'],
    ['At least 12 people were killed and wounded in the attack.', 'At least 12 people', 'killedOrWounded'],
  ])('%s', (text, surface, measure) => {
    expect(extractClaims(text).find((c) => c.text === surface)?.measure).toBe(measure);
  });
});
