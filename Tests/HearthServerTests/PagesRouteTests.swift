import Foundation
import HearthCore
@testable import HearthServer
import Testing
import Vapor
import VaporTesting

@Suite("The pages, and who may reach what")
struct PagesRouteTests {
    /// A signed-up browser.
    func person(_ app: Application, _ name: String) async throws -> (TestBrowser, User) {
        let browser = TestBrowser(app)
        try await browser.open()
        let handle = uniqueHandle(name)
        try await browser.signUp(handle)
        let user = try #require(try await app.hearth.store.users.user(handle: handle))
        return (browser, user)
    }

    @Test("Parts, a pause, a practice, a check-in, charts and export", arguments: ServerBackend.available)
    func journey(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let (browser, user) = try await person(app, "ana")
            for page in ["/", "/parts", "/pauses", "/practices", "/checkins", "/settings", "/partner", "/coach", "/help"] {
                #expect(try await browser.get(page).status == .ok, "\(page)")
            }
            #expect(try await browser.post("/parts", form: ["name": "Little one", "role": "exile", "feelings": "lonely, small"])
                .status == .seeOther)
            try await browser.post("/parts", form: ["name": "Critic", "role": "protector", "strategies[]": "criticizing"])
            let parts = try await app.hearth.store.parts.parts(ownedBy: user.id)
            let exile = try #require(parts.first { $0.name == "Little one" })
            let critic = try #require(parts.first { $0.name == "Critic" })
            #expect(exile.feelings == ["lonely", "small"])
            #expect(critic.strategies == [.criticizing])
            try await browser.post("/parts/relations", form: ["from": critic.id.uuidString, "kind": "protects",
                                                              "to": exile.id.uuidString])
            let map = try await browser.get("/parts").body.string
            #expect(map.contains("<svg") && map.contains("Little one") && map.contains("Critic protects Little one"))

            let pause = try await browser.post("/practices/pause", form: [
                "happened": "You looked at your phone while I talked.", "parts[]": exile.id.uuidString,
                "parts_new": "Door slammer", "protector": "Wanted to leave.", "exile": "Fears it does not matter.",
                "self_calm": "3", "self_curiosity": "5", "self_compassion": "4",
                "say": "A part of me felt unimportant just now."])
            #expect(pause.status == .ok && pause.body.string.contains("Pause saved"))
            #expect(try await browser.get("/pauses").body.string.contains("spoke for the part"))
            #expect(try await app.hearth.store.parts.parts(ownedBy: user.id).contains { $0.name == "Door slammer" })

            let missing = try await browser.post("/practices/pause", form: ["happened": ""])
            #expect(missing.status == .badRequest && missing.body.string.contains("needs an answer"))

            for (acceptance, sharing) in [("7", "4"), ("8", "3")] {
                let checkIn = try await browser.post("/practices/four-foundations", form: [
                    "acceptance": acceptance, "care": "6", "respect": "8", "differentiation": "5", "sharing": sharing])
                #expect(checkIn.status == .ok && checkIn.body.string.contains("Check-in saved"))
            }
            let charts = try await browser.get("/checkins").body.string
            #expect(charts.contains("<polyline") && charts.contains("Days with intimate sharing"))

            try await browser.post("/practices/presence", form: ["tension": "my jaw", "after_calm": "6",
                                                                 "after_curiosity": "5", "after_connectedness": "7"])
            let export = try await browser.get("/settings/export")
            #expect(export.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            let document = try HearthExport.decode(Data(export.body.string.utf8))
            #expect(document.parts.count == 3 && document.pauses.count == 1 && document.checkIns.count == 2)
            #expect(document.practiceSessions.count == 1)
        }
    }

    @Test("Owner, partner, stranger: every read, write and delete of private records", arguments: ServerBackend.available)
    func accessMatrix(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let store = app.hearth.store
            let (owner, ownerUser) = try await person(app, "owner")
            let (partner, _) = try await person(app, "partner")
            let (stranger, _) = try await person(app, "stranger")
            let invitePage = try await owner.post("/settings/invite", form: [:]).body.string
            let code = try #require(invitePage.firstMatch(of: /id="invite-code">([A-Z0-9-]+)</)?.output.1)
            #expect(try await partner.post("/settings/accept", form: ["code": String(code)]).status == .seeOther)

            let part = try await PartsService(store: store).add(Part(ownerID: ownerUser.id, name: "Hidden hurt", role: .exile))
            let pause = try await PauseService(store: store).record(Pause(ownerID: ownerUser.id, happened: "A private moment."))
            let checkIn = try await CheckInService(store: store).record(CheckIn(
                ownerID: ownerUser.id, acceptance: 5, mutualCare: 5, mutualRespect: 5, differentiation: 5, sharingDays: 2,
                note: "Only mine."))
            let partPath = "/parts/\(part.id.uuidString.lowercased())"
            let pausePath = "/pauses/\(pause.id.uuidString.lowercased())"

            for intruder in [partner, stranger] {
                #expect(try await intruder.get(partPath).status == .notFound)
                #expect(try await intruder.get(pausePath).status == .notFound)
                #expect(try await intruder.post(partPath, form: ["name": "Mine now"]).status == .notFound)
                #expect(try await intruder.post(partPath + "/share", form: ["shared": "1"]).status == .notFound)
                #expect(try await intruder.post(partPath + "/delete", form: [:]).status == .notFound)
                #expect(try await intruder.post(pausePath + "/share", form: ["shared": "1"]).status == .notFound)
                #expect(try await intruder.post(pausePath + "/delete", form: [:]).status == .notFound)
                #expect(try await intruder.post("/checkins/\(checkIn.id.uuidString)/share-note", form: ["shared": "1"])
                    .status == .notFound)
                #expect(try await intruder.post("/parts/relations", form: [
                    "from": part.id.uuidString, "kind": "protects", "to": part.id.uuidString]).status != .seeOther)
                #expect(!(try await intruder.get("/partner").body.string.contains("Hidden hurt")))
                #expect(!(try await intruder.get("/checkins").body.string.contains("Only mine.")))
            }
            #expect(try await store.parts.part(id: part.id) == part, "nothing changed")
            #expect(try await store.pauses.pause(id: pause.id) == pause)
            #expect(try await store.checkIns.checkIn(id: checkIn.id) == checkIn)

            #expect(try await owner.get(partPath).status == .ok)
            try await owner.post(partPath + "/share", form: ["shared": "1"])
            #expect(try await partner.get("/partner").body.string.contains("Hidden hurt"))
            #expect(!(try await stranger.get("/partner").body.string.contains("Hidden hurt")))
            try await owner.post(partPath + "/share", form: ["shared": "0"])
            #expect(!(try await partner.get("/partner").body.string.contains("Hidden hurt")), "unsharing acts at once")
            try await owner.post(partPath + "/share", form: ["shared": "1"])
            try await partner.post("/settings/unpair", form: [:])
            #expect(try await partner.get("/partner").body.string.contains("You are not paired"), "unpairing acts at once")
        }
    }

    @Test("Deleting the account needs the password and removes everything", arguments: ServerBackend.available)
    func deleteAccount(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let (browser, user) = try await person(app, "leaving")
            try await browser.post("/parts", form: ["name": "Goodbye part"])
            #expect(try await browser.post("/settings/delete", form: ["password": "wrong one here"]).status == .badRequest)
            #expect(try await app.hearth.store.users.user(id: user.id) != nil)
            #expect(try await browser.post("/settings/delete", form: ["password": "a quiet river at dawn"]).status == .seeOther)
            #expect(try await app.hearth.store.users.user(id: user.id) == nil)
            #expect(try await app.hearth.store.parts.parts(ownedBy: user.id).isEmpty)
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test("Changing the password ends other sessions", arguments: ServerBackend.available)
    func changePassword(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let (browser, user) = try await person(app, "mover")
            let other = TestBrowser(app)
            try await other.open()
            try await other.post("/signin", form: ["handle": user.handle, "password": "a quiet river at dawn"])
            #expect(try await other.get("/").status == .ok)
            let changed = try await browser.post("/settings/password", form: [
                "current": "a quiet river at dawn", "new": "lanterns over the harbour"])
            #expect(changed.status == .seeOther)
            #expect(try await browser.get("/").status == .ok, "this browser stays signed in, with a new session")
            #expect(try await other.get("/").status == .seeOther, "the other session ended")
        }
    }

    @Test("Help's private switch: couples exercises pause, and nothing reaches the partner", arguments: ServerBackend.available)
    func couplesPause(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let store = app.hearth.store
            let (owner, ownerUser) = try await person(app, "unsafe")
            let (partner, partnerUser) = try await person(app, "other")
            let code = try await PairingService(store: store).invite(from: ownerUser.id).code
            try await PairingService(store: store).accept(code: code, by: partnerUser.id)
            try await PartsService(store: store).add(Part(ownerID: ownerUser.id, name: "Shared one", isShared: true))
            #expect(try await partner.get("/partner").body.string.contains("Shared one"))

            #expect(try await owner.post("/help/couples-pause", form: ["paused": "1"]).status == .seeOther)
            #expect(try await owner.get("/help").body.string.contains("Couples exercises are paused"))
            #expect(try await owner.get("/").body.string.contains("Couples exercises are paused"))
            #expect(!(try await partner.get("/partner").body.string.contains("Shared one")))
            #expect(!(try await partner.get("/").body.string.contains("paused")), "the partner is not told")

            try await owner.post("/help/couples-pause", form: ["paused": "0"])
            #expect(try await partner.get("/partner").body.string.contains("Shared one"))
        }
    }

    @Test("The coach's feelings-and-needs picker flags faux feelings")
    func picker() async throws {
        try await withHearth(.sqlite) { app in
            let page = try await TestBrowser(app).get("/coach").body.string
            #expect(page.contains("id=\"picker-search\""))
            #expect(page.contains("data-word=\"lonely\"") && page.contains("data-word=\"to be seen\""))
            #expect(page.contains("<strong>ignored</strong>: underneath, maybe lonely, hurt"))
        }
    }
}
