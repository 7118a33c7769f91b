import Foundation
import HearthCore
@testable import HearthStore
import Testing

@Suite("All or nothing")
struct TransactionStoreTests {
    @Test("A pause with new parts that fails to store leaves no new part", arguments: Backend.available)
    func pauseWithNewParts(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let user = try await database.newUser()
            let service = PauseService(store: database.repositories)
            let first = try await service.record(Pause(ownerID: user.id, happened: "You were late again."))
            // The same id again: the pause row fails after the new part was written.
            var clash = Pause(ownerID: user.id, happened: "You were late once more.")
            clash.id = first.id
            let newPart = Part(ownerID: user.id, name: "Watcher", role: .protector)
            await #expect(throws: (any Error).self) {
                try await service.record(clash, newParts: [newPart])
            }
            #expect(try await database.repositories.parts.part(id: newPart.id) == nil)
            #expect(try await database.repositories.pauses.pauses(ownedBy: user.id).count == 1)

            let recorded = try await service.record(Pause(ownerID: user.id, happened: "You sighed."), newParts: [newPart])
            #expect(recorded.activatedPartIDs == [newPart.id])
            #expect(try await database.repositories.pauses.pause(id: recorded.id)?.activatedPartIDs == [newPart.id])
        }
    }

    @Test("An import that fails halfway leaves nothing", arguments: Backend.available)
    func failedImport(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let someone = try await database.newUser()
            let existing = try await CheckInService(store: database.repositories).record(
                CheckIn(ownerID: someone.id, acceptance: 5, mutualCare: 5, mutualRespect: 5, differentiation: 5, sharingDays: 2))

            let user = User(handle: "import-\(UUID().uuidString.prefix(8).lowercased())")
            let part = Part(ownerID: user.id, name: "Little one", role: .exile)
            let pause = Pause(ownerID: user.id, happened: "You turned away.", activatedPartIDs: [part.id])
            var clashing = CheckIn(ownerID: user.id, acceptance: 6, mutualCare: 6, mutualRespect: 6, differentiation: 6,
                                   sharingDays: 3)
            clashing.id = existing.id // passes every check, fails at the database after the parts and pause
            let document = HearthExport(user: user, parts: [part], relations: [], pauses: [pause], checkIns: [clashing],
                                        practiceSessions: [])
            await #expect(throws: (any Error).self) {
                try await TransferService(store: database.repositories).importDocument(document)
            }
            #expect(try await database.repositories.users.user(handle: user.handle) == nil)
            #expect(try await database.repositories.parts.part(id: part.id) == nil)
            #expect(try await database.repositories.pauses.pause(id: pause.id) == nil)
            #expect(try await database.count("pause_parts", where: "part_id = \(sqlID(part.id))") == 0)
            #expect(try await database.repositories.checkIns.checkIn(id: existing.id)?.ownerID == someone.id)
        }
    }

    @Test("Deleting a user removes every row of theirs and nobody else's", arguments: Backend.available)
    func deleteUser(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let store = database.repositories
            let user = try await database.newUser()
            let partner = try await database.newUser()
            let exile = try await PartsService(store: store).add(Part(ownerID: user.id, name: "Little one", role: .exile))
            let critic = try await PartsService(store: store).add(Part(ownerID: user.id, name: "Critic", role: .protector))
            try await PartsService(store: store).relate(critic.id, .protects, exile.id, owner: user.id)
            try await PauseService(store: store).record(Pause(ownerID: user.id, happened: "You laughed at my idea.",
                                                              activatedPartIDs: [exile.id]))
            try await CheckInService(store: store).record(CheckIn(ownerID: user.id, acceptance: 5, mutualCare: 5,
                                                                  mutualRespect: 5, differentiation: 5, sharingDays: 1))
            let practices = PracticeService(store: store)
            let presence = try practices.library.practice("presence")
            try await practices.answer(.text("my jaw"), step: "tension", in: PracticeSession(ownerID: user.id, practice: presence))
            _ = try await PairingService(store: store).invite(from: user.id)
            let theirs = try await PairingService(store: store).invite(from: partner.id)
            try await PairingService(store: store).accept(code: theirs.code, by: user.id)
            let pauseIDs = try await store.pauses.pauses(ownedBy: user.id).map(\.id)

            let id = sqlID(user.id)
            let before = try await database.count("parts", where: "owner_id = \(id)")
            #expect(before == 2)
            try await AccountService(store: store).delete(handle: user.handle)

            for (table, condition) in [("users", "id = \(id)"), ("parts", "owner_id = \(id)"),
                                       ("part_relations", "owner_id = \(id)"), ("pauses", "owner_id = \(id)"),
                                       ("pause_parts", "pause_id = \(sqlID(pauseIDs[0]))"),
                                       ("check_ins", "owner_id = \(id)"), ("practice_sessions", "owner_id = \(id)"),
                                       ("invitations", "inviter_id = \(id)"),
                                       ("pairings", "first_user_id = \(id) OR second_user_id = \(id)")] {
                #expect(try await database.count(table, where: condition) == 0, "\(table) still holds rows of the user")
            }
            #expect(try await store.users.user(id: partner.id) != nil)
            #expect(try await PairingService(store: store).partner(of: partner.id) == nil)
        }
    }
}
