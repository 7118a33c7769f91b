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
    /// A draft may be old: a part named in it that now exists is used, one since deleted is left out.
    public func finish(_ session: PracticeSession) async throws -> Finished {
        let practice = try library.practice(session.practiceID)
        if let missing = practice.steps.first(where: { !$0.isOptional && session.answers[$0.id] == nil }) {
            throw HearthError.invalid(missing.id, "this step has no answer yet")
        }
        let current = try await store.parts.parts(ownedBy: session.ownerID)
        var resolved = session
        resolved.answers = session.answers.mapValues { PracticeService.resolve($0, against: current) }
        let newParts = try PracticeOutcome.newParts(in: resolved).map { part throws(HearthError) in try part.validated() }
        switch practice.id {
        case PracticeLibrary.pauseID:
            let pause = PracticeOutcome.pause(from: resolved, newParts: newParts)
            let recorded = try await store.transaction { transaction in
                let recorded = try await PauseService(store: transaction).record(pause, newParts: newParts)
                try await transaction.practiceSessions.delete(id: session.id)
                return recorded
            }
            return .pause(recorded)
        case PracticeLibrary.checkInID:
            let checkIn = try PracticeOutcome.checkIn(from: resolved).validated()
            try await store.transaction { transaction in
                try await transaction.checkIns.insert(checkIn)
                try await transaction.practiceSessions.delete(id: session.id)
            }
            return .checkIn(checkIn)
        default:
            var finished = resolved
            finished.completedAt = .hearthNow
            finished.answers = finished.answers.mapValues { PracticeService.resolve($0, against: newParts) }
            let completed = finished
            try await store.transaction { transaction in
                for part in newParts { try await PartsService(store: transaction).add(part) }
                try await transaction.practiceSessions.save(completed)
            }
            return .session(completed)
        }
    }

    /// A part answer checked against the person's parts: a new name that matches a part (in any
    /// case) becomes that part, an id whose part is gone is dropped, and repeats are removed.
    static func resolve(_ answer: PracticeAnswer, against parts: [Part]) -> PracticeAnswer {
        guard case .parts(let choices) = answer else { return answer }
        var resolved: [PartChoice] = []
        for choice in choices {
            var choice = choice
            switch choice {
            case .existing(let id):
                if !parts.contains(where: { $0.id == id }) { continue }
            case .new(let name, _):
                if let part = parts.first(where: { $0.name.lowercased() == name.lowercased() }) {
                    choice = .existing(part.id)
                }
            }
            if !resolved.contains(where: { PracticeService.samePart($0, choice) }) { resolved.append(choice) }
        }
        return .parts(resolved)
    }

    static func samePart(_ one: PartChoice, _ other: PartChoice) -> Bool {
        switch (one, other) {
        case (.existing(let a), .existing(let b)): a == b
        case (.new(let a, _), .new(let b, _)): a.lowercased() == b.lowercased()
        default: false
        }
    }

    /// The person's finished runs, newest first.
    public func history(of owner: UUID) async throws -> [PracticeSession] {
        try await store.practiceSessions.sessions(ownedBy: owner)
            .filter { !$0.isDraft }
            .sorted { ($0.completedAt ?? $0.startedAt) > ($1.completedAt ?? $1.startedAt) }
    }
}
