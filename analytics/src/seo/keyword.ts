import { foldText } from './text'

/** How well a focus keyword appears in a text: as typed, only word by word, or not at all. */
export type KeywordMatch = 'exact' | 'words' | 'none'

/** Words too short to count on their own ("de", "la", "en"). */
const MIN_WORD_LENGTH = 3

/**
 * Accent- and case-insensitive search of `keyword` in `text`, on whole words: "théière" matches
 * "Theiere" but "the" does not match "theiere". When the expression is not there as typed but all
 * its significant words are, the match is `words` (Google still links them, less strongly).
 */
export function matchKeyword(text: string, keyword: string): KeywordMatch {
  const needle = foldText(keyword)
  if (!needle) return 'none'
  const haystack = ` ${foldText(text)} `
  if (haystack.includes(` ${needle} `)) return 'exact'
  const words = needle.split(' ').filter((word) => word.length >= MIN_WORD_LENGTH)
  if (words.length > 1 && words.every((word) => haystack.includes(` ${word} `))) return 'words'
  return 'none'
}
