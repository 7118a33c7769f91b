import Foundation
import HearthCore
@testable import HearthStore
import Testing

@Suite("Parts in storage")
struct PartsStoreTests {
    @Test("A part is stored, edited, related and removed", arguments: Backend.available)
    func lifecycle(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let user = try await database.newUser()
            let service = PartsService(store: database.repositories)
            let exile = try await service.add(Part(ownerID: user.id, name: "Little one", role: .exile,
                                                   feelings: ["lonely", "scared"], feltAge: "about seven"))
            let critic = try await service.add(Part(ownerID: user.id, name: "Inner critic", role: .protector,
                                                    strategies: [.criticizing], fears: ["being left"]))
            try await service.relate(critic.id, .protects, exile.id, owner: user.id)

            let stored = try #require(try await database.repositories.parts.part(id: exile.id))
            #expect(stored == exile)

            let edited = try await service.edit(exile.id, of: user.id) { $0.needs = ["to be seen"]; $0.bodyLocation = "chest" }
            #expect(try await database.repositories.parts.part(id: exile.id) == edited)

            let map = try await service.map(of: user.id)
            #expect(map.parts.map(\.name) == ["Little one", "Inner critic"])
            #expect(map.relations.count == 1 && map.relations[0].kind == .protects)

            try await service.remove(exile.id, of: user.id)
            let after = try await service.map(of: user.id)
            #expect(after.parts.map(\.name) == ["Inner critic"])
            #expect(after.relations.isEmpty, "removing a part removes its relations")
        }
    }

    @Test("Names are unique per person, relations are checked", arguments: Backend.available)
    func rules(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let user = try await database.newUser()
            let other = try await database.newUser()
            let service = PartsService(store: database.repositories)
            let first = try await service.add(Part(ownerID: user.id, name: "Pleaser", role: .protector))
            await #expect(throws: HearthError.self) {
                try await service.add(Part(ownerID: user.id, name: "pleaser"))
            }
            // Another person may use the same name.
            let theirs = try await service.add(Part(ownerID: other.id, name: "Pleaser"))
            await #expect(throws: HearthError.notFound("Part")) {
                try await service.relate(first.id, .alliedWith, theirs.id, owner: user.id)
            }
            await #expect(throws: HearthError.self) {
                try await service.relate(first.id, .alliedWith, first.id, owner: user.id)
            }
            let second = try await service.add(Part(ownerID: user.id, name: "Wall", role: .protector))
            try await service.relate(first.id, .polarisedWith, second.id, owner: user.id)
            await #expect(throws: HearthError.self, "polarised-with is symmetric, so the reverse is a duplicate") {
                try await service.relate(second.id, .polarisedWith, first.id, owner: user.id)
            }
            await #expect(throws: HearthError.notFound("Part")) {
                try await service.edit(theirs.id, of: user.id) { $0.name = "Mine now" }
            }
            await #expect(throws: HearthError.notFound("Part")) {
                try await service.remove(theirs.id, of: user.id)
            }
            #expect(try await database.repositories.parts.part(id: theirs.id)?.name == "Pleaser")
        }
    }

    @Test("Any text is kept exactly; bad text is refused and nothing is stored", arguments: Backend.available)
    func textRobustness(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let user = try await database.newUser()
            let service = PartsService(store: database.repositories)
            let names = ["👩‍❤️‍👨 heart part", "الطفل الصغير", "e\u{301}toile", "שומר 🛡️"]
            for name in names {
                let part = try await service.add(Part(ownerID: user.id, name: name, notes: "emoji 🫶🏽 and RTL ‏עברית‏"))
                let stored = try #require(try await database.repositories.parts.part(id: part.id))
                #expect(stored.name == name)
                #expect(stored.notes == "emoji 🫶🏽 and RTL ‏עברית‏")
            }
            let megabyte = String(repeating: "a", count: 1_000_000)
            await #expect(throws: HearthError.self) {
                try await service.add(Part(ownerID: user.id, name: "Big", notes: megabyte))
            }
            await #expect(throws: HearthError.self) {
                try await service.add(Part(ownerID: user.id, name: "Nul\0part"))
            }
            #expect(try await database.repositories.parts.parts(ownedBy: user.id).count == names.count)
        }
    }

    @Test("SQLite runs in WAL mode with synchronous=FULL")
    func durability() async throws {
        try await withDatabase(.sqlite) { database in
            let journal = try await database.pragma("journal_mode")
            let synchronous = try await database.pragma("synchronous")
            let foreignKeys = try await database.pragma("foreign_keys")
            #expect(journal == "wal")
            #expect(synchronous == "2")
            #expect(foreignKeys == "1")
        }
    }
}
