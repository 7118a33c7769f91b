import Foundation
import HearthLanguage
import Testing
@testable import HearthCore

/// A whole person's history, as an export holds it.
struct SampleHistory {
    let user: User
    let critic: Part
    let littleOne: Part
    let relation: PartRelation
    let pause: Pause
    let checkIn: CheckIn
    let session: PracticeSession

    let exportedAt: Date

    /// By default every time is a whole number of eighths of a second, which binary floating point
    /// holds exactly; pass `start: .hearthNow` and `exact: false` for everyday millisecond times.
    init(owner: UUID = UUID(), start: Date = Date(timeIntervalSince1970: 1_772_000_000.125), exact: Bool = true) {
        func later(_ exactOffset: Double, _ everyday: Double) -> Date {
            start.addingTimeInterval(exact ? exactOffset : everyday).wholeMilliseconds
        }
        exportedAt = later(100_000.25, 100_000.789)
        user = User(id: owner, handle: "maya", displayName: "Maya 🌿", createdAt: start)
        critic = Part(ownerID: owner, name: "Critic", role: .protector, strategies: [.criticizing, .controlling],
                      feelings: ["tense"], burdens: ["If I relax, everything falls apart"], fears: ["being a burden"],
                      needs: ["rest"], triggers: ["dishes in the sink"], feltAge: "about twelve",
                      bodyLocation: "jaw", origin: "A busy house growing up", notes: "Loud on Sunday nights",
                      isShared: true, createdAt: later(1.25, 1.001))
        littleOne = Part(ownerID: owner, name: "Die Kleine 👧🏽", role: .exile, feelings: ["alone"],
                         createdAt: later(2.5, 2.5), updatedAt: later(90.125, 90.042))
        relation = PartRelation(ownerID: owner, fromPartID: critic.id, kind: .protects, toPartID: littleOne.id,
                                createdAt: later(3, 3.003))
        let said = "A part of me felt brushed off when you checked your phone, and it got scared."
        pause = Pause(ownerID: owner, happened: "I told you about my day; you checked your phone twice.",
                      bodySensations: "hot face", activatedPartIDs: [critic.id, littleOne.id],
                      protectorAction: "Wanted to say 'fine, forget it'", exileNeeds: "To matter",
                      selfEnergy: SelfEnergyReading([.calm: 3, .curiosity: 6]), forPart: said,
                      analysis: StoredAnalysis.of(said), isShared: true, createdAt: later(4.75, 4.999))
        checkIn = CheckIn(ownerID: owner, acceptance: 7, mutualCare: 8, mutualRespect: 6, differentiation: 5,
                          sharingDays: 3, note: "We cooked together on Friday.", isNoteShared: true,
                          createdAt: later(86_400.375, 86_400.321))
        session = PracticeSession(
            id: UUID(), ownerID: owner, practiceID: "pause", practiceVersion: 1,
            answers: [
                "happened": .text("You said 'whatever'."),
                "urge": .choices(["Pull away first", "Start a fight"]),
                "trust": .number(6),
                "settle": .timer(60),
                "parts": .parts([.existing(critic.id), .new(name: "Worrier", role: .unknown)]),
                "say": .analyzed(said, StoredAnalysis.of(said)),
                "self": .selfEnergy(SelfEnergyReading([.calm: 3])),
                "body": .skipped,
            ],
            startedAt: later(100, 100.111), completedAt: later(400.5, 400.517))
    }

    var document: HearthExport {
        HearthExport(user: user, parts: [littleOne, critic], relations: [relation], pauses: [pause],
                     checkIns: [checkIn], practiceSessions: [session], exportedAt: exportedAt)
    }
}

/// The encoded sample, changed as a JSON object.
func editedJSON(_ document: HearthExport, _ edit: (inout [String: Any]) -> Void) throws -> Data {
    var object = try #require(try JSONSerialization.jsonObject(with: document.encoded()) as? [String: Any])
    edit(&object)
    return try JSONSerialization.data(withJSONObject: object)
}

/// Changes the first element of a list in a JSON object.
func editFirst(_ key: String, in object: inout [String: Any], _ edit: (inout [String: Any]) -> Void) {
    var list = object[key] as! [[String: Any]]
    edit(&list[0])
    object[key] = list
}

@Suite struct ExportDocumentTests {
    let sample = SampleHistory()

    // MARK: Round trip

    @Test func sortsRecordsByCreationTime() {
        let document = sample.document
        #expect(document.parts.map(\.name) == ["Critic", "Die Kleine 👧🏽"])
        #expect(document.format == HearthExport.formatName)
        #expect(document.version == HearthExport.currentVersion)
    }

    @Test func encodedThenDecodedIsTheSameDocument() throws {
        let document = sample.document
        let decoded = try HearthExport.decode(try document.encoded())
        #expect(decoded == document)
        #expect(decoded.practiceSessions.first?.answers == sample.session.answers)
        #expect(decoded.parts.last?.name == "Die Kleine 👧🏽")
    }

    @Test func encodingIsStableAndReadable() throws {
        let document = sample.document
        let first = try document.encoded()
        #expect(first == (try HearthExport.decode(first).encoded()))
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains(#""format" : "hearth-export""#))
        #expect(text.contains(#""exportedAt" : "2026-02-26T10:00:00.375Z""#))
        #expect(text.contains(#""calm" : 3"#))
    }

    /// An export holding only `date`, read back.
    func roundTripped(_ date: Date) throws -> (text: String, date: Date) {
        let document = HearthExport(user: sample.user, parts: [], relations: [], pauses: [], checkIns: [],
                                    practiceSessions: [], exportedAt: date)
        let data = try document.encoded()
        return (String(decoding: data, as: UTF8.self), try HearthExport.decode(data).exportedAt)
    }

    @Test func datesExactInBinarySurvive() throws {
        for eighths in 0..<8 {
            let date = Date(timeIntervalSince1970: 1_772_000_000 + Double(eighths) / 8)
            #expect(try roundTripped(date).date == date, "\(eighths)/8")
        }
    }

    @Test
    func datesAreWrittenToTheRightMillisecond() throws {
        let date = Date(timeIntervalSince1970: 1_772_000_000.123)
        #expect(try roundTripped(date).text.contains(#""exportedAt" : "2026-02-25T06:13:20.123Z""#))
    }

    @Test
    func datesSurviveToTheMillisecond() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let milliseconds = Int64.random(in: 1_600_000_000_000...1_900_000_000_000, using: &generator)
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            #expect(try roundTripped(date).date == date, "\(milliseconds)")
        }
        let now = Date.hearthNow
        #expect(try roundTripped(now).date == now)
    }

    @Test
    func anEverydayDocumentRoundTrips() throws {
        let document = SampleHistory(start: Date(timeIntervalSince1970: 1_772_000_000.123), exact: false).document
        #expect(try HearthExport.decode(document.encoded()) == document)
    }

    @Test func anEmptyHistoryRoundTrips() throws {
        let document = HearthExport(user: User(handle: "noor"), parts: [], relations: [], pauses: [], checkIns: [],
                                    practiceSessions: [])
        #expect(try HearthExport.decode(document.encoded()) == document)
    }

    // MARK: Decode errors

    func decodeIssues(_ data: Data) -> [ValidationIssue] {
        invalidIssues { () throws(HearthError) in try HearthExport.decode(data) }
    }

    @Test(arguments: ["hello", "", "{\"format\": ", "[1, 2]"])
    func notJSONOrNotAnObjectIsReported(_ text: String) {
        let issues = decodeIssues(Data(text.utf8))
        #expect(issues.count == 1)
        #expect(issues.first?.field == "file")
    }

    @Test func aWrongFormatIsReported() throws {
        let data = try editedJSON(sample.document) { $0["format"] = "some-other-app" }
        let issues = decodeIssues(data)
        #expect(fields(issues) == ["format"])
        #expect(issues.first?.message.contains("hearth-export") == true)
    }

    @Test func aMissingFormatIsReported() throws {
        let data = try editedJSON(sample.document) { $0["format"] = nil }
        #expect(fields(decodeIssues(data)) == ["format"])
    }

    @Test func aWrongVersionIsReportedAsSuch() throws {
        let data = try editedJSON(sample.document) { $0["version"] = 2 }
        let issues = decodeIssues(data)
        #expect(fields(issues) == ["version"])
        #expect(issues.first?.message.contains("version") == true)
        #expect(issues.first?.message.contains("2") == true)
    }

    @Test func aMissingFieldIsReportedWithItsPath() throws {
        let data = try editedJSON(sample.document) { object in editFirst("parts", in: &object) { $0["name"] = nil } }
        let issues = decodeIssues(data)
        #expect(fields(issues) == ["parts[0].name"])
        #expect(issues.first?.message == "is missing")

        let deeper = try editedJSON(sample.document) { object in
            editFirst("checkIns", in: &object) { $0["sharingDays"] = nil }
        }
        #expect(fields(decodeIssues(deeper)) == ["checkIns[0].sharingDays"])

        let user = try editedJSON(sample.document) { object in
            var user = object["user"] as! [String: Any]
            user["handle"] = nil
            object["user"] = user
        }
        #expect(fields(decodeIssues(user)) == ["user.handle"])
    }

    @Test func aWrongTypeIsReportedWithItsPath() throws {
        let data = try editedJSON(sample.document) { object in editFirst("parts", in: &object) { $0["isShared"] = "yes" } }
        let issues = decodeIssues(data)
        #expect(fields(issues) == ["parts[0].isShared"])
        #expect(issues.first?.message.contains("true or false") == true)

        let number = try editedJSON(sample.document) { object in
            editFirst("checkIns", in: &object) { $0["acceptance"] = "seven" }
        }
        #expect(fields(decodeIssues(number)) == ["checkIns[0].acceptance"])

        let list = try editedJSON(sample.document) { $0["pauses"] = "none" }
        #expect(fields(decodeIssues(list)) == ["pauses"])
    }

    @Test func aNullIsReportedWithItsPath() throws {
        let data = try editedJSON(sample.document) { object in
            editFirst("pauses", in: &object) { $0["happened"] = NSNull() }
        }
        let issues = decodeIssues(data)
        #expect(fields(issues) == ["pauses[0].happened"])
        #expect(issues.first?.message.contains("null") == true)
    }

    @Test func aBadDateIsReportedWithItsPath() throws {
        let data = try editedJSON(sample.document) { $0["exportedAt"] = "last Tuesday" }
        let issues = decodeIssues(data)
        #expect(fields(issues) == ["exportedAt"])
        #expect(issues.first?.message.contains("last Tuesday") == true)
    }

    @Test func anUnknownEnumValueIsReportedWithItsPath() throws {
        let data = try editedJSON(sample.document) { object in editFirst("parts", in: &object) { $0["role"] = "manager" } }
        #expect(fields(decodeIssues(data)) == ["parts[0].role"])
    }

    @Test func anUnknownSelfQualityIsReported() throws {
        let data = try editedJSON(sample.document) { object in
            editFirst("pauses", in: &object) { $0["selfEnergy"] = ["joy": 3] }
        }
        let issues = decodeIssues(data)
        #expect(fields(issues) == ["pauses[0].selfEnergy"])
        #expect(issues.first?.message.contains("joy") == true)
    }
}

@Suite struct ImportCheckTests {
    let sample = SampleHistory()

    func checkIssues(_ document: HearthExport) -> [ValidationIssue] {
        invalidIssues { () throws(HearthError) in try ImportCheck.checked(document) }
    }

    @Test func aSoundDocumentPasses() throws {
        let checked = try ImportCheck.checked(sample.document)
        #expect(checked.parts.map(\.id) == sample.document.parts.map(\.id))
        #expect(checked.pauses.first?.isShared == true)
    }

    @Test func recordsAreValidatedOnTheWayIn() throws {
        var document = sample.document
        document.user.handle = " Maya "
        document.parts[0].name = "  Critic  "
        let checked = try ImportCheck.checked(document)
        #expect(checked.user.handle == "maya")
        #expect(checked.parts[0].name == "Critic")
    }

    @Test func aRelationToAPartNotInTheFileIsReported() {
        var document = sample.document
        document.relations[0].fromPartID = UUID()
        #expect(fields(checkIssues(document)) == ["relations[0].fromPartID"])

        document = sample.document
        document.relations[0].toPartID = UUID()
        let issues = checkIssues(document)
        #expect(fields(issues) == ["relations[0].toPartID"])
        #expect(issues.first?.message.contains("not in the file") == true)
    }

    @Test func aRelationOfAPartToItselfIsReported() {
        var document = sample.document
        document.relations[0].toPartID = document.relations[0].fromPartID
        #expect(fields(checkIssues(document)) == ["relations[0]"])
    }

    @Test func recordsOwnedBySomeoneElseAreReported() {
        var document = sample.document
        document.parts[0].ownerID = UUID()
        document.relations[0].ownerID = UUID()
        document.checkIns[0].ownerID = UUID()
        document.practiceSessions[0].ownerID = UUID()
        #expect(fields(checkIssues(document)) == ["parts[0].ownerID", "relations[0].ownerID", "checkIns[0].ownerID",
                                                 "practiceSessions[0].ownerID"])
    }

    @Test func aRepeatedIdIsReportedAcrossKindsOfRecord() {
        var document = sample.document
        document.parts[1].id = document.parts[0].id
        // Relations and pauses point at the surviving id only.
        document.relations = []
        document.pauses[0].activatedPartIDs = [document.parts[0].id]
        document.practiceSessions = []
        document.checkIns[0].id = document.pauses[0].id
        #expect(fields(checkIssues(document)) == ["parts[1].id", "checkIns[0].id"])
    }

    @Test func aRepeatedPartNameIsReportedIgnoringCase() {
        var document = sample.document
        document.parts[1].name = "CRITIC"
        let issues = checkIssues(document)
        #expect(fields(issues) == ["parts[1].name"])
        #expect(issues.first?.message.contains("name") == true)
    }

    @Test
    func aRepeatedPartNameIsReportedAfterTrimming() {
        var document = sample.document
        document.parts[1].name = " critic "
        #expect(fields(checkIssues(document)) == ["parts[1].name"])
    }

    @Test func invalidRecordsAreReportedUnderTheirPath() {
        var document = sample.document
        document.user.handle = "maya rivera"
        document.parts[1].name = " "
        document.pauses[0].happened = ""
        document.checkIns[0].acceptance = 12
        #expect(fields(checkIssues(document)) == ["user.handle", "parts[1].name", "pauses[0].happened",
                                                 "checkIns[0].acceptance"])
    }

    @Test func aPauseNamingAMissingPartIsReportedButAFinishedSessionMayName() {
        var document = sample.document
        document.pauses[0].activatedPartIDs.append(UUID())
        // A finished session is history: the part it named may have been deleted since.
        document.practiceSessions[0].answers["parts"] = .parts([.existing(UUID())])
        #expect(fields(checkIssues(document)) == ["pauses[0].activatedPartIDs"])
    }

    @Test
    func aSessionTextAnswerIsChecked() {
        var document = sample.document
        document.practiceSessions[0].answers["happened"] = .text("we argued\0")
        #expect(fields(checkIssues(document)) == ["practiceSessions[0].answers.happened"])
    }

    @Test func anImportedDisclosureIsMadePrivate() throws {
        var document = sample.document
        document.pauses[0].forPart = "I want to kill myself tonight."
        document.pauses[0].analysis = nil
        document.pauses[0].isShared = true
        let checked = try ImportCheck.checked(document)
        #expect(checked.pauses[0].isShared == false)
        #expect(checked.pauses[0].analysis?.safety == .selfHarm)
    }

    @Test func theErrorIsInvalidWithEveryIssue() {
        var document = sample.document
        document.relations[0].fromPartID = UUID()
        document.parts[0].ownerID = UUID()
        do {
            _ = try ImportCheck.checked(document)
            Issue.record("expected the check to fail")
        } catch {
            guard case .invalid(let issues) = error else {
                Issue.record("expected .invalid, got \(error)")
                return
            }
            #expect(Set(issues.map(\.field)) == ["parts[0].ownerID", "relations[0].fromPartID"])
            #expect(error.description.contains("relations[0].fromPartID: "))
        }
    }
}
