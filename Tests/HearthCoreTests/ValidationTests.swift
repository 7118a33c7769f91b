import Foundation
import HearthLanguage
import Testing
@testable import HearthCore

@Suite struct PartValidationTests {
    let owner = UUID()

    @Test func trimsNameAndTextsAndDropsEmptyListItems() throws {
        let part = Part(ownerID: owner, name: "  The Little One \n", role: .exile,
                        feelings: ["  scared ", "   ", "small\t"], needs: ["\nto be chosen"],
                        feltAge: " about seven ", bodyLocation: " a knot in my stomach ",
                        origin: "\n\nWhen Dad left.  ", notes: "  Shows up when Priya works late. ")
        let valid = try part.validated()
        #expect(valid.name == "The Little One")
        #expect(valid.feelings == ["scared", "small"])
        #expect(valid.needs == ["to be chosen"])
        #expect(valid.feltAge == "about seven")
        #expect(valid.bodyLocation == "a knot in my stomach")
        #expect(valid.origin == "When Dad left.")
        #expect(valid.notes == "Shows up when Priya works late.")
        #expect(valid.id == part.id)
    }

    @Test(arguments: ["", "   ", "\n\t "])
    func rejectsAnEmptyName(_ name: String) {
        let issues = invalidIssues { () throws(HearthError) in try Part(ownerID: owner, name: name).validated() }
        #expect(fields(issues) == ["name"])
    }

    @Test func rejectsNULCharacters() {
        let issues = invalidIssues { () throws(HearthError) in
            try Part(ownerID: owner, name: "Crit\0ic", feelings: ["fine", "an\0gry"], notes: "nul\0here").validated()
        }
        #expect(Set(fields(issues)) == ["name", "feelings[1]", "notes"])
        #expect(issues.allSatisfy { $0.message.contains("NUL") })
    }

    @Test func nameLimitIsInclusive() throws {
        let longest = String(repeating: "a", count: TextRules.nameLimit)
        #expect(try Part(ownerID: owner, name: longest).validated().name == longest)
        let issues = invalidIssues { () throws(HearthError) in
            try Part(ownerID: owner, name: longest + "b").validated()
        }
        #expect(fields(issues) == ["name"])
        #expect(issues.first?.message.contains("\(TextRules.nameLimit)") == true)
    }

    @Test func limitsCountCharactersNotBytes() throws {
        // 120 family emoji are 120 characters, though many more bytes and scalars.
        let family = String(repeating: "👨‍👩‍👧", count: TextRules.nameLimit)
        #expect(family.utf8.count > TextRules.nameLimit)
        #expect(try Part(ownerID: owner, name: family).validated().name == family)
    }

    @Test func shortFieldsUseTheNameLimitAndLongOnesTheTextLimit() throws {
        let tooLongForAName = String(repeating: "x", count: TextRules.nameLimit + 1)
        let issues = invalidIssues { () throws(HearthError) in
            try Part(ownerID: owner, name: "Worrier", triggers: [tooLongForAName], feltAge: tooLongForAName,
                     bodyLocation: tooLongForAName, origin: tooLongForAName).validated()
        }
        #expect(Set(fields(issues)) == ["triggers[0]", "feltAge", "bodyLocation"])

        let longestText = String(repeating: "y", count: TextRules.textLimit)
        #expect(try Part(ownerID: owner, name: "Worrier", notes: longestText).validated().notes == longestText)
        let tooLong = invalidIssues { () throws(HearthError) in
            try Part(ownerID: owner, name: "Worrier", notes: longestText + "y").validated()
        }
        #expect(fields(tooLong) == ["notes"])
    }

    @Test func reportsEveryIssueAtOnce() {
        let issues = invalidIssues { () throws(HearthError) in
            try Part(ownerID: owner, name: " ", role: .exile, strategies: [.pleasing],
                     notes: "\0").validated()
        }
        #expect(Set(fields(issues)) == ["name", "notes", "strategies"])
    }

    @Test(arguments: [PartRole.exile, .unknown])
    func onlyProtectorsHaveStrategies(_ role: PartRole) {
        let issues = invalidIssues { () throws(HearthError) in
            try Part(ownerID: owner, name: "Peacekeeper", role: role, strategies: [.pleasing]).validated()
        }
        #expect(fields(issues) == ["strategies"])
    }

    @Test func protectorStrategiesAreKeptInContractOrderWithoutRepeats() throws {
        let part = Part(ownerID: owner, name: "Fixer", role: .protector,
                        strategies: [.criticizing, .fixing, .criticizing, .controlling])
        #expect(try part.validated().strategies == [.fixing, .controlling, .criticizing])
    }

    @Test(arguments: [
        "Die Kleine 👧🏽",
        "👨‍👩‍👧 the one who holds us together",
        "القلب الصغير",
        "הילדה הקטנה",
        "Zoe\u{0308}'s worrier",           // combining diaeresis
        "Zo\u{00EB}'s worrier",            // precomposed
        "e\u{0301}\u{0323} stacked marks",
        "left \u{200F}mark\u{200E} right",
        "🏳️‍🌈 proud one",
    ])
    func keepsUnicodeExactly(_ name: String) throws {
        let part = try Part(ownerID: owner, name: name, feelings: [name], notes: name).validated()
        // Compare scalars: String == would accept a canonically equivalent but different spelling.
        #expect(Array(part.name.unicodeScalars) == Array(name.unicodeScalars))
        #expect(Array(part.feelings[0].unicodeScalars) == Array(name.unicodeScalars))
        #expect(Array(part.notes.unicodeScalars) == Array(name.unicodeScalars))
    }
}

@Suite struct CheckInValidationTests {
    let owner = UUID()

    func make(acceptance: Int = 5, care: Int = 5, respect: Int = 5, differentiation: Int = 5, sharing: Int = 3,
              note: String = "") -> CheckIn {
        checkIn(owner, on: utc(2026, 5, 3), acceptance: acceptance, care: care, respect: respect,
                differentiation: differentiation, sharing: sharing, note: note)
    }

    @Test func acceptsTheEdgesOfEveryRange() throws {
        _ = try make(acceptance: 0, care: 10, respect: 0, differentiation: 10, sharing: 0).validated()
        _ = try make(sharing: 7).validated()
        #expect(CheckIn.ratingRange == 0...10)
        #expect(CheckIn.sharingDaysRange == 0...7)
    }

    @Test func rejectsRatingsOutsideZeroToTen() {
        let issues = invalidIssues { () throws(HearthError) in
            try make(acceptance: 11, care: -1, respect: 10, differentiation: 42).validated()
        }
        #expect(fields(issues) == ["acceptance", "mutual_care", "differentiation"])
        #expect(issues.first?.message.contains("11") == true)
    }

    @Test(arguments: [-1, 8, 14])
    func rejectsSharingDaysOutsideAWeek(_ days: Int) {
        let issues = invalidIssues { () throws(HearthError) in try make(sharing: days).validated() }
        #expect(fields(issues) == ["sharingDays"])
    }

    @Test func trimsTheNoteAndRejectsNUL() throws {
        #expect(try make(note: "  We cooked together on Friday. \n").validated().note == "We cooked together on Friday.")
        let issues = invalidIssues { () throws(HearthError) in try make(note: "tired\0").validated() }
        #expect(fields(issues) == ["note"])
    }
}

@Suite struct UserValidationTests {
    @Test func handleIsTrimmedAndLowercased() throws {
        let user = try User(handle: "  Sam.Rivera_2 ", displayName: "Sam Rivera").validated()
        #expect(user.handle == "sam.rivera_2")
        #expect(user.displayName == "Sam Rivera")
    }

    @Test func displayNameDefaultsToTheHandle() {
        #expect(User(handle: "noor").displayName == "noor")
    }

    @Test(arguments: ["", "   ", "sam rivera", "sam!", "zoë", "sam/../root", "sam@home", "🙂",
                      String(repeating: "a", count: 41)])
    func rejectsInvalidHandles(_ handle: String) {
        let issues = invalidIssues { () throws(HearthError) in
            try User(handle: handle, displayName: "Someone").validated()
        }
        #expect(fields(issues) == ["handle"])
    }

    @Test(arguments: ["a", "sam", "sam-rivera", "s.r_9", String(repeating: "z", count: 40)])
    func acceptsValidHandles(_ handle: String) throws {
        #expect(User.isValidHandle(handle))
        #expect(try User(handle: handle).validated().handle == handle)
    }

    @Test func displayNameMustNotBeEmptyAndKeepsUnicode() throws {
        let issues = invalidIssues { () throws(HearthError) in try User(handle: "sam", displayName: "  ").validated() }
        #expect(fields(issues) == ["displayName"])
        let name = "Zoë 🌻 زهرة"
        #expect(Array(try User(handle: "zoe", displayName: " \(name) ").validated().displayName.unicodeScalars)
                == Array(name.unicodeScalars))
    }
}

@Suite struct PauseValidationTests {
    let owner = UUID()

    @Test(arguments: ["", "  \n "])
    func requiresWhatHappened(_ happened: String) {
        let issues = invalidIssues { () throws(HearthError) in try Pause(ownerID: owner, happened: happened).validated() }
        #expect(fields(issues) == ["happened"])
    }

    @Test func trimsTextsAndChecksNUL() throws {
        let pause = try Pause(ownerID: owner, happened: "  I asked about the weekend; you looked at your phone. ",
                              bodySensations: " hot face ").validated()
        #expect(pause.happened == "I asked about the weekend; you looked at your phone.")
        #expect(pause.bodySensations == "hot face")
        let issues = invalidIssues { () throws(HearthError) in
            try Pause(ownerID: owner, happened: "ok", protectorAction: "snap\0", exileNeeds: "\0").validated()
        }
        #expect(fields(issues) == ["protectorAction", "exileNeeds"])
    }

    @Test func checksSelfEnergyAndRepeatedParts() {
        let part = UUID()
        let issues = invalidIssues { () throws(HearthError) in
            try Pause(ownerID: owner, happened: "You said 'whatever'.", activatedPartIDs: [part, part],
                      selfEnergy: SelfEnergyReading([.calm: 11, .curiosity: 4])).validated()
        }
        #expect(Set(fields(issues)) == ["selfEnergy.calm", "activatedPartIDs"])
    }

    @Test func analysesWhatItSaysForThePart() throws {
        let pause = try Pause(ownerID: owner, happened: "We argued about the dishes again.",
                              forPart: "You never listen to me, you always make it about you.").validated()
        #expect(pause.analysis != nil)
        let gentle = try Pause(ownerID: owner, happened: "You were late for dinner.",
                               forPart: "A part of me felt forgotten when dinner went cold.").validated()
        #expect(gentle.analysis != nil)
    }

    @Test func noTextMeansNoAnalysis() throws {
        let stale = StoredAnalysis(stance: .fromPart, depth: .surface, experience: [], strategies: [.criticizing],
                                   safety: .none, reframe: "something")
        let pause = try Pause(ownerID: owner, happened: "You left without saying goodbye.", forPart: "   ",
                              analysis: stale).validated()
        #expect(pause.forPart == "")
        #expect(pause.analysis == nil)
    }

    @Test func aSelfHarmDisclosureIsNeverShared() throws {
        let pause = try Pause(ownerID: owner, happened: "Another fight about money, and he walked out.",
                              forPart: "I want to kill myself tonight.", isShared: true).validated()
        let analysis = try #require(pause.analysis)
        #expect(analysis.isSafetyDisclosure)
        #expect(analysis.safety == .selfHarm)
        #expect(pause.isShared == false)
    }

    @Test func aSafeTextKeepsItsSharing() throws {
        let pause = try Pause(ownerID: owner, happened: "She forgot our anniversary dinner.",
                              forPart: "A part of me felt unimportant tonight, and it wants to be held.",
                              isShared: true).validated()
        #expect(pause.analysis?.isSafetyDisclosure == false)
        #expect(pause.isShared)
    }

    @Test func aDisclosureStaysPrivateEvenIfTheFileSaysSharedAndSafe() throws {
        let text = "I keep thinking about ending my life."
        let stale = StoredAnalysis(stance: .forPart, depth: .experience, experience: [.feeling], strategies: [],
                                   safety: .none, reframe: nil)
        let pause = try Pause(ownerID: owner, happened: "We fought again.", forPart: text,
                              analysis: stale, isShared: true).validated()
        #expect(pause.analysis == stale)   // the stored reading is kept as history...
        #expect(pause.disclosesDanger)     // ...but the words themselves decide
        #expect(pause.isShared == false)
    }
}

@Suite struct ValidationIssueTests {
    @Test func nestsUnderAParentPath() {
        let issue = ValidationIssue(field: "name", message: "must not be empty")
        #expect(issue.nested(under: "parts[2]").field == "parts[2].name")
        #expect(issue.nested(under: "").field == "name")
        #expect(issue.description == "name: must not be empty")
    }

    @Test func errorDescriptionListsEveryIssue() {
        let error = HearthError.invalid([ValidationIssue(field: "a", message: "one"),
                                         ValidationIssue(field: "b", message: "two")])
        #expect(error.description == "a: one\nb: two")
        #expect(HearthError.notFound("Part 'Critic'").description == "Part 'Critic' not found")
    }

    @Test func checkerTrimsAndChecksRanges() {
        var checker = TextRules.Checker()
        #expect(checker.text("  hello \n", field: "x") == "hello")
        checker.range(4, 0...3, field: "n")
        checker.range(3, 0...3, field: "m")
        #expect(fields(checker.issues) == ["n"])
        #expect(throws: HearthError.self) { try checker.check() }
    }
}
