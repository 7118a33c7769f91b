import Foundation

/// One run of a practice by one person: the answers so far, kept as a draft after every step so
/// nothing is lost when the run is interrupted, and marked completed at the end.
public struct PracticeSession: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var ownerID: UUID
    public var practiceID: String
    public var practiceVersion: Int
    /// Answers by step id.
    public var answers: [String: PracticeAnswer]
    public var startedAt: Date
    /// Nil while the session is a draft.
    public var completedAt: Date?

    public init(id: UUID = UUID(), ownerID: UUID, practice: Practice, answers: [String: PracticeAnswer] = [:],
                startedAt: Date = .hearthNow, completedAt: Date? = nil) {
        self.init(id: id, ownerID: ownerID, practiceID: practice.id, practiceVersion: practice.version,
                  answers: answers, startedAt: startedAt, completedAt: completedAt)
    }

    public init(id: UUID, ownerID: UUID, practiceID: String, practiceVersion: Int,
                answers: [String: PracticeAnswer], startedAt: Date, completedAt: Date?) {
        self.id = id
        self.ownerID = ownerID
        self.practiceID = practiceID
        self.practiceVersion = practiceVersion
        self.answers = answers
        self.startedAt = startedAt
        self.completedAt = completedAt
    }

    public var isDraft: Bool { completedAt == nil }

    /// The first step of the practice not answered yet; nil when every step is.
    public func nextStep(in practice: Practice) -> PracticeStep? {
        practice.steps.first { answers[$0.id] == nil }
    }
}
