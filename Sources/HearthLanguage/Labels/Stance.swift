/// Whether a message speaks *from* a reactive part, *for* a part, or neither.
public enum Stance: String, Sendable, CaseIterable, Codable {
    /// A part speaks through the person: blame, attack, generalising, a protector's move.
    case fromPart = "from_part"
    /// The person owns their inner experience and speaks on behalf of a part.
    case forPart = "for_part"
    /// Neither: logistics, reports, questions, thanks, calm listening.
    case neutral
}

/// How deep the sharing goes: events only, or the speaker's inner experience.
public enum Depth: String, Sendable, CaseIterable, Codable {
    /// Events, plans, facts, or evaluations of the partner.
    case surface
    /// At least one element of the speaker's own inner experience.
    case experience
}
