/** Plain-text helpers shared by similarity and search: tokenising and a light English stemmer. */

const STOP_WORDS = new Set(
  (
    'a an and are as at be by can for from has have how in into is it its of on or that the their ' +
    'them these this those to up use used using what when where which who will with within your you ' +
    'own able understand learner including ensure make own all any other such may must need based'
  ).split(' '),
);

/** Strips common English suffixes so "managing", "manages" and "management" meet at "manag". */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of [
    'ational',
    'ments',
    'ement',
    'ment',
    'ings',
    'ing',
    'ions',
    'ion',
    'ies',
    'ers',
    'ed',
    'es',
    'er',
    's',
    'e',
  ]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

export function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/[a-z]+/g) ?? []
  )
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
    .map(stem);
}
