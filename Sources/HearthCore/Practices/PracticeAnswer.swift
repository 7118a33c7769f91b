import Foundation

/// A person's answer to one practice step.
public enum PracticeAnswer: Sendable, Equatable, Codable {
    case text(String)
    case choices([String])
    case number(Int)
    /// Seconds spent with a timer.
    case timer(Int)
    case parts([PartChoice])
    /// Text with the coach's reading of it.
    case analyzed(String, StoredAnalysis)
    case selfEnergy(SelfEnergyReading)
    /// The person moved on without answering an optional step.
    case skipped

    /// The text of a text-like answer.
    public var text: String? {
        switch self {
        case .text(let text), .analyzed(let text, _): text
        default: nil
        }
    }
}

/// A part picked in a practice: one the person already mapped, or a new one named on the spot.
public enum PartChoice: Sendable, Equatable, Codable {
    case existing(UUID)
    case new(name: String, role: PartRole)
}
