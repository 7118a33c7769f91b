import Foundation
import Testing

/// Every command's bad input: a clear message, a failing exit status, and nothing changed.
@Suite("Bad input to the data commands")
struct BadInputCommandTests {
    @Test("Parts", arguments: HearthHome.backends)
    func parts(backend: HearthHome.Backend) throws {
        let home = try HearthHome(backend)
        #expect(try home.fail(["parts", "add", "Scout", "--role", "guardian"]).contains("not a role"))
        #expect(try home.fail(["parts", "add", "Scout", "--strategy", "sulking"]).contains("not a strategy"))
        #expect(try home.fail(["parts", "add", "   "]).contains("name: must not be empty"))
        #expect(try home.fail(["parts", "add", "Scout", "--role", "exile", "--strategy", "fixing"])
            .contains("only protectors use strategies"))
        #expect(try home.fail(["parts", "add", String(repeating: "x", count: 200)]).contains("limit is 120"))
        try home.succeed(["parts", "add", "Scout"])
        #expect(try home.fail(["parts", "add", "scout"]).contains("already have a part named"))
        #expect(try home.fail(["parts", "show", "Nobody"]).contains("not found"))
        #expect(try home.fail(["parts", "relate", "Scout", "hates", "Scout"]).contains("not a relation"))
        #expect(try home.fail(["parts", "relate", "Scout", "protects", "Scout"]).contains("itself"))
        #expect(try home.fail(["parts", "remove", "Nobody"]).contains("not found"))
        #expect(try home.fail(["parts", "edit", "Scout", "--rename", ""]).contains("must not be empty"))
        #expect(try home.succeed(["parts"]).contains("Your parts (1)"))
    }

    @Test("Pauses, practices and check-ins", arguments: HearthHome.backends)
    func flows(backend: HearthHome.Backend) throws {
        let home = try HearthHome(backend)
        #expect(try home.fail(["pause"]).contains("--happened"), "no terminal and no options")
        #expect(try home.fail(["pause", "--happened", "x", "--self", "calm=12"]).contains("between 0 and 10"))
        #expect(try home.fail(["pause", "--happened", "x", "--self", "joy=3"]).contains("quality=number"))
        #expect(try home.fail(["pause", "show", "zzzz"]).contains("not found"))
        #expect(try home.fail(["practice", "run", "yoga"]).contains("there are: pause"))
        #expect(try home.fail(["practice", "run", "presence", "--answer", "after=1 2"]).contains("give 3 numbers"))
        #expect(try home.fail(["practice", "run", "presence", "--answer", "mood=5"]).contains("not a step of presence"))
        #expect(try home.fail(["practice", "run", "presence", "--answer", "nonsense"]).contains("STEP=VALUE"))
        let checkIn = try home.fail(["checkin", "--acceptance", "11", "--care", "x", "--respect", "8",
                                     "--differentiation", "5", "--sharing", "9"])
        #expect(checkIn.contains("acceptance: must be between 0 and 10, not 11"))
        #expect(checkIn.contains("care: type a whole number"))
        #expect(checkIn.contains("sharing: must be between 0 and 7, not 9"))
        #expect(try home.fail(["checkin", "--acceptance", "5"]).contains("care: is missing"))
        #expect(try home.succeed(["insights"]).contains("No check-ins yet"))
        #expect(try home.succeed(["pause", "list"]).contains("No pauses yet"))
    }

    @Test("Import rejects a bad file whole, saying what and where", arguments: HearthHome.backends)
    func imports(backend: HearthHome.Backend) throws {
        let home = try HearthHome(backend)
        try home.succeed(["parts", "add", "Little one", "--role", "exile"])
        let good = try home.succeed(["export"])
        let file = home.directory.appendingPathComponent("bad.json")

        func rejection(_ text: String, as handle: String? = nil) throws -> String {
            try Data(text.utf8).write(to: file)
            return try home.fail(["import", file.path] + (handle.map { ["--as", $0] } ?? []))
        }
        #expect(try rejection("not json").contains("nothing changed"))
        #expect(try rejection(#"{"format": "hearth-export", "version": 9}"#).contains("version 1 exports, not version 9"))
        #expect(try rejection(#"{"format": "something-else", "version": 1}"#).contains("not a Hearth export"))
        let renamed = good.replacingOccurrences(of: "\"name\" : \"Little one\"", with: "\"name\" : 42")
        #expect(try rejection(renamed, as: "copy").contains("parts[0].name: should be text"))
        #expect(try rejection(good).contains("already exists"), "the user is still there")
        #expect(try home.fail(["import", "/nonexistent/file.json"]).contains("Could not read"))
        #expect(try home.succeed(["user", "list"]).contains(home.handle("copy")) == false, "nothing of a rejected import stays")
        #expect(try home.succeed(["import", file.path, "--as", home.handle("copy")]).contains("Imported"))
    }

    @Test("Users and partners", arguments: HearthHome.backends)
    func accounts(backend: HearthHome.Backend) throws {
        let home = try HearthHome(backend)
        #expect(try home.fail(["user", "create", "Not Valid!"]).contains("handle"))
        #expect(try home.fail(["parts", "--user", home.handle("typo")]).contains("There is no user"),
                "a name given with --user must exist")
        try home.succeed(["user", "create", home.handle("kim")])
        #expect(try home.fail(["user", "create", home.handle("kim")]).contains("already exists"))
        #expect(try home.fail(["user", "delete", home.handle("kim")]).contains("--yes"))
        #expect(try home.fail(["user", "delete", home.handle("nobody"), "--yes"]).contains("not found"))
        #expect(try home.succeed(["user", "list"]).contains(home.handle("kim")))
        #expect(try home.fail(["partner", "accept", "AAAAA-BBBBB"]).contains("not valid"))
        #expect(try home.fail(["partner", "unpair"]).contains("not paired"))
        let code = try home.succeed(["partner", "invite"]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try home.fail(["partner", "accept", code]).contains("your own invitation"))
        #expect(try home.fail(["export", "--output", "/nonexistent/dir/me.json"]).contains("Could not write"))
    }
}
