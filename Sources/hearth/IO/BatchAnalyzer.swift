import HearthLanguage

/// Analyses JSON Lines one line at a time, writing results in large blocks to standard output.
struct BatchAnalyzer {
    let analyzer: Analyzer
    let strict: Bool
    private(set) var lineNumber = 0
    private(set) var failures = 0
    private(set) var stopped = false
    private var output = JSONWriter(reservingCapacity: 1 << 20)

    init(analyzer: Analyzer, strict: Bool) {
        self.analyzer = analyzer
        self.strict = strict
    }

    /// Handles one input line; returns false when the run should stop.
    mutating func process(_ line: UnsafeBufferPointer<UInt8>) throws -> Bool {
        lineNumber += 1
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return true }
        do {
            let request = try MessageRequest(line: line)
            analyzer.analyze(request.text, role: request.role, context: request.context)
                .writeJSON(id: request.id, into: &output)
            output.newline()
        } catch {
            failures += 1
            Terminal.printError("hearth: line \(lineNumber): \(error)")
            if strict {
                stopped = true
                return false
            }
        }
        if output.bytes.count >= 1 << 20 { try flush() }
        return true
    }

    /// Writes what is buffered to standard output.
    mutating func flush() throws {
        try output.bytes.withUnsafeBytes { try Terminal.write($0, to: Terminal.standardOutput) }
        output.reset()
    }
}

/// One input line of `hearth analyze --jsonl`, checked.
struct MessageRequest {
    var id: String?
    var role: Role = .speaker
    var text: String
    var context: String?

    init(line: UnsafeBufferPointer<UInt8>) throws {
        var id: String?
        var roleField: JSONField?
        var text: String?
        var context: String?
        var problem: String?
        do {
            try JSONLineScanner.scanObject(line) { key, value in
                switch key {
                case "id": id = value.text
                case "role": roleField = value
                case "text":
                    if case .string(let value) = value { text = value } else { problem = "\"text\" must be a string" }
                case "context":
                    switch value {
                    case .string(let value): context = value
                    case .null: break
                    default: problem = "\"context\" must be a string or null"
                    }
                default: break
                }
            }
        } catch {
            throw RequestError(message: "not a JSON object: \(error)")
        }
        if let problem { throw RequestError(message: problem) }
        guard let text else { throw RequestError(message: "missing \"text\"") }
        guard text.utf8.count <= AnalyzeCommand.maximumMessageBytes else {
            throw RequestError(message: "\"text\" is longer than 1 MB")
        }
        switch roleField {
        case nil, .null?: role = .speaker
        case .string(let raw)?:
            guard let value = Role(rawValue: raw) else {
                throw RequestError(message: "\"role\" must be \"speaker\" or \"listener\", not \"\(raw.prefix(40))\"")
            }
            role = value
        default: throw RequestError(message: "\"role\" must be \"speaker\" or \"listener\"")
        }
        self.id = id
        self.text = text
        self.context = context
    }
}

/// What was wrong with an input line.
struct RequestError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
