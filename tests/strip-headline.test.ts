import { describe, expect, it } from 'vitest';
import { stripTextPage } from './helpers/strip-page.js';

// The text path takes the line the page address's slug spells for the headline, and the article for
// what stands under it. A share panel's copy of the address spells the slug too, and is no headline.

describe('the headline a text dump\'s address spells', () => {
  it('is not the address itself, plain or escaped, in a share panel under the article', () => {
    const lines = [
      'Sportsnet',
      'Tennis',
      'Nadal keeps Spain alive against Russia at the Davis Cup Finals',
      'Rafael Nadal won his singles match and then teamed with Marcel Granollers in the doubles on Tuesday to keep Spain alive at the Davis Cup Finals in Madrid.',
      'The top-ranked Nadal earlier defeated Karen Khachanov 6-3, 7-6 to level the series after Russia had won the first singles match of the day.',
      'ARGENTINA CRUISES',
      'Argentina comfortably got past Chile 3-0 in Group C on Tuesday, with Guido Pella beating Nicolas Jarry in the first singles match of the day.',
      'More from Sportsnet',
      'Canada gets its best start at the Davis Cup Finals',
      '%2Ftennis%2Fargentina-comfortably-wins-davis-cup-opener-chile%2F',
      'When submitting content, please abide by our submission guidelines, and avoid posting profanity, personal attacks or harassment. We reserve the right to remove your comments and block your account.',
    ];
    const blocks = stripTextPage(lines, 'https://www.sportsnet.ca/tennis/argentina-comfortably-wins-davis-cup-opener-chile/');
    expect(blocks[2]!.role).toBe('title');
    for (const i of [3, 4, 6]) expect(blocks[i]!.removed, lines[i]).toBeUndefined();
    expect(blocks[9]!.removed).toBeDefined();
    expect(blocks[10]!.removed).toBeDefined();
  });
});
