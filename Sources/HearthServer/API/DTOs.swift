import Foundation
import HearthCore
import HearthLanguage
import Vapor

// What the JSON API speaks, apart from the domain's values and the tables: field names are the
// API's contract (documented in openapi.yaml), and the domain can change behind them.

/// A part, as the API shows it.
struct PartDTO: Content {
    var id: UUID
    var name: String
    var role: String
    var strategies: [String]
    var feelings: [String]
    var burdens: [String]
    var fears: [String]
    var needs: [String]
    var triggers: [String]
    var feltAge: String
    var bodyLocation: String
    var origin: String
    var notes: String
    var shared: Bool
    var createdAt: Date
    var updatedAt: Date

    init(_ part: Part) {
        id = part.id
        name = part.name
        role = part.role.rawValue
        strategies = part.strategies.map(\.rawValue)
        feelings = part.feelings
        burdens = part.burdens
        fears = part.fears
        needs = part.needs
        triggers = part.triggers
        feltAge = part.feltAge
        bodyLocation = part.bodyLocation
        origin = part.origin
        notes = part.notes
        shared = part.isShared
        createdAt = part.createdAt
        updatedAt = part.updatedAt
    }
}

/// A new part, or a change to one: what is left out stays as it was (or empty, for a new part).
struct PartInput: Content {
    var name: String?
    var role: String?
    var strategies: [String]?
    var feelings: [String]?
    var burdens: [String]?
    var fears: [String]?
    var needs: [String]?
    var triggers: [String]?
    var feltAge: String?
    var bodyLocation: String?
    var origin: String?
    var notes: String?
    var shared: Bool?

    func apply(to part: inout Part) throws {
        if let name { part.name = name }
        if let role {
            guard let value = PartRole(rawValue: role) else {
                throw HearthError.invalid("role", "use exile, protector or unknown")
            }
            part.role = value
        }
        if let strategies {
            part.strategies = try strategies.map { name in
                guard let strategy = Strategy(rawValue: name) else {
                    throw HearthError.invalid("strategies", "'\(name)' is not a strategy")
                }
                return strategy
            }
        }
        if let feelings { part.feelings = feelings }
        if let burdens { part.burdens = burdens }
        if let fears { part.fears = fears }
        if let needs { part.needs = needs }
        if let triggers { part.triggers = triggers }
        if let feltAge { part.feltAge = feltAge }
        if let bodyLocation { part.bodyLocation = bodyLocation }
        if let origin { part.origin = origin }
        if let notes { part.notes = notes }
        if let shared { part.isShared = shared }
    }
}

struct RelationDTO: Content {
    var id: UUID
    var from: UUID
    var kind: String
    var to: UUID

    init(_ relation: PartRelation) {
        id = relation.id
        from = relation.fromPartID
        kind = relation.kind.rawValue
        to = relation.toPartID
    }
}

struct RelationInput: Content {
    var from: UUID
    var kind: String
    var to: UUID
}

/// A pause. `reading` (the coach's view of what was said for the part) is the owner's alone.
struct PauseDTO: Content {
    var id: UUID
    var happened: String
    var bodySensations: String
    var parts: [UUID]
    var protectorAction: String
    var exileNeeds: String
    var selfEnergy: [String: Int]
    var forPart: String
    var reading: Reading?
    var shared: Bool
    var createdAt: Date

    struct Reading: Content {
        var stance: String
        var depth: String
        var reframe: String?
    }

    init(_ pause: Pause, forOwner: Bool) {
        id = pause.id
        happened = pause.happened
        bodySensations = pause.bodySensations
        parts = pause.activatedPartIDs
        protectorAction = pause.protectorAction
        exileNeeds = pause.exileNeeds
        selfEnergy = Dictionary(uniqueKeysWithValues: pause.selfEnergy.values.map { ($0.key.rawValue, $0.value) })
        forPart = pause.forPart
        reading = forOwner ? pause.analysis.map {
            Reading(stance: $0.stance.rawValue, depth: $0.depth.rawValue, reframe: $0.reframe)
        } : nil
        shared = pause.isShared
        createdAt = pause.createdAt
    }
}

struct PauseInput: Content {
    var happened: String
    var bodySensations: String?
    var parts: [UUID]?
    var newParts: [String]?
    var protectorAction: String?
    var exileNeeds: String?
    var selfEnergy: [String: Int]?
    var forPart: String?
    var shared: Bool?
}

struct CheckInDTO: Content {
    var id: UUID
    var acceptance: Int
    var mutualCare: Int
    var mutualRespect: Int
    var differentiation: Int
    var sharingDays: Int
    var note: String
    var noteShared: Bool
    var createdAt: Date

    init(_ checkIn: CheckIn) {
        id = checkIn.id
        acceptance = checkIn.acceptance
        mutualCare = checkIn.mutualCare
        mutualRespect = checkIn.mutualRespect
        differentiation = checkIn.differentiation
        sharingDays = checkIn.sharingDays
        note = checkIn.note
        noteShared = checkIn.isNoteShared
        createdAt = checkIn.createdAt
    }
}

struct CheckInInput: Content {
    var acceptance: Int
    var mutualCare: Int
    var mutualRespect: Int
    var differentiation: Int
    var sharingDays: Int
    var note: String?
    var noteShared: Bool?
}

struct ShareInput: Content {
    var shared: Bool
}

struct InsightsDTO: Content {
    var foundations: [String: Trend]
    var sharing: Trend
    var partnerFoundations: [String: Trend]?
    var partnerSharing: Trend?
    var divergences: [Divergence]
    var warning: String?

    struct Trend: Content {
        var series: [Int]
        var direction: String

        init(_ trend: Insights.Trend) {
            series = trend.series
            direction = trend.direction.rawValue
        }
    }

    struct Divergence: Content {
        var foundation: String
        var gap: Double
        var mine: Double
        var partners: Double
    }

    init(_ insights: Insights) {
        foundations = Dictionary(uniqueKeysWithValues: insights.foundations.map { ($0.key.rawValue, Trend($0.value)) })
        sharing = Trend(insights.sharing)
        partnerFoundations = insights.partnerFoundations.map { trends in
            Dictionary(uniqueKeysWithValues: trends.map { ($0.key.rawValue, Trend($0.value)) })
        }
        partnerSharing = insights.partnerSharing.map(Trend.init)
        divergences = insights.divergences.map {
            Divergence(foundation: $0.foundation.rawValue, gap: $0.gap, mine: $0.mine, partners: $0.partners)
        }
        warning = insights.warning?.message
    }
}

struct UserDTO: Content {
    var id: UUID
    var handle: String
    var displayName: String
    var partner: String?
}

struct PartnerDTO: Content {
    var displayName: String
    var parts: [PartDTO]
    var relations: [RelationDTO]
    var pauses: [PauseDTO]
    var checkIns: [CheckInDTO]
}

struct PracticeDTO: Content {
    var id: String
    var version: Int
    var title: String
    var summary: String
    var minutes: Int
    var steps: [PracticeStep]
}

