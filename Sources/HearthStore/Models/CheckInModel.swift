import FluentKit
import Foundation
import HearthCore

/// The `check_ins` table.
final class CheckInModel: Model, @unchecked Sendable {
    static let schema = "check_ins"

    @ID(key: .id) var id: UUID?
    @Field(key: "owner_id") var ownerID: UUID
    @Field(key: "acceptance") var acceptance: Int
    @Field(key: "mutual_care") var mutualCare: Int
    @Field(key: "mutual_respect") var mutualRespect: Int
    @Field(key: "differentiation") var differentiation: Int
    @Field(key: "sharing_days") var sharingDays: Int
    @Field(key: "note") var note: String
    @Field(key: "is_note_shared") var isNoteShared: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ checkIn: CheckIn) {
        id = checkIn.id
        update(from: checkIn)
    }

    func update(from checkIn: CheckIn) {
        ownerID = checkIn.ownerID
        acceptance = checkIn.acceptance
        mutualCare = checkIn.mutualCare
        mutualRespect = checkIn.mutualRespect
        differentiation = checkIn.differentiation
        sharingDays = checkIn.sharingDays
        note = checkIn.note
        isNoteShared = checkIn.isNoteShared
        createdAt = checkIn.createdAt
    }

    var value: CheckIn {
        CheckIn(id: id!, ownerID: ownerID, acceptance: acceptance, mutualCare: mutualCare,
                mutualRespect: mutualRespect, differentiation: differentiation, sharingDays: sharingDays,
                note: note, isNoteShared: isNoteShared, createdAt: createdAt.wholeMilliseconds)
    }
}
