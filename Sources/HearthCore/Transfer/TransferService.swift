import Foundation

/// Export of everything of one person, and import of such a file: checked whole before anything
/// is written, then written in one transaction, so a bad or failing import leaves nothing behind.
public struct TransferService: Sendable {
    let store: any HearthRepositories

    public init(store: any HearthRepositories) {
        self.store = store
    }

    /// Everything of one person, read in one transaction so the records agree with each other.
    public func export(_ user: User) async throws -> HearthExport {
        try await store.transaction { transaction in
            let parts = try await transaction.parts.parts(ownedBy: user.id)
            let relations = try await transaction.parts.relations(ownedBy: user.id)
            let pauses = try await transaction.pauses.pauses(ownedBy: user.id)
            let checkIns = try await transaction.checkIns.checkIns(ownedBy: user.id)
            let sessions = try await transaction.practiceSessions.sessions(ownedBy: user.id)
            return HearthExport(user: user, parts: parts, relations: relations, pauses: pauses, checkIns: checkIns,
                                practiceSessions: sessions)
        }
    }

    /// Imports a document as its own user, or, with `handle`, as a new user of that name (with
    /// fresh ids, so the same file can be imported twice). The user must not exist yet.
    @discardableResult
    public func importDocument(_ document: HearthExport, as handle: String? = nil) async throws -> User {
        var document = try ImportCheck.checked(document)
        if let handle {
            document = document.withFreshIDs(handle: handle)
            document.user = try document.user.validated()
        }
        if try await store.users.user(handle: document.user.handle) != nil {
            throw HearthError.conflict("""
                A user named '\(document.user.handle)' already exists. Delete it first \
                (hearth user delete \(document.user.handle)), or import as someone new (--as NAME).
                """)
        }
        let checked = document
        try await store.transaction { transaction in
            try await transaction.users.insert(checked.user)
            for part in checked.parts { try await transaction.parts.insert(part) }
            for relation in checked.relations { try await transaction.parts.insert(relation) }
            for pause in checked.pauses { try await transaction.pauses.insert(pause) }
            for checkIn in checked.checkIns { try await transaction.checkIns.insert(checkIn) }
            for session in checked.practiceSessions { try await transaction.practiceSessions.save(session) }
        }
        return checked.user
    }
}

extension HearthExport {
    /// The same document for a new user: every record gets a new id, references follow.
    func withFreshIDs(handle: String) -> HearthExport {
        var copy = self
        let userID = UUID()
        copy.user.id = userID
        copy.user.handle = handle
        var partIDs: [UUID: UUID] = [:]
        for part in parts { partIDs[part.id] = UUID() }
        copy.parts = parts.map { part in
            var part = part
            part.id = partIDs[part.id]!
            part.ownerID = userID
            return part
        }
        copy.relations = relations.map { relation in
            var relation = relation
            relation.id = UUID()
            relation.ownerID = userID
            relation.fromPartID = partIDs[relation.fromPartID]!
            relation.toPartID = partIDs[relation.toPartID]!
            return relation
        }
        copy.pauses = pauses.map { pause in
            var pause = pause
            pause.id = UUID()
            pause.ownerID = userID
            pause.activatedPartIDs = pause.activatedPartIDs.map { partIDs[$0]! }
            return pause
        }
        copy.checkIns = checkIns.map { checkIn in
            var checkIn = checkIn
            checkIn.id = UUID()
            checkIn.ownerID = userID
            return checkIn
        }
        copy.practiceSessions = practiceSessions.map { session in
            var session = session
            session.id = UUID()
            session.ownerID = userID
            session.answers = session.answers.mapValues { answer in
                guard case .parts(let choices) = answer else { return answer }
                return .parts(choices.map { choice in
                    guard case .existing(let id) = choice, let mapped = partIDs[id] else { return choice }
                    return .existing(mapped)
                })
            }
            return session
        }
        return copy
    }
}
