import Foundation
import HearthCore
@testable import HearthStore
import Testing

@Suite("Practices in storage")
struct PracticeStoreTests {
    @Test("A draft is kept after every answer and resumed; finishing a pause records it", arguments: Backend.available)
    func pauseDraft(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let user = try await database.newUser()
            let service = PracticeService(store: database.repositories)
            let practice = try service.library.practice(PracticeLibrary.pauseID)
            var session = PracticeSession(ownerID: user.id, practice: practice)
            session = try await service.answer(.text("You closed the laptop loudly."), step: "happened", in: session)
            session = try await service.answer(.skipped, step: "body", in: session)

            let draft = try #require(try await service.draft(of: practice, owner: user.id))
            #expect(draft.answers == session.answers)
            #expect(draft.nextStep(in: practice)?.id == "parts")
            await #expect(throws: HearthError.self, "unanswered steps block finishing") { try await service.finish(draft) }

            session = try await service.answer(.parts([.new(name: "Startled one", role: .exile)]), step: "parts", in: draft)
            session = try await service.answer(.text("Wanted to leave."), step: "protector", in: session)
            session = try await service.answer(.text("Fears being too much."), step: "exile", in: session)
            session = try await service.answer(.selfEnergy(SelfEnergyReading([.calm: 4])), step: "self", in: session)
            let words = "A part of me got startled and scared when the laptop closed."
            session = try await service.answer(.analyzed(words, .of(words)), step: "say", in: session)
            guard case .pause(let pause) = try await service.finish(session) else {
                Issue.record("the pause practice should record a pause")
                return
            }
            let parts = try await database.repositories.parts.parts(ownedBy: user.id)
            #expect(parts.map(\.name) == ["Startled one"])
            #expect(pause.activatedPartIDs == parts.map(\.id))
            #expect(pause.happened == "You closed the laptop loudly.")
            #expect(pause.analysis != nil)
            #expect(try await service.draft(of: practice, owner: user.id) == nil, "the draft is gone once recorded")
            #expect(try await database.repositories.pauses.pause(id: pause.id) == pause)
        }
    }

    @Test("The four-foundations practice records a check-in", arguments: Backend.available)
    func checkIn(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let user = try await database.newUser()
            let service = PracticeService(store: database.repositories)
            var session = PracticeSession(ownerID: user.id, practice: try service.library.practice(PracticeLibrary.checkInID))
            session.answers = ["acceptance": .number(7), "care": .number(6), "respect": .number(8),
                               "differentiation": .number(5), "sharing": .number(4), "note": .skipped]
            guard case .checkIn(let checkIn) = try await service.finish(session) else {
                Issue.record("expected a check-in")
                return
            }
            #expect(checkIn.acceptance == 7 && checkIn.sharingDays == 4 && checkIn.note.isEmpty)
            #expect(try await database.repositories.checkIns.checkIns(ownedBy: user.id) == [checkIn])
        }
    }

    @Test("An old draft still finishes after its parts changed", arguments: Backend.available)
    func staleDraft(backend: Backend) async throws {
        try await withDatabase(backend) { database in
            let user = try await database.newUser()
            let parts = PartsService(store: database.repositories)
            let gone = try await parts.add(Part(ownerID: user.id, name: "Soon gone"))
            let service = PracticeService(store: database.repositories)
            var session = PracticeSession(ownerID: user.id, practice: try service.library.practice(PracticeLibrary.pauseID))
            session.answers = ["happened": .text("You forgot our call."), "body": .skipped,
                               "parts": .parts([.existing(gone.id), .new(name: "Worrier", role: .unknown),
                                                .new(name: "worrier", role: .unknown)]),
                               "protector": .text("Wanted to sulk."), "exile": .text("Fears not mattering."),
                               "self": .selfEnergy(SelfEnergyReading([.calm: 5])), "say": .skipped]
            try await database.repositories.practiceSessions.save(session)
            // Meanwhile: one part deleted, and "Worrier" added by hand.
            try await parts.remove(gone.id, of: user.id)
            let worrier = try await parts.add(Part(ownerID: user.id, name: "WORRIER"))

            guard case .pause(let pause) = try await service.finish(session) else {
                Issue.record("expected a pause")
                return
            }
            #expect(pause.activatedPartIDs == [worrier.id])
            #expect(try await parts.map(of: user.id).parts.count == 1)
        }
    }
}
