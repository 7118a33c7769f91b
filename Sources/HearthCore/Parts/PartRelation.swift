import Foundation

/// How two parts of the same person stand to each other.
public enum PartRelationKind: String, Sendable, Codable, CaseIterable {
    /// The first part guards the second (a protector and its exile).
    case protects
    /// The two pull in opposite directions (one wants to reach out, one to withdraw).
    case polarisedWith = "polarised_with"
    /// The two work together.
    case alliedWith = "allied_with"

    /// How the relation reads between two names: "Critic protects Little one".
    public var phrase: String {
        switch self {
        case .protects: "protects"
        case .polarisedWith: "is polarised with"
        case .alliedWith: "is allied with"
        }
    }

    /// Whether "A kind B" means the same as "B kind A".
    public var isSymmetric: Bool { self != .protects }
}

/// A relation between two of one person's parts.
public struct PartRelation: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var ownerID: UUID
    public var fromPartID: UUID
    public var kind: PartRelationKind
    public var toPartID: UUID
    public var createdAt: Date

    public init(id: UUID = UUID(), ownerID: UUID, fromPartID: UUID, kind: PartRelationKind, toPartID: UUID,
                createdAt: Date = .hearthNow) {
        self.id = id
        self.ownerID = ownerID
        self.fromPartID = fromPartID
        self.kind = kind
        self.toPartID = toPartID
        self.createdAt = createdAt
    }

    /// Whether this relation links the same two parts in the same way as another
    /// (either direction for symmetric kinds).
    public func duplicates(_ other: PartRelation) -> Bool {
        guard kind == other.kind else { return false }
        if fromPartID == other.fromPartID && toPartID == other.toPartID { return true }
        return kind.isSymmetric && fromPartID == other.toPartID && toPartID == other.fromPartID
    }
}
