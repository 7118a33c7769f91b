import Foundation

/// Running a practice: a draft is saved after every answer (so an interrupted run resumes where
/// it stopped), and finishing turns the answers into what they record, all at once.
public struct PracticeService: Sendable {
    let store: any HearthRepositories
    public let library: PracticeLibrary

    public init(store: any HearthRepositories, library: PracticeLibrary = .bundled) {
        self.store = store
        self.library = library
    }

    /// The person's unfinished run of a practice, if there is one (the newest).
    public func draft(of practice: Practice, owner: UUID) async throws -> PracticeSession? {
        try await store.practiceSessions.sessions(ownedBy: owner)
            .filter { $0.practiceID == practice.id && $0.isDraft }
            .max { $0.startedAt < $1.startedAt }
    }

    /// Records an answer and saves the draft.
    @discardableResult
    public func answer(_ answer: PracticeAnswer, step: String, in session: PracticeSession) async throws
        -> PracticeSession {
        var session = session
        session.answers[step] = answer
        try await store.practiceSessions.save(session)
        return session
    }

    /// Throws away a draft.
    public func discard(_ session: PracticeSession) async throws {
        try await store.practiceSessions.delete(id: session.id)
    }

    /// What finishing a practice recorded.
    public enum Finished: Sendable {
        case pause(Pause)
        case checkIn(CheckIn)
        case session(PracticeSession)
    }

    /// Finishes a session: creates the parts named on the way, then the pause or check-in it
    /// records (whose draft is then removed) or the completed session, in one transaction.
    public func finish(_ session: PracticeSession) async throws -> Finished {
        let practice = try library.practice(session.practiceID)
        if let missing = practice.steps.first(where: { !$0.isOptional && session.answers[$0.id] == nil }) {
            throw HearthError.invalid(missing.id, "this step has no answer yet")
        }
        let newParts = try PracticeOutcome.newParts(in: session).map { part throws(HearthError) in try part.validated() }
        var completed = session
        completed.completedAt = .hearthNow
        completed.answers = completed.answers.mapValues { answer in
            guard case .parts(let choices) = answer else { return answer }
            return .parts(choices.map { choice in
                guard case .new(let name, _) = choice, let part = newParts.first(where: { $0.name == name }) else {
                    return choice
                }
                return .existing(part.id)
            })
        }
        switch practice.id {
        case PracticeLibrary.pauseID:
            let pause = PracticeOutcome.pause(from: session, newParts: newParts)
            let recorded = try await store.transaction { store in
                let recorded = try await PauseService(store: store).record(pause, newParts: newParts)
                try await store.practiceSessions.delete(id: session.id)
                return recorded
            }
            return .pause(recorded)
        case PracticeLibrary.checkInID:
            let checkIn = try PracticeOutcome.checkIn(from: session).validated()
            try await store.transaction { store in
                try await store.checkIns.insert(checkIn)
                try await store.practiceSessions.delete(id: session.id)
            }
            return .checkIn(checkIn)
        default:
            let finished = completed
            try await store.transaction { store in
                for part in newParts { try await PartsService(store: store).add(part) }
                try await store.practiceSessions.save(finished)
            }
            return .session(finished)
        }
    }

    /// The person's finished runs, newest first.
    public func history(of owner: UUID) async throws -> [PracticeSession] {
        try await store.practiceSessions.sessions(ownedBy: owner)
            .filter { !$0.isDraft }
            .sorted { ($0.completedAt ?? $0.startedAt) > ($1.completedAt ?? $1.startedAt) }
    }
}
