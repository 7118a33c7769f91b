import Foundation
import HearthLanguage
import Testing
@testable import HearthCore

@Suite struct PracticeOutcomeTests {
    let owner = UUID()
    let library = PracticeLibrary.bundled

    @Test func aPauseSessionBecomesAPause() throws {
        let critic = Part(ownerID: owner, name: "Critic", role: .protector)
        let said = "A part of me felt brushed off just now, and it got scared."
        let analysis = StoredAnalysis.of(said)
        let session = PracticeSession(ownerID: owner, practice: try library.practice("pause"), answers: [
            "happened": .text("I asked about the weekend. You looked at your phone and said 'whatever you want'."),
            "body": .text("tight chest"),
            "parts": .parts([.existing(critic.id), .new(name: "Worrier", role: .unknown)]),
            "protector": .text("Wanted to snap back"),
            "exile": .text("Scared I don't matter"),
            "self": .selfEnergy(SelfEnergyReading([.calm: 3, .curiosity: 5, .compassion: 4])),
            "say": .analyzed(said, analysis),
        ])
        let newParts = PracticeOutcome.newParts(in: session)
        #expect(newParts.map(\.name) == ["Worrier"])
        #expect(newParts.allSatisfy { $0.ownerID == owner && $0.role == .unknown })

        let pause = PracticeOutcome.pause(from: session, newParts: newParts)
        #expect(pause.ownerID == owner)
        #expect(pause.happened == "I asked about the weekend. You looked at your phone and said 'whatever you want'.")
        #expect(pause.bodySensations == "tight chest")
        #expect(pause.activatedPartIDs == [critic.id, newParts[0].id])
        #expect(pause.protectorAction == "Wanted to snap back")
        #expect(pause.exileNeeds == "Scared I don't matter")
        #expect(pause.selfEnergy == SelfEnergyReading([.calm: 3, .curiosity: 5, .compassion: 4]))
        #expect(pause.forPart == said)
        #expect(pause.analysis == analysis)
        #expect(!pause.isShared)
        #expect(try pause.validated().activatedPartIDs == pause.activatedPartIDs)
    }

    @Test func skippedAndMissingAnswersLeaveFieldsEmpty() throws {
        let session = PracticeSession(ownerID: owner, practice: try library.practice("pause"), answers: [
            "happened": .text("You cancelled our date for work again."),
            "body": .skipped,
        ])
        let pause = PracticeOutcome.pause(from: session, newParts: [])
        #expect(pause.happened == "You cancelled our date for work again.")
        #expect(pause.bodySensations == "")
        #expect(pause.activatedPartIDs.isEmpty)
        #expect(pause.selfEnergy.isEmpty)
        #expect(pause.forPart == "")
        #expect(pause.analysis == nil)
    }

    @Test func newPartsComeFromEveryPartsAnswerWithTheirRoles() throws {
        let session = PracticeSession(id: UUID(), ownerID: owner, practiceID: "custom", practiceVersion: 1, answers: [
            "a": .parts([.new(name: "Lonely Kid", role: .exile), .existing(UUID())]),
            "b": .parts([.new(name: "Fixer", role: .protector)]),
            "c": .text("not parts"),
        ], startedAt: .hearthNow, completedAt: nil)
        let parts = PracticeOutcome.newParts(in: session)
        #expect(parts.map(\.name) == ["Lonely Kid", "Fixer"])
        #expect(parts.map(\.role) == [.exile, .protector])
        #expect(Set(parts.map(\.id)).count == 2)
    }

    @Test func aFourFoundationsSessionBecomesACheckIn() throws {
        let session = PracticeSession(ownerID: owner, practice: try library.practice("four-foundations"), answers: [
            "acceptance": .number(7),
            "care": .number(8),
            "respect": .number(6),
            "differentiation": .number(4),
            "sharing": .number(3),
            "note": .text("Sunday's walk by the river was the best hour of the week."),
        ])
        let checkIn = PracticeOutcome.checkIn(from: session)
        #expect(checkIn.ownerID == owner)
        #expect(checkIn.acceptance == 7)
        #expect(checkIn.mutualCare == 8)
        #expect(checkIn.mutualRespect == 6)
        #expect(checkIn.differentiation == 4)
        #expect(checkIn.sharingDays == 3)
        #expect(checkIn.note == "Sunday's walk by the river was the best hour of the week.")
        #expect(!checkIn.isNoteShared)
        _ = try checkIn.validated()
    }

    @Test func aSkippedNoteIsEmpty() throws {
        let session = PracticeSession(ownerID: owner, practice: try library.practice("four-foundations"), answers: [
            "acceptance": .number(2), "care": .number(3), "respect": .number(4), "differentiation": .number(5),
            "sharing": .number(0), "note": .skipped,
        ])
        let checkIn = PracticeOutcome.checkIn(from: session)
        #expect(checkIn.note == "")
        #expect(checkIn.sharingDays == 0)
        #expect(checkIn.acceptance == 2)
    }

    @Test func parsedAnswersFlowIntoAValidPause() throws {
        let critic = Part(ownerID: owner, name: "Critic", role: .protector)
        let practice = try library.practice("pause")
        let parser = StepAnswerParser(parts: [critic])
        let typed = ["happened": "You said I always overreact.", "body": "", "parts": "critic, Scared Kid",
                     "protector": "Wanted to list everything you did wrong", "exile": "To be taken seriously",
                     "self": "2 4 5", "say": "A part of me felt small when you said that."]
        var session = PracticeSession(ownerID: owner, practice: practice)
        while let step = session.nextStep(in: practice) {
            session.answers[step.id] = try parser.answer(try #require(typed[step.id]), for: step)
        }
        let newParts = PracticeOutcome.newParts(in: session)
        let pause = try PracticeOutcome.pause(from: session, newParts: newParts).validated()
        #expect(pause.activatedPartIDs == [critic.id] + newParts.map(\.id))
        #expect(newParts.map(\.name) == ["Scared Kid"])
        #expect(pause.selfEnergy[.compassion] == 5)
        #expect(pause.analysis != nil)
    }

    @Test
    func aPartPickedTwiceCountsOnce() throws {
        let critic = Part(ownerID: owner, name: "Critic", role: .protector)
        let practice = try library.practice("pause")
        let parts = try #require(practice.step("parts"))
        let answer = try StepAnswerParser(parts: [critic]).answer("1, critic", for: parts)
        #expect(answer == .parts([.existing(critic.id)]))
        let session = PracticeSession(ownerID: owner, practice: practice,
                                      answers: ["happened": .text("You rolled your eyes."), "parts": answer])
        #expect(throws: Never.self) { try PracticeOutcome.pause(from: session, newParts: []).validated() }
    }
}
