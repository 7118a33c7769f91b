import Foundation
import HearthCore
@testable import HearthStore
import Testing

/// Owner, partner and stranger: a partner sees only what is shared, a stranger nothing, and
/// un-sharing or unpairing takes effect at once.
@Suite("Sharing across three people")
struct SharingStoreTests {
    struct People {
        let owner: User
        let partner: User
        let stranger: User
    }

    func pairedPeople(_ database: HearthDatabase) async throws -> People {
        let people = People(owner: try await database.newUser("owner"), partner: try await database.newUser("partner"),
                            stranger: try await database.newUser("stranger"))
        let pairing = PairingService(store: database.repositories)
        let invitation = try await pairing.invite(from: people.owner.id)
        try await pairing.accept(code: invitation.code.lowercased(), by: people.partner.id)
        return people
    }

    @Test("Parts", arguments: Backend.available)
    func parts(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let people = try await pairedPeople(database)
            let service = PartsService(store: database.repositories)
            let shared = try await service.add(Part(ownerID: people.owner.id, name: "Shared one", isShared: true))
            let hidden = try await service.add(Part(ownerID: people.owner.id, name: "Private one"))
            try await service.relate(shared.id, .protects, hidden.id, owner: people.owner.id)

            let partnerView = try await service.map(of: people.owner.id, seenBy: people.partner.id)
            #expect(partnerView.parts.map(\.id) == [shared.id])
            #expect(partnerView.relations.isEmpty, "a relation to a private part stays private")
            #expect(try await service.map(of: people.owner.id, seenBy: people.stranger.id).parts.isEmpty)

            try await service.setShared(shared.id, of: people.owner.id, false)
            #expect(try await service.map(of: people.owner.id, seenBy: people.partner.id).parts.isEmpty)

            try await service.setShared(shared.id, of: people.owner.id, true)
            #expect(try await service.map(of: people.owner.id, seenBy: people.partner.id).parts.count == 1)
            try await PairingService(store: database.repositories).unpair(people.partner.id)
            #expect(try await service.map(of: people.owner.id, seenBy: people.partner.id).parts.isEmpty)

            // Neither partner nor stranger can change or share the owner's parts.
            for intruder in [people.partner, people.stranger] {
                await #expect(throws: HearthError.notFound("Part")) {
                    try await service.setShared(hidden.id, of: intruder.id, true)
                }
            }
            #expect(try await database.repositories.parts.part(id: hidden.id)?.isShared == false)
        }
    }

    @Test("Pauses, and a disclosure never reaches the partner", arguments: Backend.available)
    func pauses(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let people = try await pairedPeople(database)
            let service = PauseService(store: database.repositories)
            let shared = try await service.record(Pause(ownerID: people.owner.id, happened: "You left without a word.",
                                                        forPart: "A part of me felt left behind.", isShared: true))
            _ = try await service.record(Pause(ownerID: people.owner.id, happened: "We argued about money."))
            let disclosure = try await service.record(Pause(
                ownerID: people.owner.id, happened: "Another fight tonight.",
                forPart: "I don't want to be alive anymore, I keep thinking about ending my life.", isShared: true))
            #expect(disclosure.analysis?.isSafetyDisclosure == true)
            #expect(disclosure.isShared == false, "a disclosure is stored private even when asked to share")
            await #expect(throws: HearthError.self) {
                try await service.setShared(disclosure.id, of: people.owner.id, true)
            }

            #expect(try await service.pauses(of: people.owner.id, seenBy: people.partner.id).map(\.id) == [shared.id])
            #expect(try await service.pauses(of: people.owner.id, seenBy: people.stranger.id).isEmpty)
            #expect(try await service.pauses(of: people.owner.id, seenBy: people.owner.id).count == 3)

            try await service.setShared(shared.id, of: people.owner.id, false)
            #expect(try await service.pauses(of: people.owner.id, seenBy: people.partner.id).isEmpty)
            await #expect(throws: HearthError.notFound("Pause")) {
                try await service.delete(shared.id, of: people.partner.id)
            }
        }
    }

    @Test("Check-ins: ratings to the partner, notes only when shared", arguments: Backend.available)
    func checkIns(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let people = try await pairedPeople(database)
            let service = CheckInService(store: database.repositories)
            let checkIn = try await service.record(CheckIn(ownerID: people.owner.id, acceptance: 7, mutualCare: 6,
                                                           mutualRespect: 8, differentiation: 5, sharingDays: 3,
                                                           note: "I miss our walks."))
            var seen = try await service.checkIns(of: people.owner.id, seenBy: people.partner.id)
            #expect(seen.count == 1 && seen[0].acceptance == 7 && seen[0].note.isEmpty)
            try await service.setNoteShared(checkIn.id, of: people.owner.id, true)
            seen = try await service.checkIns(of: people.owner.id, seenBy: people.partner.id)
            #expect(seen[0].note == "I miss our walks.")
            #expect(try await service.checkIns(of: people.owner.id, seenBy: people.stranger.id).isEmpty)

            _ = try await service.record(CheckIn(ownerID: people.partner.id, acceptance: 3, mutualCare: 6,
                                                 mutualRespect: 8, differentiation: 5, sharingDays: 3))
            let insights = try await service.insights(for: people.owner.id)
            #expect(insights.divergences.first?.foundation == .acceptance)
            #expect(insights.divergences.first?.gap == 4)

            try await PairingService(store: database.repositories).unpair(people.owner.id)
            #expect(try await service.checkIns(of: people.owner.id, seenBy: people.partner.id).isEmpty)
            #expect(try await service.insights(for: people.owner.id).divergences.isEmpty)
        }
    }

    @Test("Pairing: one-time, expiring, one partner at a time", arguments: Backend.available)
    func pairing(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let service = PairingService(store: database.repositories)
            let first = try await database.newUser()
            let second = try await database.newUser()
            let third = try await database.newUser()
            let invitation = try await service.invite(from: first.id)
            await #expect(throws: HearthError.self) { try await service.accept(code: invitation.code, by: first.id) }
            await #expect(throws: HearthError.self) { try await service.accept(code: "AAAAA-BBBBB", by: second.id) }
            try await service.accept(code: invitation.code.replacingOccurrences(of: "-", with: ""), by: second.id)
            #expect(try await service.partner(of: first.id)?.id == second.id)
            await #expect(throws: HearthError.self, "a code works once") {
                try await service.accept(code: invitation.code, by: third.id)
            }
            await #expect(throws: HearthError.self) { try await service.invite(from: second.id) }

            let late = try await service.invite(from: third.id)
            try await service.unpair(first.id)
            await #expect(throws: HearthError.self, "an expired code is refused") {
                try await service.accept(code: late.code, by: first.id, now: late.expiresAt.addingTimeInterval(1))
            }
            #expect(try await service.partner(of: first.id) == nil)
        }
    }

    @Test("Danger anywhere in a pause or a check-in note keeps it from the partner", arguments: Backend.available)
    func disclosuresAnywhere(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let people = try await pairedPeople(database)
            let pauses = PauseService(store: database.repositories)
            let pause = try await pauses.record(Pause(
                ownerID: people.owner.id, happened: "He shoved me against the wall and I'm scared to go home.",
                forPart: "A part of me is frightened.", isShared: true))
            #expect(pause.isShared == false)
            await #expect(throws: HearthError.self) { try await pauses.setShared(pause.id, of: people.owner.id, true) }
            #expect(try await pauses.pauses(of: people.owner.id, seenBy: people.partner.id).isEmpty)

            let checkIns = CheckInService(store: database.repositories)
            let checkIn = try await checkIns.record(CheckIn(
                ownerID: people.owner.id, acceptance: 2, mutualCare: 2, mutualRespect: 1, differentiation: 3,
                sharingDays: 0, note: "I have been thinking about killing myself.", isNoteShared: true))
            #expect(checkIn.isNoteShared == false)
            await #expect(throws: HearthError.self) {
                try await checkIns.setNoteShared(checkIn.id, of: people.owner.id, true)
            }
            let seen = try await checkIns.checkIns(of: people.owner.id, seenBy: people.partner.id)
            #expect(seen.count == 1 && seen[0].note.isEmpty, "the ratings are the couple's; the note is not")
        }
    }

    @Test("A new pairing starts with everything private", arguments: Backend.available)
    func newPairingStartsPrivate(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let people = try await pairedPeople(database)
            let store = database.repositories
            let part = try await PartsService(store: store).add(Part(ownerID: people.owner.id, name: "Open one",
                                                                     isShared: true))
            let oldCheckIn = try await CheckInService(store: store).record(CheckIn(
                ownerID: people.owner.id, acceptance: 5, mutualCare: 5, mutualRespect: 5, differentiation: 5,
                sharingDays: 2, note: "For my first partner.", isNoteShared: true))
            try await PairingService(store: store).unpair(people.owner.id)

            let invitation = try await PairingService(store: store).invite(from: people.owner.id)
            try await Task.sleep(for: .milliseconds(5))
            try await PairingService(store: store).accept(code: invitation.code, by: people.stranger.id)
            #expect(try await PartsService(store: store).map(of: people.owner.id, seenBy: people.stranger.id).parts.isEmpty)
            #expect(try await store.parts.part(id: part.id)?.isShared == false)
            let seen = try await CheckInService(store: store).checkIns(of: people.owner.id, seenBy: people.stranger.id)
            #expect(!seen.contains { $0.id == oldCheckIn.id }, "check-ins from before this pairing stay private")
        }
    }
}
