#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The message the Ctrl-C handler prints: set before the handler is installed, then only read.
nonisolated(unsafe) private var interruptMessage: UnsafeMutablePointer<CChar>?

/// Line-by-line conversation with a person at a terminal: reading answers, waiting out a
/// timer that Enter can end early, and leaving cleanly on Ctrl-C.
struct Console {
    let style: TerminalStyle

    init() {
        style = TerminalStyle(colours: Terminal.isInteractive(Terminal.standardOutput))
    }

    /// Whether the person is at a terminal (so the flow can ask them questions).
    static var isInteractive: Bool { isatty(Terminal.standardInput) == 1 }

    func say(_ text: String = "") {
        print(text)
        fflush(nil)
    }

    /// Asks and reads one line; nil at the end of input.
    func ask(_ prompt: String = "> ") -> String? {
        print(prompt, terminator: "")
        fflush(nil)
        return readLine(strippingNewline: true)
    }

    /// On Ctrl-C, prints `message` and exits with status 130. Everything answered so far has
    /// already been saved, so nothing is lost.
    func onInterrupt(_ message: String) {
        interruptMessage = strdup("\n" + message + "\n")
        signal(SIGINT) { _ in
            // Only async-signal-safe calls here: write the prepared message and leave.
            if let message = interruptMessage { _ = write(1, message, strlen(message)) }
            _exit(130)
        }
    }

    /// Lets Ctrl-C stop the program the usual way again.
    func stopHandlingInterrupt() {
        signal(SIGINT, SIG_DFL)
    }

    /// Counts down `seconds`, redrawing one line; Enter ends it early. Returns the seconds spent.
    func countdown(_ seconds: Int) -> Int {
        var remaining = seconds
        while remaining > 0 {
            print("\r  \(Console.clock(remaining)) remaining (Enter to finish early) ", terminator: "")
            fflush(nil)
            var descriptor = pollfd(fd: Terminal.standardInput, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 1000)
            if ready > 0 {
                _ = readLine()
                break
            }
            if ready < 0 && errno != EINTR { break }
            remaining -= 1
        }
        print("\r  Time is up.                                   ")
        return seconds - remaining
    }

    static func clock(_ seconds: Int) -> String {
        let minutes = seconds / 60
        let rest = seconds % 60
        return "\(minutes):\(rest < 10 ? "0" : "")\(rest)"
    }
}
