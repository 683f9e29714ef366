// Links that open a source scrolled to a quoted claim: URL text fragments (`#:~:text=`).

/** Percent-encode a text-fragment term: encodeURIComponent plus the directive's own syntax (`-`, `,`, `&`). */
export function encodeFragmentText(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

/**
 * `url` with a text fragment for `quote`; an existing fragment is replaced. Long quotes (over 80
 * characters) use `textStart,textEnd` with their first and last four words. Returns `url` unchanged
 * when the quote is empty.
 */
export function textFragmentUrl(url: string, quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (!text) return url;
  const hash = url.indexOf('#');
  const base = hash >= 0 ? url.slice(0, hash) : url;
  let directive: string;
  const words = text.split(' ');
  if (text.length > 80 && words.length > 8) {
    directive = `${encodeFragmentText(words.slice(0, 4).join(' '))},${encodeFragmentText(words.slice(-4).join(' '))}`;
  } else {
    directive = encodeFragmentText(text);
  }
  return `${base}#:~:text=${directive}`;
}
