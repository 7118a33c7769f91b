import Foundation

/// A person's weekly look at the four foundations of their relationship. The ratings are the
/// couple's (a paired partner sees them, so insights can compare views); the note stays private
/// unless shared.
public struct CheckIn: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var ownerID: UUID
    /// Each foundation, 0–10.
    public var acceptance: Int
    public var mutualCare: Int
    public var mutualRespect: Int
    public var differentiation: Int
    /// On how many days of the week the two shared experience, not only reports (0–7).
    public var sharingDays: Int
    public var note: String
    /// Whether the partner may read the note.
    public var isNoteShared: Bool
    public var createdAt: Date

    /// The most days a week has.
    public static let sharingDaysRange = 0...7
    public static let ratingRange = 0...10

    public init(id: UUID = UUID(), ownerID: UUID, acceptance: Int, mutualCare: Int, mutualRespect: Int,
                differentiation: Int, sharingDays: Int, note: String = "", isNoteShared: Bool = false,
                createdAt: Date = .hearthNow) {
        self.id = id
        self.ownerID = ownerID
        self.acceptance = acceptance
        self.mutualCare = mutualCare
        self.mutualRespect = mutualRespect
        self.differentiation = differentiation
        self.sharingDays = sharingDays
        self.note = note
        self.isNoteShared = isNoteShared
        self.createdAt = createdAt
    }

    /// The rating of one foundation.
    public subscript(foundation: IntimacyFoundation) -> Int {
        switch foundation {
        case .acceptance: acceptance
        case .mutualCare: mutualCare
        case .mutualRespect: mutualRespect
        case .differentiation: differentiation
        }
    }

    /// The check-in with its note trimmed and every value in range.
    public func validated() throws(HearthError) -> CheckIn {
        var checker = TextRules.Checker()
        var checkIn = self
        for foundation in IntimacyFoundation.allCases {
            checker.range(self[foundation], CheckIn.ratingRange, field: foundation.rawValue)
        }
        checker.range(sharingDays, CheckIn.sharingDaysRange, field: "sharingDays")
        checkIn.note = checker.text(note, field: "note")
        try checker.check()
        if checkIn.noteDisclosesDanger { checkIn.isNoteShared = false }
        return checkIn
    }
}
