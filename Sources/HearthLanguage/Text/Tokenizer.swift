/// Splits UTF-8 text into ``Token``s in one pass, without allocating.
///
/// Letters and digits of any script make words; apostrophes inside a word are dropped
/// (`don't`, `don’t` and `dont` are one word); each emoji and each run of `?` or `!` is a
/// token of its own; everything else separates. Any byte sequence is accepted: the input
/// comes from a Swift `String`, so it is valid UTF-8, and malformed input cannot crash it.
enum Tokenizer {
    /// The most tokens a text of `byteCount` bytes can produce.
    static func capacity(forByteCount byteCount: Int) -> Int { byteCount / 2 + 2 }

    /// Writes the tokens of `text` into `tokens` and returns how many there are.
    static func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<Token>) -> Int {
        var count = 0
        var index = 0
        let length = text.count
        var boundary = true
        while index < length, count < tokens.count {
            let byte = text[index]
            if isWordByte(byte, text, index) {
                let start = index
                var hash = StableHash.seed
                var previous: UInt8 = 0
                var run = 0
                var squeezed = false
                var letters = 0
                var capitals = 0
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
                    if lower == previous { run += 1 } else { run = 1; previous = lower }
                    if run < 3 { hash = StableHash.add(hash, lower) } else { squeezed = true }
                    index += 1
                }
                // Trailing apostrophes belong to no word ("goin'"): trim them from the span.
                var end = index
                while end > start, text[end - 1] == 0x27 { end -= 1 }
                if squeezed {
                    // "soooo" keeps one letter of the run: undo the second copy hashed.
                    hash = rehashSqueezed(text, start, end)
                }
                tokens[count] = Token(start: Int32(start), end: Int32(end), hash: StableHash.finish(hash),
                                      startsClause: boundary, shouted: letters >= 2 && capitals == letters)
                count += 1
                boundary = false
            } else if byte == 0x3F || byte == 0x21 {  // ? or !
                let start = index
                while index < length, text[index] == byte { index += 1 }
                tokens[count] = Token(start: Int32(start), end: Int32(index),
                                      hash: StableHash.finish(StableHash.add(StableHash.seed, byte)),
                                      startsClause: boundary, shouted: false)
                count += 1
                boundary = true
            } else if byte >= 0xF0 {  // a four-byte scalar: emoji and pictographs
                let end = min(index + 4, length)
                var hash = StableHash.seed
                for i in index..<end { hash = StableHash.add(hash, text[i]) }
                tokens[count] = Token(start: Int32(index), end: Int32(end), hash: StableHash.finish(hash),
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

    /// Recomputes a word's hash with every run of three or more equal letters squeezed to one.
    private static func rehashSqueezed(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(end - start)
        var index = start
        while index < end {
            let b = text[index]
            if b == 0x27 { index += 1; continue }
            if b == 0xE2 { index += 3; continue }
            lowered.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            index += 1
        }
        var hash = StableHash.seed
        var i = 0
        while i < lowered.count {
            var j = i
            while j < lowered.count, lowered[j] == lowered[i] { j += 1 }
            let run = j - i
            let isLetter = lowered[i] >= 0x61 && lowered[i] <= 0x7A
            let keep = run >= 3 && isLetter ? 1 : run
            for _ in 0..<keep { hash = StableHash.add(hash, lowered[i]) }
            i = j
        }
        return hash
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
