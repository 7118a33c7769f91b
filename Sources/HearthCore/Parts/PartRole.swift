/// What a part does in a person's inner system.
public enum PartRole: String, Sendable, Codable, CaseIterable {
    /// Holds old hurt, shame or fear, and is kept out of sight by protectors.
    case exile
    /// Guards an exile with a strategy (fixing, pleasing, shutting down, ...).
    case protector
    /// Not yet known: a part can be mapped before its role is clear.
    case unknown
}
