import Foundation

/// Two people who chose to practise together. Each person is in at most one pairing; either can
/// end it at any time, and what was shared stops being visible at once.
public struct Pairing: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var firstUserID: UUID
    public var secondUserID: UUID
    public var createdAt: Date

    public init(id: UUID = UUID(), firstUserID: UUID, secondUserID: UUID, createdAt: Date = .hearthNow) {
        self.id = id
        self.firstUserID = firstUserID
        self.secondUserID = secondUserID
        self.createdAt = createdAt
    }

    /// Whether this pairing joins exactly these two people.
    public func joins(_ one: UUID, _ other: UUID) -> Bool {
        one != other && Set([firstUserID, secondUserID]) == Set([one, other])
    }

    /// The other person of the pairing, seen from `user`; nil when `user` is not in it.
    public func partner(of user: UUID) -> UUID? {
        if user == firstUserID { return secondUserID }
        if user == secondUserID { return firstUserID }
        return nil
    }
}

/// A one-time code that lets one person pair with the inviter, until it expires.
public struct Invitation: Sendable, Equatable, Codable {
    public var code: String
    public var inviterID: UUID
    public var createdAt: Date
    public var expiresAt: Date

    /// How long a new invitation stays valid.
    public static let lifetime: TimeInterval = 72 * 3600

    public init(code: String = Invitation.newCode(), inviterID: UUID, createdAt: Date = .hearthNow,
                expiresAt: Date? = nil) {
        self.code = code
        self.inviterID = inviterID
        self.createdAt = createdAt
        self.expiresAt = expiresAt ?? createdAt.addingTimeInterval(Invitation.lifetime)
    }

    public func isExpired(at now: Date = Date()) -> Bool { now >= expiresAt }

    /// Letters and digits that cannot be mistaken for one another when read aloud or typed.
    static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    /// A random code of 10 characters (about 49 bits), grouped for reading: "K7QM-X2PAR-T".
    public static func newCode() -> String {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<10).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] }
        return String(characters[0..<5]) + "-" + String(characters[5...])
    }

    /// A code as typed (any case, with or without the hyphen or spaces) in its stored form.
    public static func normalise(_ typed: String) -> String {
        let characters = typed.uppercased().filter { $0 != "-" && !$0.isWhitespace }
        guard characters.count == 10 else { return characters }
        return String(characters.prefix(5)) + "-" + String(characters.suffix(5))
    }
}
