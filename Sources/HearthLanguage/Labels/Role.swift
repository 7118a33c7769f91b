/// Who wrote a message: the partner who is sharing, or the one responding to a share.
public enum Role: String, Sendable, CaseIterable, Codable {
    /// Sharing, asking, complaining, or replying in a conflict.
    case speaker
    /// Responding to what the partner has just shared.
    case listener
}
