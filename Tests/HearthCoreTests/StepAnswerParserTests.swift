import Foundation
import Testing
@testable import HearthCore

@Suite struct StepAnswerParserTests {
    let owner = UUID()
    let critic: Part
    let littleOne: Part
    let pleaser: Part
    let parser: StepAnswerParser

    init() {
        critic = Part(ownerID: owner, name: "Critic", role: .protector)
        littleOne = Part(ownerID: owner, name: "Little One", role: .exile)
        pleaser = Part(ownerID: owner, name: "Pleaser", role: .protector)
        parser = StepAnswerParser(parts: [critic, littleOne, pleaser])
    }

    func answer(_ input: String, _ step: PracticeStep) throws(HearthError) -> PracticeAnswer {
        try parser.answer(input, for: step)
    }

    // MARK: Empty answers

    @Test(arguments: [PracticeStep.Kind.prompt, .analyzed, .scale, .choice, .part, .selfEnergy])
    func aRequiredStepNeedsAnAnswer(_ kind: PracticeStep.Kind) {
        let step = PracticeStep(id: "required", kind: kind, text: "?", options: ["Yes", "No"], qualities: [.calm])
        for input in ["", "   ", "\n"] {
            let issues = invalidIssues { () throws(HearthError) in try answer(input, step) }
            #expect(fields(issues) == ["required"])
        }
    }

    @Test(arguments: [PracticeStep.Kind.prompt, .analyzed, .scale, .choice, .part, .selfEnergy])
    func anOptionalStepMaySkip(_ kind: PracticeStep.Kind) throws {
        let step = PracticeStep(id: "maybe", kind: kind, text: "?", optional: true, options: ["Yes"])
        #expect(try answer("  ", step) == .skipped)
    }

    // MARK: Text

    @Test func promptsAreTrimmedText() throws {
        let step = PracticeStep(id: "happened", kind: .prompt, text: "What happened?")
        #expect(try answer("  You checked your phone while I talked about Mum. \n", step)
                == .text("You checked your phone while I talked about Mum."))
        let issues = invalidIssues { () throws(HearthError) in try answer("bad\0text", step) }
        #expect(fields(issues) == ["happened"])
    }

    @Test func analysedTextCarriesItsAnalysis() throws {
        let step = PracticeStep(id: "say", kind: .analyzed, text: "Say it for the part.")
        let text = "A part of me felt brushed off just now, and it got scared."
        guard case .analyzed(let said, let analysis) = try answer(" \(text) ", step) else {
            Issue.record("expected an analysed answer")
            return
        }
        #expect(said == text)
        #expect(analysis == StoredAnalysis.of(text))
    }

    // MARK: Timer

    @Test func timerTakesSecondsOrTheStepsDefault() throws {
        let step = PracticeStep(id: "settle", kind: .timer, text: "Breathe.", seconds: 60)
        #expect(try answer("", step) == .timer(60))
        #expect(try answer("45", step) == .timer(45))
        #expect(try answer("", PracticeStep(id: "t", kind: .timer, text: "")) == .timer(0))
    }

    // MARK: Scale

    @Test func scaleTakesAWholeNumberInRange() throws {
        let step = PracticeStep(id: "sharing", kind: .scale, text: "Days?", min: 0, max: 7)
        #expect(try answer("0", step) == .number(0))
        #expect(try answer(" 7 ", step) == .number(7))
        for bad in ["8", "-1", "three", "2.5"] {
            let issues = invalidIssues { () throws(HearthError) in try answer(bad, step) }
            #expect(fields(issues) == ["sharing"], "\(bad)")
        }
    }

    @Test func scaleDefaultsToZeroToTen() throws {
        let step = PracticeStep(id: "trust", kind: .scale, text: "Trust?")
        #expect(step.scaleRange == 0...10)
        #expect(try answer("10", step) == .number(10))
        #expect(fields(invalidIssues { () throws(HearthError) in try answer("11", step) }) == ["trust"])
    }

    // MARK: Choice

    var urge: PracticeStep {
        PracticeStep(id: "urge", kind: .choice, text: "What do you want to do?",
                     options: ["Text again", "Pull away first", "Start a fight"])
    }

    @Test func choiceByNumberOrText() throws {
        #expect(try answer("2", urge) == .choices(["Pull away first"]))
        #expect(try answer("  start a FIGHT ", urge) == .choices(["Start a fight"]))
    }

    @Test func severalChoicesOnlyWhenMultiple() throws {
        var multiple = urge
        multiple.multiple = true
        #expect(try answer("1, 3", multiple) == .choices(["Text again", "Start a fight"]))
        #expect(try answer("pull away first,1", multiple) == .choices(["Pull away first", "Text again"]))
        #expect(fields(invalidIssues { () throws(HearthError) in try answer("1,3", urge) }) == ["urge"])
    }

    @Test(arguments: ["0", "4", "Cry", "1, Cry"])
    func unknownChoicesAreRejected(_ input: String) {
        var multiple = urge
        multiple.multiple = true
        #expect(fields(invalidIssues { () throws(HearthError) in try answer(input, multiple) }) == ["urge"])
    }

    @Test func onlyCommasPicksNothing() {
        #expect(fields(invalidIssues { () throws(HearthError) in try answer(",,", urge) }) == ["urge"])
    }

    // MARK: Parts

    var anyParts: PracticeStep {
        PracticeStep(id: "parts", kind: .part, text: "Which parts woke up?", multiple: true, allowNew: true)
    }

    @Test func partsByNumberAndByNameIgnoringCase() throws {
        #expect(try answer("1", anyParts) == .parts([.existing(critic.id)]))
        #expect(try answer("little one", anyParts) == .parts([.existing(littleOne.id)]))
        #expect(try answer("3, CRITIC", anyParts) == .parts([.existing(pleaser.id), .existing(critic.id)]))
    }

    @Test func aNewNameIsANewPartWhenAllowed() throws {
        #expect(try answer("2,  The Planner ", anyParts)
                == .parts([.existing(littleOne.id), .new(name: "The Planner", role: .unknown)]))
        // allowNew defaults to true.
        let implicit = PracticeStep(id: "part", kind: .part, text: "Which part?")
        #expect(try answer("Worrier", implicit) == .parts([.new(name: "Worrier", role: .unknown)]))
    }

    @Test func aNewNameIsAnErrorWhenNotAllowed() throws {
        var closed = anyParts
        closed.allowNew = false
        #expect(fields(invalidIssues { () throws(HearthError) in try answer("The Planner", closed) }) == ["parts"])
        #expect(try answer("pleaser", closed) == .parts([.existing(pleaser.id)]))
    }

    @Test func aNumberBeyondThePartsIsAnError() {
        for input in ["0", "4", "-1"] {
            #expect(fields(invalidIssues { () throws(HearthError) in try answer(input, anyParts) }) == ["parts"], "\(input)")
        }
    }

    @Test func aSingleStepTakesOnePart() throws {
        let single = PracticeStep(id: "part", kind: .part, text: "Which part?", multiple: false)
        #expect(try answer("2", single) == .parts([.existing(littleOne.id)]))
        #expect(fields(invalidIssues { () throws(HearthError) in try answer("1, 2", single) }) == ["part"])
    }

    @Test func aNewPartsNameIsChecked() {
        let long = String(repeating: "w", count: TextRules.nameLimit + 1)
        #expect(fields(invalidIssues { () throws(HearthError) in try answer(long, anyParts) }) == ["parts"])
    }

    @Test func aRoleStepOffersAndNumbersOnlyPartsOfThatRole() throws {
        let exileStep = PracticeStep(id: "exile", kind: .part, text: "Which hurting part?", multiple: false,
                                     role: .exile)
        #expect(parser.offeredParts(for: exileStep) == [littleOne])
        #expect(parser.offeredParts(for: anyParts) == [critic, littleOne, pleaser])
        #expect(try answer("1", exileStep) == .parts([.existing(littleOne.id)]))
        #expect(fields(invalidIssues { () throws(HearthError) in try answer("2", exileStep) }) == ["exile"])
        // A part named on the spot takes the step's role.
        #expect(try answer("The Lonely Kid", exileStep) == .parts([.new(name: "The Lonely Kid", role: .exile)]))

        let protectorStep = PracticeStep(id: "guard", kind: .part, text: "Which protector?", role: .protector)
        #expect(parser.offeredParts(for: protectorStep) == [critic, pleaser])
        #expect(try answer("2", protectorStep) == .parts([.existing(pleaser.id)]))
    }

    @Test func withNoPartsANumberIsAnError() {
        let empty = StepAnswerParser(parts: [])
        #expect(throws: HearthError.self) { try empty.answer("1", for: anyParts) }
    }

    // MARK: Self-energy

    var selfStep: PracticeStep {
        PracticeStep(id: "self", kind: .selfEnergy, text: "How much?", qualities: [.calm, .curiosity, .compassion])
    }

    @Test func selfEnergyNumbersFollowTheStepsQualities() throws {
        #expect(try answer("4 5 6", selfStep) == .selfEnergy(SelfEnergyReading([.calm: 4, .curiosity: 5, .compassion: 6])))
        #expect(try answer("4, 5, 6", selfStep) == .selfEnergy(SelfEnergyReading([.calm: 4, .curiosity: 5, .compassion: 6])))
        let reordered = PracticeStep(id: "after", kind: .selfEnergy, text: "",
                                     qualities: [.connectedness, .calm])
        #expect(try answer("9 2", reordered) == .selfEnergy(SelfEnergyReading([.connectedness: 9, .calm: 2])))
    }

    @Test(arguments: ["4 5", "4 5 6 7", "4 five 6"])
    func selfEnergyNeedsOneNumberPerQuality(_ input: String) {
        let issues = invalidIssues { () throws(HearthError) in try answer(input, selfStep) }
        #expect(fields(issues) == ["self"])
        #expect(issues.first?.message.contains("3 numbers") == true)
    }

    @Test func selfEnergyValuesMustBeInRange() {
        #expect(throws: HearthError.self) { try answer("4 5 11", selfStep) }
    }

    @Test func selfEnergyAcceptsTheNamedForm() throws {
        #expect(try answer("compassion=7", selfStep) == .selfEnergy(SelfEnergyReading([.compassion: 7])))
    }

    @Test func withoutQualitiesAllEightAreAsked() throws {
        let step = PracticeStep(id: "all", kind: .selfEnergy, text: "")
        let reading = try answer("1 2 3 4 5 6 7 8", step)
        #expect(reading == .selfEnergy(SelfEnergyReading(Dictionary(uniqueKeysWithValues:
            zip(SelfQuality.allCases, 1...8).map { ($0, $1) }))))
        #expect(throws: HearthError.self) { try answer("1 2 3", step) }
    }

    // MARK: Bundled steps

    @Test func parsesTheBundledPauseSteps() throws {
        let pause = try PracticeLibrary.bundled.practice("pause")
        let parts = try #require(pause.step("parts"))
        #expect(try answer("1, Rescuer", parts) == .parts([.existing(critic.id), .new(name: "Rescuer", role: .unknown)]))
        let selfStep = try #require(pause.step("self"))
        #expect(try answer("3 6 5", selfStep)
                == .selfEnergy(SelfEnergyReading([.calm: 3, .curiosity: 6, .compassion: 5])))
        let body = try #require(pause.step("body"))
        #expect(try answer("", body) == .skipped)
        let happened = try #require(pause.step("happened"))
        #expect(throws: HearthError.self) { try answer("", happened) }
    }

    @Test func parsesTheBundledCheckInSharingStep() throws {
        let sharing = try #require(try PracticeLibrary.bundled.practice("four-foundations").step("sharing"))
        #expect(try answer("7", sharing) == .number(7))
        #expect(throws: HearthError.self) { try answer("8", sharing) }
    }
}
