/// A one-line progress bar on standard error, redrawn a few times a second at most.
struct ProgressBar {
    let totalBytes: Int
    let enabled: Bool
    private var lastDraw = ContinuousClock.now
    private var drawn = false

    init(totalBytes: Int, enabled: Bool) {
        self.totalBytes = totalBytes
        self.enabled = enabled
    }

    mutating func update(bytes: Int, lines: Int) {
        guard enabled, lines % 1024 == 0 else { return }
        let now = ContinuousClock.now
        guard now - lastDraw > .milliseconds(200) else { return }
        lastDraw = now
        draw(bytes: bytes, lines: lines)
    }

    mutating func finish() {
        guard enabled, drawn else { return }
        Terminal.printError("")
    }

    private mutating func draw(bytes: Int, lines: Int) {
        let fraction = min(1, Double(bytes) / Double(max(totalBytes, 1)))
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        var text = "\r[\(bar)] \(Int(fraction * 100))%  \(lines) lines"
        text.withUTF8 { try? Terminal.write(UnsafeRawBufferPointer($0), to: Terminal.standardError) }
        drawn = true
    }
}
