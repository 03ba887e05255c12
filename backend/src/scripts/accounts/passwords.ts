import { randomInt } from "node:crypto"

// Initial passwords a student can read aloud and type on a school keyboard: syllables without
// look-alike letters (no l/1, o/0), then two digits. "kavu-demi-toza-47": about 46 bits.

const CONSONANTS = "bcdfghjkmnprstvz"
const VOWELS = "aeiu"

function syllable(): string {
  return `${CONSONANTS[randomInt(CONSONANTS.length)]}${VOWELS[randomInt(VOWELS.length)]}`
}

export function readablePassword(): string {
  const words = Array.from({ length: 3 }, () => `${syllable()}${syllable()}`)
  return `${words.join("-")}-${randomInt(10, 100)}`
}
