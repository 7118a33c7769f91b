import Foundation
import Testing

/// The "done means", as a new user would do it from the README, on each backend.
@Suite("A person's journey through the command line")
struct JourneyCommandTests {
    @Test("Map parts, pause, practise, check in, see insights, export, delete, import", arguments: HearthHome.backends)
    func journey(backend: HearthHome.Backend) throws {
        let home = try HearthHome(backend)
        try home.succeed(["parts", "add", "Little one", "--role", "exile", "--feeling", "lonely", "--need", "to be seen",
                          "--age", "about seven", "--body", "a knot in my stomach"])
        try home.succeed(["parts", "add", "Inner critic", "--strategy", "criticizing", "--fear", "being left"])
        try home.succeed(["parts", "add", "Pleaser", "--role", "protector", "--strategy", "pleasing"])
        #expect(try home.succeed(["parts", "relate", "Inner critic", "protects", "little one"])
            .contains("Inner critic protects Little one"))
        try home.succeed(["parts", "relate", "pleaser", "polarised-with", "Inner critic"])
        let map = try home.succeed(["parts", "list"])
        #expect(map.contains("Your parts (3)"))
        #expect(map.contains("Pleaser is polarised with Inner critic"))
        #expect(try home.succeed(["parts", "show", "little one"]).contains("needs: to be seen"))

        let pause = try home.succeed([
            "pause", "--happened", "You looked at your phone while I was telling you about my day.",
            "--part", "Little one", "--part", "Inner critic", "--protector", "Wanted to say something sharp.",
            "--exile", "Fears it does not matter.", "--self", "calm=3,curiosity=5,compassion=4",
            "--say", "A part of me felt unimportant just now, and it got scared. I need to know I matter to you."])
        #expect(pause.contains("Pause saved"))
        #expect(try home.succeed(["pause", "list"]).contains("spoke for the part"))

        #expect(try home.succeed(["practice", "run", "presence", "--answer", "tension=my shoulders",
                                  "--answer", "after=6 5 7"]).contains("Presence practice"))
        try home.succeed(["checkin", "--acceptance", "7", "--care", "6", "--respect", "8", "--differentiation", "5",
                          "--sharing", "4", "--note", "We walked on Sunday."])
        try home.succeed(["checkin", "--acceptance", "8", "--care", "7", "--respect", "8", "--differentiation", "6",
                          "--sharing", "3"])
        let insights = try home.succeed(["insights"])
        #expect(insights.contains("Your last 2 check-ins"))
        #expect(insights.contains("acceptance"))
        #expect(insights.contains("now 3 days"))

        let exportFile = home.directory.appendingPathComponent("me.json").path
        try home.succeed(["export", "--output", exportFile])
        let before = try String(contentsOfFile: exportFile, encoding: .utf8)
        try home.succeed(["user", "delete", home.handle(), "--yes"])
        #expect(try home.succeed(["user", "list"]).contains(home.handle()) == false)

        #expect(try home.succeed(["import", exportFile]).contains("3 parts, 2 relations, 1 pause, 2 check-ins"))
        let after = try home.succeed(["export"])
        func withoutExportTime(_ text: String) -> String {
            text.split(separator: "\n").filter { !$0.contains("\"exportedAt\"") }.joined(separator: "\n")
        }
        #expect(withoutExportTime(after) == withoutExportTime(before))
    }

    @Test("Two partners: only what is shared is seen, and unsharing and unpairing act at once",
          arguments: HearthHome.backends)
    func partners(backend: HearthHome.Backend) throws {
        let home = try HearthHome(backend)
        try home.succeed(["user", "create", home.handle("ana"), "--display-name", "Ana"])
        try home.succeed(["user", "create", home.handle("ben"), "--display-name", "Ben"])
        let code = try home.succeed(["partner", "invite"], as: "ana").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(code.count == 11)
        #expect(try home.succeed(["partner", "accept", code], as: "ben").contains("paired with Ana"))
        try home.succeed(["parts", "add", "Shy one", "--role", "exile", "--shared"], as: "ana")
        try home.succeed(["parts", "add", "Secret keeper", "--role", "protector"], as: "ana")

        var seen = try home.succeed(["parts", "list", "--partner"], as: "ben")
        #expect(seen.contains("Shy one"))
        #expect(!seen.contains("Secret keeper"))
        try home.succeed(["parts", "unshare", "Shy one"], as: "ana")
        seen = try home.succeed(["parts", "list", "--partner"], as: "ben")
        #expect(!seen.contains("Shy one"))

        try home.succeed(["parts", "share", "Shy one"], as: "ana")
        try home.succeed(["partner", "unpair"], as: "ben")
        #expect(try home.fail(["parts", "list", "--partner"], as: "ben").contains("not paired"))
        #expect(try home.fail(["partner", "accept", code], as: "ben").contains("not valid"))
    }
}
