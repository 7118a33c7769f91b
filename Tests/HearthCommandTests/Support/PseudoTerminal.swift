import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs `hearth` on a pseudo-terminal, as in a person's terminal: it sees a TTY, so its flows
/// are interactive. The test types lines, reads the screen, and can press Ctrl-C.
final class PseudoTerminal {
    let process: pid_t
    private let master: Int32
    private(set) var screen = ""

    init(_ arguments: [String], environment extra: [String: String]) throws {
        var master: Int32 = 0
        var slave: Int32 = 0
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw PseudoTerminalError.cannotOpen }
        self.master = master
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, slave, target) }
        posix_spawn_file_actions_addclose(&actions, master)

        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        environment["NO_COLOR"] = "1"
        for key in ["DATABASE_URL", "HEARTH_USER", "HEARTH_DATA_DIR"] { environment.removeValue(forKey: key) }
        environment.merge(extra) { $1 }
        let argv = ([HearthProcess.executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, HearthProcess.executable.path, &actions, nil, argv, envp)
        close(slave)
        guard status == 0 else { throw PseudoTerminalError.cannotSpawn(status) }
        process = pid
    }

    deinit {
        close(master)
    }

    /// Reads what appears on the screen until `text` shows (or `seconds` pass); returns whether it did.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !screen.contains(text) && Date() < deadline {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            screen += String(decoding: buffer[..<count], as: UTF8.self)
        }
        return screen.contains(text)
    }

    /// Types a line and presses Enter.
    func type(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// Presses Ctrl-C (sends SIGINT, as the terminal would).
    func interrupt() {
        kill(process, SIGINT)
    }

    /// Waits for the process to end and returns its exit status (128 + signal when killed).
    func exitStatus() -> Int32 {
        _ = waitFor("\u{0}", seconds: 0.5) // drain what is left
        var status: Int32 = 0
        waitpid(process, &status, 0)
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

enum PseudoTerminalError: Error {
    case cannotOpen
    case cannotSpawn(Int32)
}
