#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams the lines of a file or of standard input in large chunks, with memory bounded by
/// the chunk size plus the longest line, whatever the input's total size.
struct LineReader {
    static let chunkSize = 1 << 20

    let descriptor: Int32
    /// The file's size in bytes, when it is a regular file (for progress).
    let size: Int?

    /// Opens a path, or standard input for "-".
    init(path: String) throws {
        if path == "-" {
            self.init(descriptor: Terminal.standardInput)
            return
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw IOError(message: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        self.init(descriptor: descriptor)
    }

    init(descriptor: Int32) {
        self.descriptor = descriptor
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            size = Int(info.st_size)
        } else {
            size = nil
        }
    }

    func close() {
        if descriptor != Terminal.standardInput { _ = Glibc.close(descriptor) }
    }

    /// Calls `body` with each line (without its line break) and the bytes read so far.
    /// `body` returns false to stop early.
    func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Bool) throws {
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: LineReader.chunkSize)
        defer { chunk.deallocate() }
        var carried: [UInt8] = []
        var consumed = 0
        while true {
            let count = read(descriptor, chunk.baseAddress, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw IOError(message: "could not read input: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            consumed += count
            var lineStart = 0
            for index in 0..<count where chunk[index] == 0x0A {
                let piece = UnsafeBufferPointer(rebasing: chunk[lineStart..<index])
                let keepGoing: Bool
                if carried.isEmpty {
                    keepGoing = try body(trimmingReturn(piece), consumed)
                } else {
                    carried.append(contentsOf: piece)
                    keepGoing = try carried.withUnsafeBufferPointer { try body(trimmingReturn($0), consumed) }
                    carried.removeAll(keepingCapacity: carried.capacity <= LineReader.chunkSize)
                }
                if !keepGoing { return }
                lineStart = index + 1
            }
            carried.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[lineStart..<count]))
        }
        if !carried.isEmpty {
            _ = try carried.withUnsafeBufferPointer { try body(trimmingReturn($0), consumed) }
        }
    }

    /// Reads everything that is left.
    func readAll() throws -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: LineReader.chunkSize)
        defer { chunk.deallocate() }
        while true {
            let count = read(descriptor, chunk.baseAddress, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw IOError(message: "could not read input: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<count]))
        }
    }

    private func trimmingReturn(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let last = line.last, last == 0x0D else { return line }
        return UnsafeBufferPointer(rebasing: line.dropLast())
    }
}
