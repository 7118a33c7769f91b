/// The curated lexicon, indexed for matching in one pass over a message's tokens.
///
/// Built once from the phrase tables at start-up; read-only and shared afterwards.
final class Lexicon: Sendable {
    /// One phrase: its words' hashes live in `phraseWords[wordStart..<wordStart+length]`.
    struct Phrase: Sendable {
        var wordStart: Int32
        var length: UInt8
        var cue: Cue
        /// Cue-specific data: the index of a faux feeling or of a feeling word.
        var payload: Int16
    }

    /// What the index knows about one word.
    struct Entry: Sendable {
        var wordClass = WordClass()
        /// The one-word phrases that are this word.
        var phrases: Range<Int32> = 0..<0
    }

    private let index: HashIndex
    private let entries: [Entry]
    /// Phrases of two or more words, found by their first two words, longest first.
    private let pairIndex: HashIndex
    private let pairPhrases: [Range<Int32>]
    private let phrases: [Phrase]
    private let phraseWords: [UInt64]
    /// The feeling words, by the payload of their phrases (for reframes and help).
    let feelingWords: [String]

    /// The lexicon built from Hearth's curated phrase tables.
    static let shared = Lexicon()

    private init() {
        var feelingWords: [String] = []
        var raw: [(words: [UInt64], cue: Cue, payload: Int16)] = []
        func add(_ cue: Cue, _ text: String, payload: Int16 = -1) {
            let words = Lexicon.stemHashes(of: text)
            if !words.isEmpty { raw.append((words, cue, payload)) }
        }
        for table in [PhrasesFromPart.table, PhrasesForPart.table, PhrasesListening.table, PhrasesSafety.table] {
            for (cue, texts) in table { for text in texts { add(cue, text) } }
        }
        for (cue, list) in [(Cue.feelingWord, PhrasesForPart.feelings), (.positiveFeeling, PhrasesForPart.positiveFeelings)] {
            for word in list {
                add(cue, word, payload: Int16(feelingWords.count))
                feelingWords.append(word)
            }
        }
        for (offset, faux) in FauxFeelingGuide.all.enumerated() {
            add(.fauxFeeling, faux.word, payload: Int16(offset))
        }

        // Group phrases by their key (the word, or the first two words), longest first.
        func key(_ words: [UInt64]) -> UInt64 {
            words.count == 1 ? words[0] : StableHash.combine(words[0], words[1])
        }
        raw.sort { (key($0.words), -$0.words.count, $0.cue.rawValue) < (key($1.words), -$1.words.count, $1.cue.rawValue) }
        var phrases: [Phrase] = []
        var phraseWords: [UInt64] = []
        var firstWordRanges: [UInt64: Range<Int32>] = [:]
        var pairRanges: [UInt64: Range<Int32>] = [:]
        for item in raw {
            let position = Int32(phrases.count)
            phrases.append(Phrase(wordStart: Int32(phraseWords.count), length: UInt8(min(item.words.count, 255)),
                                  cue: item.cue, payload: item.payload))
            phraseWords.append(contentsOf: item.words)
            if item.words.count == 1 {
                let existing = firstWordRanges[item.words[0]]
                firstWordRanges[item.words[0]] = (existing?.lowerBound ?? position)..<(position + 1)
            } else {
                let pair = key(item.words)
                pairRanges[pair] = (pairRanges[pair]?.lowerBound ?? position)..<(position + 1)
            }
        }
        var pairIndex = HashIndex(capacityFor: pairRanges.count)
        var pairPhrases = Array(repeating: Int32(0)..<0, count: pairIndex.capacity)
        for (pair, range) in pairRanges { pairPhrases[pairIndex.insert(pair).slot] = range }
        self.pairIndex = pairIndex
        self.pairPhrases = pairPhrases
        var classes: [UInt64: WordClass] = [:]
        for (wordClass, words) in WordClass.words {
            for word in words {
                guard let hash = Lexicon.stemHashes(of: word).first else { continue }
                classes[hash, default: []].formUnion(wordClass)
            }
        }
        let allWords = Set(firstWordRanges.keys).union(classes.keys)
        var index = HashIndex(capacityFor: allWords.count)
        var entries = Array(repeating: Entry(), count: index.capacity)
        for word in allWords {
            let slot = index.insert(word).slot
            entries[slot] = Entry(wordClass: classes[word] ?? [], phrases: firstWordRanges[word] ?? 0..<0)
        }
        self.index = index
        self.entries = entries
        self.phrases = phrases
        self.phraseWords = phraseWords
        self.feelingWords = feelingWords
    }

    /// The normalised word hashes of a phrase, exactly as the tokenizer makes them.
    static func wordHashes(of text: String) -> [UInt64] { tokens(of: text).map(\.hash) }

    /// The stem hashes of a phrase, which the lexicon matches on.
    static func stemHashes(of text: String) -> [UInt64] { tokens(of: text).map(\.stem) }

    private static func tokens(of text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: Token.self, capacity: Tokenizer.capacity(forByteCount: bytes.count)) {
                Array($0.prefix(Tokenizer.tokenize(bytes, into: $0)))
            }
        }
    }

    /// The word classes of a token, by its stem.
    @inline(__always)
    func wordClass(of stem: UInt64) -> WordClass {
        guard let slot = index.slot(of: stem) else { return [] }
        return entries[slot].wordClass
    }

    /// Marks negated tokens and writes every cue found into `hits`; returns the number of hits.
    ///
    /// A cue is negated when a negation word stands up to three words before it in the same
    /// clause ("I'd never hurt myself"); a negation reaches the next three words.
    func match(_ tokens: UnsafeMutableBufferPointer<Token>, count: Int,
               into hits: UnsafeMutableBufferPointer<CueHit>) -> Int {
        var hitCount = 0
        var negationReach = 0
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: Cue.caseCount) { covered in
            covered.initialize(repeating: 0)
            for position in 0..<count {
                let token = tokens[position]
                if token.startsClause { negationReach = 0 }
                let slot = index.slot(of: token.stem)
                let entry = slot.map { entries[$0] } ?? Entry()
                if entry.wordClass.contains(.scopeBreak) { negationReach = 0 }
                tokens[position].negated = negationReach > 0
                if negationReach > 0 { negationReach -= 1 }

                // Longer phrases (found by their first two words) first, then the word alone.
                if position + 1 < count,
                   let pairSlot = pairIndex.slot(of: StableHash.combine(token.stem, tokens[position + 1].stem)) {
                    hitCount = matchPhrases(pairPhrases[pairSlot], at: position, tokens, count, hits, hitCount, covered)
                }
                hitCount = matchPhrases(entry.phrases, at: position, tokens, count, hits, hitCount, covered)
                if entry.wordClass.contains(.negator) { negationReach = 3 }
            }
            return hitCount
        }
    }

    /// Tries each phrase of `candidates` at `position`; records matches whose cue is not yet
    /// covered there, and returns the new number of hits.
    @inline(__always)
    private func matchPhrases(
        _ candidates: Range<Int32>, at position: Int, _ tokens: UnsafeMutableBufferPointer<Token>, _ count: Int,
        _ hits: UnsafeMutableBufferPointer<CueHit>, _ hitCount: Int, _ covered: UnsafeMutableBufferPointer<Int32>
    ) -> Int {
        var hitCount = hitCount
        for phraseIndex in candidates where hitCount < hits.count {
            let phrase = phrases[Int(phraseIndex)]
            let length = Int(phrase.length)
            guard position + length <= count,
                  covered[Int(phrase.cue.rawValue)] <= Int32(position) else { continue }
            var matches = true
            var word = 2
            while word < length {
                if tokens[position + word].stem != phraseWords[Int(phrase.wordStart) + word] {
                    matches = false
                    break
                }
                word += 1
            }
            guard matches else { continue }
            covered[Int(phrase.cue.rawValue)] = Int32(position + length)
            hits[hitCount] = CueHit(cue: phrase.cue, firstToken: Int32(position),
                                    endToken: Int32(position + length), payload: phrase.payload,
                                    negated: isNegated(tokens, position, cue: phrase.cue))
            hitCount += 1
        }
        return hitCount
    }

    /// Whether a negation word stands in the three words before `position`, in the same clause.
    /// Before violence, "don't" pleads rather than denies, so it does not negate there.
    private func isNegated(_ tokens: UnsafeMutableBufferPointer<Token>, _ position: Int, cue: Cue) -> Bool {
        let violence = cue == .abuseDisclosure || cue == .abuseThreat
        var back = position - 1
        while back >= 0, back >= position - 3 {
            let wordClass = wordClass(of: tokens[back].stem)
            if wordClass.contains(.negator), !(violence && wordClass.contains(.plea)) { return true }
            if wordClass.contains(.scopeBreak) || tokens[back].startsClause { return false }
            back -= 1
        }
        return false
    }
}

/// A cue found in a message: which one, and which tokens it covers.
struct CueHit: Sendable {
    var cue: Cue
    var firstToken: Int32
    var endToken: Int32
    var payload: Int16
    var negated: Bool
}
