import FluentKit
import Foundation
import HearthCore

/// The `practice_sessions` table.
final class PracticeSessionModel: Model, @unchecked Sendable {
    static let schema = "practice_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "owner_id") var ownerID: UUID
    @Field(key: "practice_id") var practiceID: String
    @Field(key: "practice_version") var practiceVersion: Int
    /// The answers by step id, as JSON.
    @Field(key: "answers") var answers: String
    @Field(key: "started_at") var startedAt: Date
    @OptionalField(key: "completed_at") var completedAt: Date?

    init() {}

    init(_ session: PracticeSession) throws {
        id = session.id
        try update(from: session)
    }

    func update(from session: PracticeSession) throws {
        ownerID = session.ownerID
        practiceID = session.practiceID
        practiceVersion = session.practiceVersion
        answers = try JSONColumn.encode(session.answers)
        startedAt = session.startedAt
        completedAt = session.completedAt
    }

    func value() throws -> PracticeSession {
        PracticeSession(id: id!, ownerID: ownerID, practiceID: practiceID, practiceVersion: practiceVersion,
                        answers: try JSONColumn.decode([String: PracticeAnswer].self, from: answers),
                        startedAt: startedAt.wholeMilliseconds, completedAt: completedAt?.wholeMilliseconds)
    }
}
