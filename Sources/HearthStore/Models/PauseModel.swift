import FluentKit
import Foundation
import HearthCore

/// The `pauses` table. The activated parts are rows of `pause_parts`.
final class PauseModel: Model, @unchecked Sendable {
    static let schema = "pauses"

    @ID(key: .id) var id: UUID?
    @Field(key: "owner_id") var ownerID: UUID
    @Field(key: "happened") var happened: String
    @Field(key: "body_sensations") var bodySensations: String
    @Field(key: "protector_action") var protectorAction: String
    @Field(key: "exile_needs") var exileNeeds: String
    /// The Self-energy reading, as JSON.
    @Field(key: "self_energy") var selfEnergy: String
    @Field(key: "for_part") var forPart: String
    /// The analysis of `for_part`, as JSON.
    @OptionalField(key: "analysis") var analysis: String?
    @Field(key: "is_shared") var isShared: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ pause: Pause) throws {
        id = pause.id
        try update(from: pause)
    }

    func update(from pause: Pause) throws {
        ownerID = pause.ownerID
        happened = pause.happened
        bodySensations = pause.bodySensations
        protectorAction = pause.protectorAction
        exileNeeds = pause.exileNeeds
        selfEnergy = try JSONColumn.encode(pause.selfEnergy)
        forPart = pause.forPart
        analysis = try pause.analysis.map(JSONColumn.encode)
        isShared = pause.isShared
        createdAt = pause.createdAt
    }

    func value(partIDs: [UUID]) throws -> Pause {
        Pause(id: id!, ownerID: ownerID, happened: happened, bodySensations: bodySensations,
              activatedPartIDs: partIDs, protectorAction: protectorAction, exileNeeds: exileNeeds,
              selfEnergy: try JSONColumn.decode(SelfEnergyReading.self, from: selfEnergy), forPart: forPart,
              analysis: try analysis.map { try JSONColumn.decode(StoredAnalysis.self, from: $0) },
              isShared: isShared, createdAt: createdAt.wholeMilliseconds)
    }
}

/// The `pause_parts` table: which parts a pause found activated, in order.
final class PausePartModel: Model, @unchecked Sendable {
    static let schema = "pause_parts"

    @ID(key: .id) var id: UUID?
    @Field(key: "pause_id") var pauseID: UUID
    @Field(key: "part_id") var partID: UUID
    @Field(key: "position") var position: Int

    init() {}

    init(pauseID: UUID, partID: UUID, position: Int) {
        id = UUID()
        self.pauseID = pauseID
        self.partID = partID
        self.position = position
    }
}
