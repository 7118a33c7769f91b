import Testing
@testable import HearthLanguage

/// The JSON Lines reader and writer: escapes, surrogates, bad input, and round trips.
@Suite struct JSONTests {
    func fields(_ line: String) throws -> [String: JSONField] {
        var result: [String: JSONField] = [:]
        var line = line
        try line.withUTF8 { bytes in try JSONLineScanner.scanObject(bytes) { result[$0] = $1 } }
        return result
    }

    @Test func readsStringsWithEscapes() throws {
        let parsed = try fields(#"{"text": "a\"b\\c\nd\u00e9\ud83d\ude00", "n": 12, "x": null, "l": ["a", "b"], "o": {"k": [1, {"z": true}]}}"#)
        #expect(parsed["text"] == .string("a\"b\\c\ndé😀"))
        #expect(parsed["n"] == .other("12"))
        #expect(parsed["x"] == .null)
        #expect(parsed["l"] == .strings(["a", "b"]))
        #expect(parsed["o"] == .other(#"{"k": [1, {"z": true}]}"#))
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        let parsed = try fields(#"{"text": "\ud800x"}"#)
        #expect(parsed["text"] == .string("\u{FFFD}x"))
    }

    @Test(arguments: [
        "", "[]", "{", "{\"a\"}", "{\"a\": }", "{\"a\": \"unterminated}", "{\"a\": 1} trailing",
        "{\"a\": \"\\q\"}", "{\"a\": \"\\u12\"}", "{a: 1}", "{\"a\": tru}",
    ])
    func rejectsMalformedLines(_ line: String) {
        #expect(throws: JSONLineError.self) { try fields(line) }
    }

    @Test func writerEscapesEverythingJSONRequires() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("text")
        writer.string("quote\" slash\\ nul\u{0} bell\u{7} newline\n emoji😀")
        writer.endObject()
        let line = String(decoding: writer.bytes, as: UTF8.self)
        #expect(line == #"{"text":"quote\" slash\\ nul\u0000 bell\u0007 newline\n emoji😀"}"#)
        #expect(try fields(line)["text"] == .string("quote\" slash\\ nul\u{0} bell\u{7} newline\n emoji😀"))
    }

    @Test func analysisJSONHasEveryContractField() throws {
        let analysis = Analyzer.shared.analyze("Café? 😀 You never listen!", role: .speaker)
        let parsed = try fields(analysis.json(id: "m1"))
        for key in ["id", "role", "stance", "depth", "experience", "strategies", "listening", "safety", "reframe",
                    "evidence", "help"] {
            #expect(parsed[key] != nil, "missing \(key)")
        }
        #expect(parsed["id"] == .string("m1"))
        let evidence = try #require(analysis.evidence.first { $0.cue(in: analysis.text) == "You never listen" })
        #expect(evidence.utf8Range == 12..<28)
        // Spans in JSON are in Unicode scalars: "Café? 😀 " is 8 scalars (12 bytes).
        #expect(analysis.json().contains(#""span":[8,24],"cue":"You never listen""#))
    }

    @Test func labelledMessagesAreRead() throws {
        let message = try LabelledMessage(jsonLine: #"{"id": "t1", "role": "listener", "text": "Mm.", "context": "I'm sad.", "stance": "neutral", "depth": "surface", "experience": [], "strategies": [], "listening": "presence", "safety": "none"}"#)
        #expect(message.role == .listener && message.listening == .presence && message.context == "I'm sad.")
        #expect(throws: JSONLineError.self) {
            try LabelledMessage(jsonLine: #"{"id": "t2", "role": "speaker", "text": "x", "stance": "angry", "experience": [], "strategies": [], "listening": null, "safety": "none"}"#)
        }
    }
}
