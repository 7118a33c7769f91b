/// How a listener responds to what the partner has just shared.
public enum Listening: String, Sendable, CaseIterable, Codable {
    /// Reflecting, empathic guesses, acknowledging, curious open questions.
    case presence
    /// Problem solving or advice.
    case advice
    /// Turning to the listener's own related story.
    case ownStory = "own_story"
    /// Focusing on facts and details instead of the experience.
    case details
    /// Minimising, judging, correcting or defending.
    case dismissing
}

/// Whether a message suggests the person may be in danger.
public enum Safety: String, Sendable, CaseIterable, Codable {
    case none
    /// Thoughts of suicide or of hurting oneself.
    case selfHarm = "self_harm"
    /// Violence, threats, sexual coercion or frightening control in the relationship.
    case abuse

    /// Whether the message calls for showing help before anything else.
    public var needsHelpFirst: Bool { self != .none }
}
