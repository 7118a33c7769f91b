/// A value found at the top level of a JSON object line.
public enum JSONField: Sendable, Equatable {
    case string(String)
    case null
    case strings([String])
    /// Any other value (a number, a boolean, a nested object) as its raw JSON text.
    case other(String)

    /// The value as text: strings as they are, other values as their JSON.
    public var text: String? {
        switch self {
        case .string(let value), .other(let value): value
        case .null, .strings: nil
        }
    }
}

/// Why a line is not the JSON object expected, and where (a byte offset within the line).
public struct JSONLineError: Error, Equatable, CustomStringConvertible {
    public let reason: String
    public let offset: Int
    public var description: String { "\(reason) at byte \(offset + 1)" }
}

/// Reads one line of JSON Lines that holds an object, field by field, without building a tree.
///
/// Strings are decoded with full escape handling (`\uXXXX` with surrogate pairs); invalid
/// UTF-8 becomes U+FFFD rather than an error, so no input can crash a batch.
public struct JSONLineScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Calls `visit` with each key and value of the object in `line`.
    public static func scanObject(
        _ line: UnsafeBufferPointer<UInt8>, _ visit: (String, JSONField) -> Void
    ) throws(JSONLineError) {
        var scanner = JSONLineScanner(line)
        try scanner.scanObject(visit)
    }

    private mutating func scanObject(_ visit: (String, JSONField) -> Void) throws(JSONLineError) {
        skipSpace()
        try expect(UInt8(ascii: "{"), "expected a JSON object")
        skipSpace()
        if peek() == UInt8(ascii: "}") { position += 1; try expectEnd(); return }
        while true {
            skipSpace()
            guard peek() == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
            let key = try readString()
            skipSpace()
            try expect(UInt8(ascii: ":"), "expected ':' after a key")
            skipSpace()
            visit(key, try readField())
            skipSpace()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            try expect(UInt8(ascii: "}"), "expected ',' or '}'")
            try expectEnd()
            return
        }
    }

    private mutating func readField() throws(JSONLineError) -> JSONField {
        switch peek() {
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "n"):
            try expectWord("null")
            return .null
        case UInt8(ascii: "["):
            let start = position
            position += 1
            skipSpace()
            var strings: [String] = []
            if peek() == UInt8(ascii: "]") { position += 1; return .strings([]) }
            while true {
                skipSpace()
                guard peek() == UInt8(ascii: "\"") else {
                    position = start
                    return .other(try rawValue())
                }
                strings.append(try readString())
                skipSpace()
                if peek() == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "]"), "expected ',' or ']'")
                return .strings(strings)
            }
        default: return .other(try rawValue())
        }
    }

    /// Skips any JSON value and returns its text.
    private mutating func rawValue() throws(JSONLineError) -> String {
        let start = position
        try skipValue(depth: 0)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private mutating func skipValue(depth: Int) throws(JSONLineError) {
        guard depth < 64 else { throw fail("nested too deeply") }
        skipSpace()
        guard let byte = peek() else { throw fail("expected a value") }
        switch byte {
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            position += 1
            skipSpace()
            if peek() == close { position += 1; return }
            while true {
                if byte == UInt8(ascii: "{") {
                    skipSpace()
                    guard peek() == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
                    _ = try readString()
                    skipSpace()
                    try expect(UInt8(ascii: ":"), "expected ':' after a key")
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                if peek() == UInt8(ascii: ",") { position += 1; continue }
                try expect(close, "expected ',' or a closing bracket")
                return
            }
        case UInt8(ascii: "t"): try expectWord("true")
        case UInt8(ascii: "f"): try expectWord("false")
        case UInt8(ascii: "n"): try expectWord("null")
        default:
            let start = position
            while let next = peek(), next == UInt8(ascii: "-") || next == UInt8(ascii: "+") || next == UInt8(ascii: ".")
                || next == UInt8(ascii: "e") || next == UInt8(ascii: "E") || (next >= 0x30 && next <= 0x39) {
                position += 1
            }
            if position == start { throw fail("unexpected character") }
        }
    }

    private mutating func readString() throws(JSONLineError) -> String {
        position += 1  // opening quote
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
            if byte < 0x20 { throw fail("control character inside a string") }
            position += 1
        }
        throw fail("unterminated string")
    }

    private mutating func readEscapedString(from start: Int) throws(JSONLineError) -> String {
        var decoded = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: decoded, as: UTF8.self)
            }
            if byte < 0x20 { throw fail("control character inside a string") }
            guard byte == UInt8(ascii: "\\") else { decoded.append(byte); position += 1; continue }
            position += 1
            guard let escape = peek() else { break }
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "u"):
                var scalar = try readHex4()
                if (0xD800..<0xDC00).contains(scalar), peek() == UInt8(ascii: "\\"),
                   position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") {
                    position += 2
                    let low = try readHex4()
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        appendScalar(0xFFFD, to: &decoded)
                        scalar = low
                    }
                }
                appendScalar(scalar, to: &decoded)
            default: throw fail("unknown escape in a string")
            }
        }
        throw fail("unterminated string")
    }

    private mutating func readHex4() throws(JSONLineError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw fail("bad hex digit in a \\u escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private func appendScalar(_ value: UInt32, to decoded: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        decoded.append(contentsOf: UTF8.encode(scalar)!)
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A else { return }
            position += 1
        }
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func expect(_ byte: UInt8, _ reason: String) throws(JSONLineError) {
        guard peek() == byte else { throw fail(reason) }
        position += 1
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONLineError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw fail("unexpected end of line") }
        for index in 0..<count where bytes[position + index] != word.utf8Start[index] {
            throw fail("unexpected character")
        }
        position += count
    }

    private mutating func expectEnd() throws(JSONLineError) {
        skipSpace()
        if position != bytes.count { throw fail("unexpected text after the object") }
    }

    private func fail(_ reason: String) -> JSONLineError { JSONLineError(reason: reason, offset: position) }
}
