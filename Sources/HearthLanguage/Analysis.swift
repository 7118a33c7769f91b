/// What the analyzer found in one message: the contract's labels, the evidence behind them,
/// a reframe that speaks for the part, and help toward real feelings and needs.
public struct Analysis: Sendable {
    /// The message analysed.
    public let text: String
    public let role: Role
    public var stance: Stance
    public var depth: Depth { experience.isEmpty ? .surface : .experience }
    public var experience: LabelSet<Experience>
    public var strategies: LabelSet<Strategy>
    /// How a listener responds; nil for speakers.
    public var listening: Listening?
    public var safety: Safety
    /// The message said for the part rather than from it; present for `from_part` messages.
    public var reframe: String?
    /// Where in the text each finding shows, and why.
    public var evidence: [Evidence]
    /// Faux feelings found in the text, with the feelings and needs beneath them.
    public var fauxFeelings: [FauxFeeling]
    /// For surface sharing, one question that invites experience.
    public var invitation: String?
}

/// One piece of evidence: a label, the words behind it, and a sentence a person can act on.
public struct Evidence: Sendable {
    public let finding: Finding
    /// UTF-8 byte offsets of the cue within the message.
    public let utf8Range: Range<Int>
    let template: StaticString

    init(finding: Finding, utf8Range: Range<Int>, template: StaticString) {
        self.finding = finding
        self.utf8Range = utf8Range
        self.template = template
    }

    /// The words of the message behind the finding.
    public func cue(in text: String) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: utf8Range.upperBound)
        return text[lower..<upper]
    }

    /// The plain sentence explaining the finding, with the cue's words in it.
    public func sentence(in text: String) -> String {
        var sentence = ""
        writeSentence(cue: cue(in: text),
                      fixed: { sentence += String(decoding: $0, as: UTF8.self) },
                      quoted: { sentence += $0 })
        return sentence
    }

    /// Writes the sentence in pieces (the template's fixed bytes and the quoted cue), so a
    /// JSON writer needs no intermediate string.
    func writeSentence(cue: Substring, fixed: (UnsafeBufferPointer<UInt8>) -> Void, quoted: (Substring) -> Void) {
        let bytes = UnsafeBufferPointer(start: template.utf8Start, count: template.utf8CodeUnitCount)
        var marker = 0
        while marker + 1 < bytes.count, !(bytes[marker] == UInt8(ascii: "%") && bytes[marker + 1] == UInt8(ascii: "@")) {
            marker += 1
        }
        guard marker + 1 < bytes.count else { return fixed(bytes) }
        fixed(UnsafeBufferPointer(rebasing: bytes[..<marker]))
        quoted(cue.count > 60 ? Substring(cue.prefix(57) + "...") : cue)
        fixed(UnsafeBufferPointer(rebasing: bytes[(marker + 2)...]))
    }
}
