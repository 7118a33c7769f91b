import Foundation
import Testing
@testable import HearthCore

@Suite struct SelfEnergyTests {
    @Test func parsesTheCommandLineForm() throws {
        let reading = try SelfEnergyReading(parsing: "calm=4, curiosity=6")
        #expect(reading[.calm] == 4)
        #expect(reading[.curiosity] == 6)
        #expect(reading[.compassion] == nil)
        #expect(reading.values.count == 2)
        #expect(reading.average == 5)
    }

    @Test func toleratesCaseSpacesAndATrailingComma() throws {
        let reading = try SelfEnergyReading(parsing: " Calm = 3 ,COURAGE=7, ")
        #expect(reading == SelfEnergyReading([.calm: 3, .courage: 7]))
    }

    @Test func anEmptyTextIsAnEmptyReading() throws {
        let reading = try SelfEnergyReading(parsing: "  ")
        #expect(reading.isEmpty)
        #expect(reading.average == nil)
    }

    @Test(arguments: ["joy=4", "calm", "calm=four", "calm:4", "calm=4,patience=2"])
    func rejectsUnknownQualitiesAndMalformedItems(_ text: String) {
        let issues = invalidIssues { () throws(HearthError) in try SelfEnergyReading(parsing: text) }
        #expect(fields(issues) == ["self"])
        #expect(issues.first?.message.contains("curiosity") == true)
    }

    @Test(arguments: [("calm=11", "self.calm"), ("clarity=-1", "self.clarity"), ("courage=100", "self.courage")])
    func rejectsValuesOutsideZeroToTen(_ text: String, _ field: String) {
        let issues = invalidIssues { () throws(HearthError) in try SelfEnergyReading(parsing: text) }
        #expect(fields(issues) == [field])
    }

    @Test func acceptsTheEdges() throws {
        #expect(try SelfEnergyReading(parsing: "calm=0,connectedness=10") == SelfEnergyReading([.calm: 0, .connectedness: 10]))
    }

    @Test func issuesAreListedInQualityOrder() {
        let reading = SelfEnergyReading([.connectedness: 12, .calm: -3, .clarity: 5, .curiosity: 11])
        #expect(fields(reading.issues(field: "self")) == ["self.calm", "self.curiosity", "self.connectedness"])
    }

    @Test func qualitiesAreOrderedAsTheEight() {
        #expect(SelfQuality.allCases.count == 8)
        #expect(SelfQuality.calm < .curiosity)
        #expect(SelfQuality.clarity < .connectedness)
        #expect(!(SelfQuality.connectedness < .calm))
    }

    @Test func encodesAsAnObjectKeyedByQuality() throws {
        let data = try JSONEncoder().encode(SelfEnergyReading([.calm: 4]))
        #expect(String(decoding: data, as: UTF8.self) == #"{"calm":4}"#)
        let object = try #require(try JSONSerialization.jsonObject(with: try JSONEncoder()
            .encode(SelfEnergyReading([.calm: 4, .compassion: 8]))) as? [String: Int])
        #expect(object == ["calm": 4, "compassion": 8])
    }

    @Test func decodesAndRoundTrips() throws {
        let reading = try JSONDecoder().decode(SelfEnergyReading.self, from: Data(#"{"calm":4,"courage":7}"#.utf8))
        #expect(reading == SelfEnergyReading([.calm: 4, .courage: 7]))
        let every = SelfEnergyReading(Dictionary(uniqueKeysWithValues: SelfQuality.allCases.enumerated()
            .map { ($1, $0) }))
        #expect(try JSONDecoder().decode(SelfEnergyReading.self, from: JSONEncoder().encode(every)) == every)
        #expect(try JSONDecoder().decode(SelfEnergyReading.self, from: Data("{}".utf8)).isEmpty)
    }

    @Test func refusesToDecodeAnUnknownQuality() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SelfEnergyReading.self, from: Data(#"{"joy":3}"#.utf8))
        }
    }
}
