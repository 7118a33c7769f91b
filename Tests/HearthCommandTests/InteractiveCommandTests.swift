import Foundation
import Testing

/// The guided flows in a real (pseudo-)terminal: step by step, Ctrl-C keeps a draft, and the
/// next run picks up where the person stopped.
@Suite("Interactive flows in a terminal")
struct InteractiveCommandTests {
    func environment(_ home: HearthHome) -> [String: String] {
        switch home.backend {
        case .sqlite: ["HEARTH_DATA_DIR": home.directory.appendingPathComponent("data").path]
        case .postgres: ["DATABASE_URL": HearthHome.postgresURL!, "HEARTH_USER": home.handle()]
        }
    }

    @Test("A pause interrupted with Ctrl-C keeps its draft and resumes", arguments: HearthHome.backends)
    func pauseDraft(backend: HearthHome.Backend) throws {
        let home = try HearthHome(backend)
        try home.succeed(["parts", "add", "Little one", "--role", "exile"])

        let first = try PseudoTerminal(["pause"], environment: environment(home))
        #expect(first.waitFor("1/7"))
        first.type("You left the dishes and went out.")
        #expect(first.waitFor("2/7"))
        first.type("")
        #expect(first.waitFor("3/7"))
        first.type("99")
        #expect(first.waitFor("there is no part number 99"))
        first.type("Little one, Door slammer")
        #expect(first.waitFor("4/7"))
        first.interrupt()
        #expect(first.waitFor("What you answered so far is saved"))
        #expect(first.exitStatus() == 130)
        #expect(try home.succeed(["pause", "list"]).contains("No pauses yet"))

        let second = try PseudoTerminal(["pause"], environment: environment(home))
        #expect(second.waitFor("3 of 7 steps answered"))
        second.type("y")
        #expect(second.waitFor("4/7"))
        second.type("Wanted to slam the door.")
        #expect(second.waitFor("5/7"))
        second.type("Fears being left behind.")
        #expect(second.waitFor("6/7"))
        second.type("11 2 3")
        #expect(second.waitFor("Try again"))
        second.type("3 4 5")
        #expect(second.waitFor("7/7"))
        second.type("You never think of anyone but yourself.")
        #expect(second.waitFor("Speaking from a part"))
        #expect(second.waitFor("'s' takes the suggestion"))
        second.type("s")
        #expect(second.waitFor("Pause saved"))
        #expect(second.exitStatus() == 0)

        let list = try home.succeed(["pause", "list"])
        #expect(list.contains("You left the dishes and went out."))
        #expect(list.contains("spoke for the part"), "the suggestion speaks for the part")
        #expect(try home.succeed(["parts"]).contains("Door slammer"), "a part named on the way was added")
    }

    @Test("The presence practice runs its timers, which Enter can end early")
    func presenceTimers() throws {
        let home = try HearthHome(.sqlite)
        let terminal = try PseudoTerminal(["practice", "run", "presence"], environment: environment(home))
        for step in 1...5 {
            #expect(terminal.waitFor("\(step)/6"))
            if step == 2 {
                terminal.type("my jaw")
                continue
            }
            terminal.type("")
            #expect(terminal.waitFor("remaining"))
            terminal.type("")
            #expect(terminal.waitFor("Time is up"))
        }
        #expect(terminal.waitFor("6/6"))
        terminal.type("6 5 7")
        #expect(terminal.waitFor("Practice saved"))
        #expect(terminal.exitStatus() == 0)
        #expect(try home.succeed(["practice", "history"]).contains("Presence practice"))
    }
}
