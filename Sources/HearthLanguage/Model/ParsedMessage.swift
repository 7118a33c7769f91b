/// A message's tokens and cues, alive only inside ``ParsedMessage/parse(_:role:context:lexicon:_:)``.
///
/// Its buffers come from `withUnsafeTemporaryAllocation`: on the stack for ordinary
/// messages, so parsing costs no heap allocation.
struct ParsedMessage {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeMutableBufferPointer<Token>
    let tokenCount: Int
    let hits: UnsafeMutableBufferPointer<CueHit>
    let hitCount: Int
    /// The cues found in the partner's words just before, one bit per ``Cue``.
    let contextCues: UInt64

    /// Tokenizes and matches `text`, then calls `body` with the result.
    static func parse<Result>(
        _ text: String, role: Role, context: String?, lexicon: Lexicon,
        _ body: (ParsedMessage) -> Result
    ) -> Result {
        let contextCues = context.map { cueBits(of: $0, lexicon: lexicon) } ?? 0
        var text = text
        return text.withUTF8 { bytes in
            let capacity = Tokenizer.capacity(forByteCount: bytes.count)
            return withUnsafeTemporaryAllocation(of: Token.self, capacity: capacity) { tokens in
                let count = Tokenizer.tokenize(bytes, into: tokens)
                return withUnsafeTemporaryAllocation(of: CueHit.self, capacity: count * 2 + 4) { hits in
                    let hitCount = lexicon.match(tokens, count: count, into: hits)
                    return body(ParsedMessage(bytes: bytes, tokens: tokens, tokenCount: count, hits: hits,
                                              hitCount: hitCount, contextCues: contextCues))
                }
            }
        }
    }

    /// Calls `sink` with every feature of the message.
    func extractFeatures(role: Role, lexicon: Lexicon, into sink: inout some FeatureSink) {
        Features.extract(tokens: tokens, count: tokenCount, hits: hits, hitCount: hitCount, role: role,
                         contextCues: contextCues, lexicon: lexicon, into: &sink)
    }

    /// The UTF-8 byte range covered by tokens `first..<end`.
    func byteRange(firstToken first: Int32, endToken end: Int32) -> Range<Int> {
        guard tokenCount > 0, end > first else { return 0..<0 }
        return Int(tokens[Int(first)].start)..<Int(tokens[Int(end) - 1].end)
    }

    private static func cueBits(of context: String, lexicon: Lexicon) -> UInt64 {
        parse(context, role: .speaker, context: nil, lexicon: lexicon) { parsed in
            var bits: UInt64 = 0
            for index in 0..<parsed.hitCount where !parsed.hits[index].negated {
                bits |= 1 << UInt64(parsed.hits[index].cue.rawValue)
            }
            return bits
        }
    }
}
