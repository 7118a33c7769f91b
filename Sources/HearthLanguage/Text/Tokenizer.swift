/// Splits UTF-8 text into ``Token``s in one pass, without allocating.
///
/// Letters and digits of any script make words; apostrophes inside a word are dropped
/// (`don't`, `don’t` and `dont` are one word); each emoji and each run of `?` or `!` is a
/// token of its own; everything else separates. Any byte sequence is accepted: the input
/// comes from a Swift `String`, so it is valid UTF-8, and malformed input cannot crash it.
enum Tokenizer {
    /// The most tokens a text of `byteCount` bytes can produce.
    static func capacity(forByteCount byteCount: Int) -> Int { byteCount / 2 + 2 }

    /// Words longer than this are hashed as they are, without squeezing or stemming.
    static let longestNormalisedWord = 48

    /// Writes the tokens of `text` into `tokens` and returns how many there are.
    static func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<Token>) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestNormalisedWord) { word in
            var count = 0
            var index = 0
            let length = text.count
            var boundary = true
            while index < length, count < tokens.count {
                let byte = text[index]
                if isWordByte(byte, text, index) {
                    let start = index
                    var wordLength = 0
                    var rawHash = StableHash.seed
                    var letters = 0
                    var capitals = 0
                    var ascii = true
                    var run = 0
                    var stretched = false
                    while index < length {
                        let b = text[index]
                        if b == 0x27 { index += 1; continue }  // ASCII apostrophe
                        if b == 0xE2, index + 2 < length, text[index + 1] == 0x80,
                           text[index + 2] == 0x98 || text[index + 2] == 0x99 {
                            index += 3; continue  // typographic apostrophes
                        }
                        guard isWordByte(b, text, index) else { break }
                        var lower = b
                        if b >= 0x41 && b <= 0x5A { lower = b | 0x20; capitals += 1 }
                        if lower >= 0x61 && lower <= 0x7A { letters += 1 }
                        if b >= 0x80 { ascii = false }
                        rawHash = StableHash.add(rawHash, lower)
                        run = wordLength > 0 && wordLength <= longestNormalisedWord && word[wordLength - 1] == lower ? run + 1 : 1
                        if run == 3 { stretched = true }
                        if wordLength < longestNormalisedWord { word[wordLength] = lower }
                        wordLength += 1
                        index += 1
                    }
                    // Trailing apostrophes belong to no word ("goin'"): trim them from the span.
                    var end = index
                    while end > start, text[end - 1] == 0x27 { end -= 1 }
                    var hash = StableHash.finish(rawHash)
                    var stem = hash
                    if wordLength <= longestNormalisedWord {
                        var normalisedLength = wordLength
                        if stretched {
                            normalisedLength = squeeze(word, wordLength)
                            hash = StableHash.finish(hashOf(word, normalisedLength))
                        }
                        stem = ascii ? stemHash(word, normalisedLength, whole: hash) : hash
                    }
                    tokens[count] = Token(start: Int32(start), end: Int32(end), hash: hash, stem: stem,
                                          startsClause: boundary, shouted: letters >= 2 && capitals == letters)
                    count += 1
                    boundary = false
                } else if byte == 0x3F || byte == 0x21 {  // ? or !
                    let start = index
                    while index < length, text[index] == byte { index += 1 }
                    let hash = StableHash.finish(StableHash.add(StableHash.seed, byte))
                    tokens[count] = Token(start: Int32(start), end: Int32(index), hash: hash, stem: hash,
                                          startsClause: boundary, shouted: false)
                    count += 1
                    boundary = true
                } else if byte >= 0xF0 {  // a four-byte scalar: emoji and pictographs
                    let end = min(index + 4, length)
                    var hash = StableHash.seed
                    for i in index..<end { hash = StableHash.add(hash, text[i]) }
                    hash = StableHash.finish(hash)
                    tokens[count] = Token(start: Int32(index), end: Int32(end), hash: hash, stem: hash,
                                          startsClause: boundary, shouted: false)
                    count += 1
                    index = end
                } else {
                    if isClauseBreak(byte) { boundary = true }
                    index += scalarLength(byte)
                }
            }
            return count
        }
    }

    /// Squeezes runs of three or more of one letter to one ("soooo" → "so"); returns the new length.
    private static func squeeze(_ word: UnsafeMutableBufferPointer<UInt8>, _ length: Int) -> Int {
        var written = 0
        var index = 0
        while index < length {
            let letter = word[index]
            var run = index + 1
            while run < length, word[run] == letter { run += 1 }
            let keep = run - index >= 3 && letter >= 0x61 && letter <= 0x7A ? 1 : run - index
            for _ in 0..<keep {
                word[written] = letter
                written += 1
            }
            index = run
        }
        return written
    }

    private static func hashOf(_ word: UnsafeMutableBufferPointer<UInt8>, _ length: Int, then extra: UInt8? = nil) -> UInt64 {
        var hash = StableHash.seed
        for index in 0..<length { hash = StableHash.add(hash, word[index]) }
        if let extra { hash = StableHash.add(hash, extra) }
        return hash
    }

    /// The hash of a light English stem, so that "killed", "kills" and "killing" meet "kill",
    /// and "dying", "died" and "dies" meet "die". Only the lexicon matches on stems.
    private static func stemHash(_ word: UnsafeMutableBufferPointer<UInt8>, _ length: Int, whole: UInt64) -> UInt64 {
        var n = length
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard n >= count else { return false }
            for offset in 0..<count where word[n - count + offset] != suffix.utf8Start[offset] { return false }
            return true
        }
        var finalI = false
        if n > 4, endsWith("ying") {
            n -= 4; finalI = true
        } else if n >= 4, endsWith("ies") || endsWith("ied") {
            n -= 3; finalI = true
        } else if n > 5, endsWith("ing") {
            n -= 3; undouble(word, &n)
        } else if n > 4, endsWith("ed") {
            n -= 2; undouble(word, &n)
        } else if n > 4, endsWith("es"), isSibilant(word[n - 3]) {
            n -= 2
        } else if n > 3, endsWith("s"), !endsWith("ss"), !endsWith("us"), !endsWith("is") {
            n -= 1
        }
        if !finalI, n > 3, word[n - 1] == UInt8(ascii: "e") { n -= 1 }
        if !finalI, n > 2, word[n - 1] == UInt8(ascii: "y") { n -= 1; finalI = true }
        if n == length, !finalI { return whole }  // most words are their own stem
        return StableHash.finish(hashOf(word, n, then: finalI ? UInt8(ascii: "i") : nil))
    }

    /// "stopp" → "stop", "runn" → "run"; "kill" and "miss" keep their doubles.
    private static func undouble(_ word: UnsafeMutableBufferPointer<UInt8>, _ n: inout Int) {
        guard n >= 2, word[n - 1] == word[n - 2] else { return }
        switch word[n - 1] {
        case UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z"), UInt8(ascii: "e"), UInt8(ascii: "o"), UInt8(ascii: "a"):
            return
        default:
            n -= 1
        }
    }

    /// Letters after which a plural takes "-es": "pushes", "boxes", "buzzes", "kisses".
    private static func isSibilant(_ letter: UInt8) -> Bool {
        letter == UInt8(ascii: "s") || letter == UInt8(ascii: "x") || letter == UInt8(ascii: "z") || letter == UInt8(ascii: "h")
    }

    /// Letters, digits, and the bytes of scalars from other scripts (not symbols or punctuation).
    @inline(__always)
    private static func isWordByte(_ b: UInt8, _ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        if b < 0x80 {
            return (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
        }
        if b >= 0xF0 { return false }  // emoji: tokens of their own
        if b == 0xC2 { return false }  // U+0080–U+00BF: Latin-1 punctuation and symbols
        if b == 0xE2 || b == 0xE3 && index + 1 < text.count && text[index + 1] == 0x80 {
            return false  // general punctuation, symbols, dingbats, CJK punctuation
        }
        if b == 0xEF, index + 1 < text.count, text[index + 1] == 0xB8 || text[index + 1] == 0xBB {
            return false  // variation selectors, byte-order marks
        }
        return true  // continuation bytes and letters of other scripts
    }

    @inline(__always)
    private static func isClauseBreak(_ b: UInt8) -> Bool {
        b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x0A || b == 0x0D || b == 0x28 || b == 0x29
            || b == 0x22 || b == 0xE2
    }

    /// How far to step past a byte that belongs to no token.
    @inline(__always)
    private static func scalarLength(_ b: UInt8) -> Int {
        if b < 0xC0 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }
}
