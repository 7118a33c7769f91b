import Foundation
import Testing
@testable import HearthCore

@Suite struct PracticeLibraryTests {
    let library = PracticeLibrary.bundled

    @Test func bundlesThePracticesInOrder() {
        #expect(library.practices.map(\.id) == ["pause", "speak-for-your-part", "exile-attention", "presence",
                                                "abandonment-fear", "courageous-love", "four-foundations",
                                                "self-energy"])
        #expect(PracticeLibrary.pauseID == "pause")
        #expect(PracticeLibrary.checkInID == "four-foundations")
    }

    @Test func everyPracticeIsComplete() {
        for practice in library.practices {
            #expect(practice.version >= 1, "\(practice.id)")
            #expect(!practice.title.isEmpty, "\(practice.id)")
            #expect(!practice.summary.isEmpty, "\(practice.id)")
            #expect(!practice.closing.isEmpty, "\(practice.id)")
            #expect(practice.minutes > 0, "\(practice.id)")
            #expect(!practice.steps.isEmpty, "\(practice.id)")
            #expect(Set(practice.steps.map(\.id)).count == practice.steps.count, "\(practice.id) repeats a step id")
            for step in practice.steps {
                #expect(!step.text.isEmpty, "\(practice.id).\(step.id)")
                switch step.kind {
                case .choice: #expect((step.options ?? []).count >= 2, "\(practice.id).\(step.id)")
                case .selfEnergy: #expect(!(step.qualities ?? []).isEmpty, "\(practice.id).\(step.id)")
                case .timer: #expect((step.seconds ?? 0) > 0, "\(practice.id).\(step.id)")
                case .scale: #expect(step.scaleRange.lowerBound < step.scaleRange.upperBound, "\(practice.id).\(step.id)")
                default: break
                }
            }
        }
    }

    @Test func thePausePracticeRecordsAPause() throws {
        let pause = try library.practice("pause")
        #expect(pause.steps.map(\.id) == ["happened", "body", "parts", "protector", "exile", "self", "say"])
        #expect(pause.steps.map(\.kind) == [.prompt, .prompt, .part, .prompt, .prompt, .selfEnergy, .analyzed])
        let parts = try #require(pause.step("parts"))
        #expect(parts.allowsMultiple)
        #expect(parts.allowsNewPart)
        #expect(try #require(pause.step("body")).isOptional)
        #expect(!(try #require(pause.step("happened")).isOptional))
        #expect(try #require(pause.step("self")).qualities == [.calm, .curiosity, .compassion])
    }

    @Test func theFourFoundationsPracticeRecordsACheckIn() throws {
        let practice = try library.practice("four-foundations")
        #expect(practice.steps.map(\.id) == ["acceptance", "care", "respect", "differentiation", "sharing", "note"])
        for id in ["acceptance", "care", "respect", "differentiation"] {
            let step = try #require(practice.step(id))
            #expect(step.kind == .scale)
            #expect(step.scaleRange == CheckIn.ratingRange, "\(id)")
        }
        let sharing = try #require(practice.step("sharing"))
        #expect(sharing.kind == .scale)
        #expect(sharing.max == 7)
        #expect(sharing.scaleRange == CheckIn.sharingDaysRange)
        let note = try #require(practice.step("note"))
        #expect(note.kind == .prompt)
        #expect(note.isOptional)
    }

    @Test func theExileStepOffersOnlyExiles() throws {
        let step = try #require(try library.practice("exile-attention").step("exile"))
        #expect(step.role == .exile)
        #expect(!step.allowsMultiple)
    }

    @Test func findsByIdOrUniquePrefixInAnyCase() throws {
        #expect(try library.practice("pres").id == "presence")
        #expect(try library.practice("PRESENCE").id == "presence")
        #expect(try library.practice("four").id == "four-foundations")
        #expect(try library.practice("pause").id == "pause")
        #expect(try library.practice("speak").id == "speak-for-your-part")
    }

    @Test(arguments: ["meditation", "p", "", "presence-extra"])
    func anUnknownOrAmbiguousNameThrows(_ name: String) {
        let error = #expect(throws: HearthError.self) { try library.practice(name) }
        guard case .notFound(let message) = error else {
            Issue.record("expected .notFound, got \(String(describing: error))")
            return
        }
        #expect(message.contains("presence") && message.contains("four-foundations"))
    }

    @Test func stepLooksUpById() throws {
        let presence = try library.practice("presence")
        #expect(presence.step("after")?.kind == .selfEnergy)
        #expect(presence.step("nope") == nil)
    }

    @Test func readsADirectoryOfPractices() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearth-practices-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let custom = #"""
        {"id": "zz-evening", "version": 2, "title": "Evening", "summary": "Wind down together.", "minutes": 3,
         "steps": [{"id": "one", "kind": "prompt", "text": "What was good today?"}], "closing": "Sleep well."}
        """#
        try Data(custom.utf8).write(to: directory.appendingPathComponent("zz.json"))
        let pause = try JSONEncoder().encode(try library.practice("pause"))
        try pause.write(to: directory.appendingPathComponent("pause.json"))
        try Data("not a practice".utf8).write(to: directory.appendingPathComponent("README.txt"))

        let read = try PracticeLibrary(directory: directory)
        #expect(read.practices.map(\.id) == ["pause", "zz-evening"])
        #expect(read.practices[1].version == 2)
        #expect(try read.practice("pause") == library.practice("pause"))
    }
}

@Suite struct PracticeSessionTests {
    @Test func nextStepIsTheFirstUnanswered() throws {
        let practice = try PracticeLibrary.bundled.practice("four-foundations")
        var session = PracticeSession(ownerID: UUID(), practice: practice)
        #expect(session.practiceID == "four-foundations")
        #expect(session.practiceVersion == practice.version)
        #expect(session.isDraft)
        #expect(session.nextStep(in: practice)?.id == "acceptance")
        session.answers["acceptance"] = .number(7)
        session.answers["respect"] = .number(6)
        #expect(session.nextStep(in: practice)?.id == "care")
        for step in practice.steps { session.answers[step.id] = .skipped }
        #expect(session.nextStep(in: practice) == nil)
        session.completedAt = .hearthNow
        #expect(!session.isDraft)
    }
}
