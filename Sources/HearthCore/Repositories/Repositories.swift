import Foundation

/// Where users are kept. Deleting a user removes every row of theirs.
public protocol UserRepository: Sendable {
    func insert(_ user: User) async throws
    func update(_ user: User) async throws
    func user(id: UUID) async throws -> User?
    func user(handle: String) async throws -> User?
    func all() async throws -> [User]
    func delete(id: UUID) async throws
}

/// Where parts and the relations between them are kept.
public protocol PartRepository: Sendable {
    func parts(ownedBy owner: UUID) async throws -> [Part]
    func part(id: UUID) async throws -> Part?
    func insert(_ part: Part) async throws
    func update(_ part: Part) async throws
    /// Deletes the part and its relations; pauses keep their text but forget the part.
    func delete(id: UUID) async throws
    func relations(ownedBy owner: UUID) async throws -> [PartRelation]
    func insert(_ relation: PartRelation) async throws
    func deleteRelation(id: UUID) async throws
}

/// Where the trigger journal's pauses are kept.
public protocol PauseRepository: Sendable {
    func pauses(ownedBy owner: UUID) async throws -> [Pause]
    func pause(id: UUID) async throws -> Pause?
    func insert(_ pause: Pause) async throws
    func update(_ pause: Pause) async throws
    func delete(id: UUID) async throws
}

/// Where check-ins are kept.
public protocol CheckInRepository: Sendable {
    func checkIns(ownedBy owner: UUID) async throws -> [CheckIn]
    func checkIn(id: UUID) async throws -> CheckIn?
    func insert(_ checkIn: CheckIn) async throws
    func update(_ checkIn: CheckIn) async throws
    func delete(id: UUID) async throws
}

/// Where practice sessions (drafts and finished runs) are kept.
public protocol PracticeSessionRepository: Sendable {
    func sessions(ownedBy owner: UUID) async throws -> [PracticeSession]
    func session(id: UUID) async throws -> PracticeSession?
    /// Inserts the session or replaces the stored one with the same id.
    func save(_ session: PracticeSession) async throws
    func delete(id: UUID) async throws
}

/// Where invitations and pairings are kept.
public protocol PairingRepository: Sendable {
    func insert(_ invitation: Invitation) async throws
    func invitation(code: String) async throws -> Invitation?
    func deleteInvitation(code: String) async throws
    /// Deletes every invitation a person made.
    func deleteInvitations(from inviter: UUID) async throws
    func pairing(of user: UUID) async throws -> Pairing?
    func insert(_ pairing: Pairing) async throws
    func deletePairing(id: UUID) async throws
}

/// All of Hearth's stores over one database, and a way to make several writes all or nothing.
public protocol HearthRepositories: Sendable {
    var users: any UserRepository { get }
    var parts: any PartRepository { get }
    var pauses: any PauseRepository { get }
    var checkIns: any CheckInRepository { get }
    var practiceSessions: any PracticeSessionRepository { get }
    var pairings: any PairingRepository { get }
    var accounts: any AccountRepository { get }

    /// Runs `work` in one transaction: if it throws, nothing it wrote is kept. Inside `work`, use
    /// only the stores it is given: with one connection, the outer stores would wait on it.
    func transaction<Result: Sendable>(
        _ work: @escaping @Sendable (any HearthRepositories) async throws -> Result
    ) async throws -> Result
}
