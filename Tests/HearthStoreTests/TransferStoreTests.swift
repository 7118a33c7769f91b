import Foundation
import HearthCore
@testable import HearthStore
import Testing

@Suite("Export and import")
struct TransferStoreTests {
    /// A user with something in every table an export covers.
    func populatedUser(_ database: HearthDatabase) async throws -> User {
        let store = database.repositories
        let user = try await database.newUser()
        let parts = PartsService(store: store)
        let exile = try await parts.add(Part(ownerID: user.id, name: "Little one 🧸", role: .exile, feelings: ["lonely"],
                                             burdens: ["I am too much"], needs: ["to be seen"], feltAge: "seven"))
        let critic = try await parts.add(Part(ownerID: user.id, name: "Critic", role: .protector,
                                              strategies: [.criticizing, .controlling], isShared: true))
        let pleaser = try await parts.add(Part(ownerID: user.id, name: "Pleaser", role: .protector, strategies: [.pleasing]))
        try await parts.relate(critic.id, .protects, exile.id, owner: user.id)
        try await parts.relate(pleaser.id, .polarisedWith, critic.id, owner: user.id)
        try await PauseService(store: store).record(Pause(
            ownerID: user.id, happened: "You checked your phone while I spoke.", bodySensations: "hot face",
            activatedPartIDs: [exile.id, critic.id], protectorAction: "Wanted to snap.", exileNeeds: "To matter.",
            selfEnergy: SelfEnergyReading([.calm: 3, .curiosity: 5]), forPart: "A part of me felt unimportant just now.",
            isShared: true))
        for (week, sharing) in [5, 4, 3].enumerated() {
            try await CheckInService(store: store).record(CheckIn(
                ownerID: user.id, acceptance: 6 + week, mutualCare: 7, mutualRespect: 8, differentiation: 5,
                sharingDays: sharing, note: week == 0 ? "שבוע טוב" : "", isNoteShared: week == 0,
                createdAt: Date.hearthNow.addingTimeInterval(Double(week - 3) * 7 * 86_400)))
        }
        let practices = PracticeService(store: store)
        var session = PracticeSession(ownerID: user.id, practice: try practices.library.practice("presence"))
        session.answers = ["arrive": .timer(60), "tension": .text("shoulders"), "soften": .timer(90),
                           "curiosity": .timer(90), "quiet": .timer(120),
                           "after": .selfEnergy(SelfEnergyReading([.calm: 6, .curiosity: 5, .connectedness: 7]))]
        _ = try await practices.finish(session)
        return user
    }

    @Test("Export, delete, import: everything comes back unchanged", arguments: Backend.available)
    func roundTrip(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let store = database.repositories
            let user = try await populatedUser(database)
            let transfer = TransferService(store: store)
            let exported = try await transfer.export(user)
            #expect(exported.parts.count == 3 && exported.relations.count == 2 && exported.pauses.count == 1)
            #expect(exported.checkIns.count == 3 && exported.practiceSessions.count == 1)

            let file = try exported.encoded()
            try await AccountService(store: store).delete(handle: user.handle)
            #expect(try await store.users.user(id: user.id) == nil)

            let restored = try await transfer.importDocument(try HearthExport.decode(file))
            #expect(restored == user)
            var again = try await transfer.export(restored)
            again.exportedAt = exported.exportedAt
            #expect(again == exported)
            #expect(try again.encoded() == file)
        }
    }

    @Test("Importing as someone new gives fresh ids, so a file can be imported twice", arguments: Backend.available)
    func importAsNewUser(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let store = database.repositories
            let user = try await populatedUser(database)
            let transfer = TransferService(store: store)
            let exported = try await transfer.export(user)
            await #expect(throws: HearthError.self, "the user exists") { try await transfer.importDocument(exported) }

            let copy = try await transfer.importDocument(exported, as: "copy-\(UUID().uuidString.prefix(6).lowercased())")
            let copied = try await transfer.export(copy)
            #expect(copy.id != user.id)
            #expect(Set(copied.parts.map(\.id)).isDisjoint(with: exported.parts.map(\.id)))
            #expect(copied.parts.map(\.name) == exported.parts.map(\.name))
            #expect(copied.pauses[0].activatedPartIDs.count == 2)
            #expect(Set(copied.pauses[0].activatedPartIDs).isSubset(of: copied.parts.map(\.id)))
            #expect(try await PartsService(store: store).map(of: user.id).parts.count == 3, "the original is untouched")
        }
    }

    @Test("A bad file is rejected whole, naming where", arguments: Backend.available)
    func badFile(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let store = database.repositories
            let user = try await populatedUser(database)
            let transfer = TransferService(store: store)
            var document = try await transfer.export(user)
            try await AccountService(store: store).delete(handle: user.handle)
            document.checkIns[1].acceptance = 42
            document.parts[2].name = " "
            do {
                try await transfer.importDocument(document)
                Issue.record("a bad document was imported")
            } catch let error as HearthError {
                guard case .invalid(let issues) = error else { Issue.record("unexpected \(error)"); return }
                #expect(issues.map(\.field).contains("checkIns[1].acceptance"))
                #expect(issues.map(\.field).contains("parts[2].name"))
            }
            #expect(try await store.users.user(handle: user.handle) == nil)
        }
    }
}
