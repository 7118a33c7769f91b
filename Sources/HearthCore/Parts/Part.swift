import Foundation
import HearthLanguage

/// One part of a person's inner family: an exile, a protector, or one whose role is not yet known.
/// Private to its owner unless `isShared`.
public struct Part: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var ownerID: UUID
    public var name: String
    public var role: PartRole
    /// For protectors: the strategies it uses (the nine of the label contract).
    public var strategies: [Strategy]
    /// What the part feels.
    public var feelings: [String]
    /// What the part believes: its burdens ("I am too much").
    public var burdens: [String]
    public var fears: [String]
    public var needs: [String]
    /// What sets it off.
    public var triggers: [String]
    /// How old it feels ("about seven").
    public var feltAge: String
    /// Where it lives in the body ("a knot in my stomach").
    public var bodyLocation: String
    /// Where it comes from, as far as the person knows.
    public var origin: String
    public var notes: String
    /// Whether the owner's partner may see it.
    public var isShared: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID = UUID(), ownerID: UUID, name: String, role: PartRole = .unknown,
                strategies: [Strategy] = [], feelings: [String] = [], burdens: [String] = [],
                fears: [String] = [], needs: [String] = [], triggers: [String] = [],
                feltAge: String = "", bodyLocation: String = "", origin: String = "", notes: String = "",
                isShared: Bool = false, createdAt: Date = .hearthNow, updatedAt: Date? = nil) {
        self.id = id
        self.ownerID = ownerID
        self.name = name
        self.role = role
        self.strategies = strategies
        self.feelings = feelings
        self.burdens = burdens
        self.fears = fears
        self.needs = needs
        self.triggers = triggers
        self.feltAge = feltAge
        self.bodyLocation = bodyLocation
        self.origin = origin
        self.notes = notes
        self.isShared = isShared
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    /// The part with its texts trimmed and checked; throws every issue at once.
    public func validated() throws(HearthError) -> Part {
        var checker = TextRules.Checker()
        var part = self
        part.name = checker.name(name, field: "name")
        part.feelings = checker.list(feelings, field: "feelings")
        part.burdens = checker.list(burdens, field: "burdens")
        part.fears = checker.list(fears, field: "fears")
        part.needs = checker.list(needs, field: "needs")
        part.triggers = checker.list(triggers, field: "triggers")
        part.feltAge = checker.text(feltAge, field: "feltAge", limit: TextRules.nameLimit)
        part.bodyLocation = checker.text(bodyLocation, field: "bodyLocation", limit: TextRules.nameLimit)
        part.origin = checker.text(origin, field: "origin")
        part.notes = checker.text(notes, field: "notes")
        part.strategies = Array(Strategy.ordered.filter(strategies.contains))
        if role != .protector && !part.strategies.isEmpty {
            checker.add("strategies", "only protectors use strategies; make this part a protector first")
        }
        try checker.check()
        return part
    }
}


