#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// File descriptors and terminal facts, without Foundation.
enum Terminal {
    static let standardInput: Int32 = 0
    static let standardOutput: Int32 = 1
    static let standardError: Int32 = 2

    /// Whether a descriptor is a terminal a person is looking at (and colour is welcome).
    static func isInteractive(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && getenv("NO_COLOR") == nil && (getenv("TERM").map { String(cString: $0) } ?? "") != "dumb"
    }

    /// Writes all of `bytes` to a descriptor, retrying short writes.
    static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw IOError(message: "could not write output: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// Writes a line to standard error.
    static func printError(_ message: String) {
        var line = message
        line += "\n"
        line.withUTF8 { try? write(UnsafeRawBufferPointer($0), to: standardError) }
    }
}

/// A failure to read or write, with a message for a person.
struct IOError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
