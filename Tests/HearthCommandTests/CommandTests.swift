import Foundation
import Testing

/// Runs the real `hearth` executable, as a person or a script would.
@Suite struct CommandTests {
    func hearth(_ arguments: [String], input: Data = Data()) throws -> HearthProcess.Run {
        try HearthProcess.run(arguments, input: input)
    }

    func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func coachShowsFindingsAndAReframe() throws {
        let run = try hearth(["coach", "You never listen to me."])
        #expect(run.status == 0)
        #expect(run.output.contains("[You never listen]"))
        #expect(run.output.contains("Speaking from a part"))
        #expect(run.output.contains("Try saying it for the part:"))
        #expect(run.output.contains("part of me"))
    }

    @Test func coachForAListenerNamesTheListening() throws {
        let run = try hearth(["coach", "--listener", "--context", "I had an awful day.", "You should just quit."])
        #expect(run.status == 0)
        #expect(run.output.contains("listening: advice"))
    }

    @Test func coachShowsHelpFirstForSafety() throws {
        let selfHarm = try hearth(["coach", "I want to kill myself."])
        let firstLines = selfHarm.output.split(separator: "\n").prefix(4).joined(separator: "\n")
        #expect(firstLines.contains("findahelpline.com"))
        #expect(firstLines.contains("988"))
        #expect(firstLines.contains("116 123"))
        let abuse = try hearth(["coach", "He hit me again last night and I'm scared to go home."])
        #expect(abuse.output.contains("1-800-799-7233"))
        #expect(abuse.output.contains("text START to 88788"))
        #expect(abuse.output.contains("Couples exercises are not advised"))
        let hotline = try #require(abuse.output.range(of: "1-800-799-7233"))
        let message = try #require(abuse.output.range(of: "hit me"))
        #expect(hotline.lowerBound < message.lowerBound)
    }

    @Test func coachPrintsJSON() throws {
        let run = try hearth(["coach", "--json", "I'm scared we're drifting apart."])
        let object = try #require(try jsonLines(run.output).first)
        #expect(object["stance"] as? String == "for_part")
        #expect(object["depth"] as? String == "experience")
    }

    @Test func analyzeStreamsJSONLines() throws {
        let input = """
            {"id": "a", "role": "speaker", "text": "You always do this!"}
            {"id": 7, "role": "listener", "text": "It sounds like it really hurt.", "context": "She laughed at me."}

            {"id": "c", "text": "Dinner at 7?"}
            """
        let run = try hearth(["analyze", "--jsonl"], input: Data(input.utf8))
        #expect(run.status == 0, "\(run.errors)")
        let lines = try jsonLines(run.output)
        #expect(lines.map { $0["id"] as? String } == ["a", "7", "c"])
        #expect(lines[0]["stance"] as? String == "from_part")
        #expect(lines[1]["listening"] as? String == "presence")
        #expect(lines[2]["listening"] is NSNull)
    }

    @Test func aBadLineIsReportedAndTheRunGoesOn() throws {
        let input = """
            {"id": "ok1", "text": "Thanks for dinner."}
            {"id": "broken", "text": 
            {"id": "norole", "role": "narrator", "text": "Hi"}
            {"id": "ok2", "text": "See you soon."}
            """
        let run = try hearth(["analyze", "--jsonl"], input: Data(input.utf8))
        #expect(run.status == 1)
        #expect(try jsonLines(run.output).map { $0["id"] as? String } == ["ok1", "ok2"])
        #expect(run.errors.contains("line 2:"))
        #expect(run.errors.contains("line 3:"))
        #expect(run.errors.contains("\"role\" must be"))
        #expect(run.errors.contains("2 of 4 lines"))
    }

    @Test func strictStopsAtTheFirstBadLine() throws {
        let input = "{\"id\": \"ok\", \"text\": \"Hi\"}\nnot json\n{\"id\": \"after\", \"text\": \"Hi\"}\n"
        let run = try hearth(["analyze", "--jsonl", "--strict"], input: Data(input.utf8))
        #expect(run.status == 1)
        #expect(try jsonLines(run.output).map { $0["id"] as? String } == ["ok"])
        #expect(run.errors.contains("line 2:"))
    }

    @Test func invalidUTF8AndNULAreSurvived() throws {
        var input = Data("{\"id\": \"x\", \"text\": \"caf".utf8)
        input.append(contentsOf: [0xC3, 0x28, 0xFF, 0xFE])
        input.append(Data(" \\u0000 end\"}\n".utf8))
        let run = try hearth(["analyze", "--jsonl"], input: input)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try jsonLines(run.output).first?["id"] as? String == "x")
    }

    @Test func filesAreReadAndMissingFilesExplained() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-\(UUID()).jsonl")
        try Data("{\"id\": \"f\", \"text\": \"I miss you.\"}".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try hearth(["analyze", "--jsonl", file.path])
        #expect(try jsonLines(run.output).first?["id"] as? String == "f")
        let missing = try hearth(["analyze", "--jsonl", "/nonexistent/hearth.jsonl"])
        #expect(missing.status != 0)
        #expect(missing.errors.contains("cannot open /nonexistent/hearth.jsonl"))
    }

    @Test func analyzeWithoutTheFormatFlagExplainsItself() throws {
        let run = try hearth(["analyze"])
        #expect(run.status != 0)
        #expect(run.errors.contains("--jsonl"))
    }
}
