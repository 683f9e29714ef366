// The shared token stream: each token's kind, text and lower case for inputs that are easy to get
// wrong (line breaks, punctuation read from shared strings, possessives, German ordinals, `İ`,
// surrogate pairs, combining marks).
import { describe, expect, it } from 'vitest';
import { tokenize, TokKind, type Tok } from '../../../lib/text/tokens';

const K = ['', 'digits', 'word', 'space', 'break', 'punct'];
const show = (toks: readonly Tok[]): string[] => toks.map((t) => `${K[t.k]}:${t.t}${t.l !== t.t ? `/${t.l}` : ''}${t.cap ? '^' : ''}`);

describe('tokenize', () => {
  it.each([
    ['Ukraine’s 47th', ['word:Ukraine/ukraine^', 'punct:’', 'word:s', 'space: ', 'digits:47', 'word:th']],
    ["the brigade's men", ['word:the', 'space: ', 'word:brigade', "punct:'", 'word:s', 'space: ', 'word:men']],
    ['die 47. Mechanisierte Brigade', ['word:die', 'space: ', 'digits:47', 'punct:.', 'space: ', 'word:Mechanisierte/mechanisierte^', 'space: ', 'word:Brigade/brigade^']],
    ['a\nb\n\nc\r\nd\n\n\ne', ['word:a', 'break:\n', 'word:b', 'break:\n\n', 'word:c', 'break:\r\n', 'word:d', 'break:\n\n\n', 'word:e']],
    ['(1,200) — “yes”; 5%…', ['punct:(', 'digits:1', 'punct:,', 'digits:200', 'punct:)', 'space: ', 'punct:—', 'space: ', 'punct:“', 'word:yes', 'punct:”', 'punct:;', 'space: ', 'digits:5', 'punct:%', 'punct:…']],
    ['İstanbul ΣΟΦΙΑ', ['word:İstanbul/i̇stanbul^', 'space: ', 'word:ΣΟΦΙΑ/σοφια^']],
    ['𝐀x 😀!', ['word:𝐀x', 'space: ', 'punct:😀', 'punct:!']],
    ['Cafe\u0301 x\u00a0\u00a0y', ['word:Cafe\u0301/cafe\u0301^', 'space: ', 'word:x', 'space:\u00a0\u00a0', 'word:y']],
  ])('%j', (text, expected) => {
    const toks = tokenize(text);
    expect(show(toks)).toEqual(expected);
    // every token is its slice of the text, and the tokens tile the text
    let at = 0;
    for (const t of toks) {
      expect(t.s).toBe(at);
      expect(text.slice(t.s, t.e)).toBe(t.t);
      at = t.e;
    }
    expect(at).toBe(text.length);
  });

  it('gives a lone surrogate a token of its own', () => {
    const toks = tokenize('a\ud800b');
    expect(toks.map((t) => [t.k, t.t])).toEqual([[TokKind.Word, 'a'], [TokKind.Punct, '\ud800'], [TokKind.Word, 'b']]);
  });
});
