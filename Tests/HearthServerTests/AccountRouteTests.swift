import Foundation
@testable import HearthServer
import Testing
import Vapor
import VaporTesting

@Suite("Accounts on the web")
struct AccountRouteTests {
    @Test("Health, headers, and sign-in required for Today", arguments: ServerBackend.available)
    func basics(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let browser = TestBrowser(app)
            let health = try await browser.get("/healthz")
            #expect(health.status == .ok && health.body.string == "ok")
            let today = try await browser.get("/")
            #expect(today.status == .seeOther)
            #expect(today.headers.first(name: .location) == "/signin")
            let page = try await browser.get("/signin")
            #expect(page.status == .ok)
            #expect(page.headers.first(name: "Content-Security-Policy")?.contains("default-src 'self'") == true)
            #expect(page.body.string.contains("name=\"csrf\" value=\"\(browser.csrf)\""))
            #expect(try await browser.get("/hearth.css").status == .ok)
            #expect(try await browser.get("/help").body.string.contains("1-800-799-7233"))
        }
    }

    @Test("Sign up, sign out, sign in: a new session every time", arguments: ServerBackend.available)
    func sessions(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let browser = TestBrowser(app)
            try await browser.open()
            let handle = uniqueHandle()
            let signUp = try await browser.signUp(handle)
            #expect(signUp.status == .seeOther)
            let first = try #require(browser.session)
            let cookie = signUp.headers[.setCookie].first { $0.hasPrefix(SessionLoader.cookieName) } ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"))
            #expect(try await browser.get("/").body.string.contains("Hello, \(handle)"))

            try await browser.post("/signin", form: ["handle": handle, "password": "a quiet river at dawn"])
            let second = try #require(browser.session)
            #expect(second != first, "signing in makes a new session id")
            let stolen = TestBrowser(app)
            try await stolen.open()
            _ = try await stolen.send(.GET, "/") // no session
            #expect(try await sessionWorks(first, app) == false, "the old session ended")
            #expect(try await sessionWorks(second, app))

            try await browser.post("/signout", form: [:])
            #expect(browser.session == nil)
            #expect(try await sessionWorks(second, app) == false, "signing out ends the session")
        }
    }

    @Test("Cookies are Secure behind HTTPS")
    func secureCookies() async throws {
        try await withHearth(.sqlite) { app in
            var headers = HTTPHeaders()
            headers.add(name: "X-Forwarded-Proto", value: "https")
            let page = try await app.testing().sendRequest(.GET, "/signin", headers: headers)
            #expect(page.headers[.setCookie].first?.contains("Secure") == true)
        }
    }

    func sessionWorks(_ token: String, _ app: Application) async throws -> Bool {
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: "\(SessionLoader.cookieName)=\(token)")
        return try await app.testing().sendRequest(.GET, "/", headers: headers).status == .ok
    }

    @Test("Wrong password and unknown account read the same; tries are limited", arguments: ServerBackend.available)
    func signInFailures(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let browser = TestBrowser(app)
            try await browser.open()
            let handle = uniqueHandle()
            try await browser.signUp(handle)
            try await browser.post("/signout", form: [:])

            let wrong = try await browser.post("/signin", form: ["handle": handle, "password": "not my password at all"])
            let unknown = try await browser.post("/signin", form: ["handle": uniqueHandle(), "password": "whatever it is"])
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            #expect(wrong.body.string.contains("match an account here"))
            #expect(unknown.body.string.contains("match an account here"))
            #expect(browser.session == nil)

            var last = wrong
            for _ in 0..<10 {
                last = try await browser.post("/signin", form: ["handle": handle, "password": "guess again please"])
            }
            #expect(last.status == .tooManyRequests)
            let right = try await browser.post("/signin", form: ["handle": handle, "password": "a quiet river at dawn"])
            #expect(right.status == .tooManyRequests, "even the right password waits out the limit")
        }
    }

    @Test("Passwords: length, common ones refused, all 128 characters count", arguments: ServerBackend.available)
    func passwords(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let browser = TestBrowser(app)
            try await browser.open()
            let short = try await browser.signUp(uniqueHandle(), password: "short")
            #expect(short.status == .badRequest && short.body.string.contains("at least 8 characters"))
            let common = try await browser.signUp(uniqueHandle(), password: "password123")
            #expect(common.status == .badRequest && common.body.string.contains("most common passwords"))
            let tooLong = try await browser.signUp(uniqueHandle(), password: String(repeating: "x", count: 129))
            #expect(tooLong.status == .badRequest)

            let long = String(repeating: "ember ", count: 16) + "tail-one" // 104 characters
            let handle = uniqueHandle()
            #expect(try await browser.signUp(handle, password: long).status == .seeOther)
            try await browser.post("/signout", form: [:])
            let sameStart = String(repeating: "ember ", count: 16) + "tail-two"
            #expect(try await browser.post("/signin", form: ["handle": handle, "password": sameStart]).status == .unauthorized,
                    "characters past bcrypt's 72 bytes still count")
            #expect(try await browser.post("/signin", form: ["handle": handle, "password": long]).status == .seeOther)
        }
    }

    @Test("Forms without the CSRF token are refused, and change nothing", arguments: ServerBackend.available)
    func csrf(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let browser = TestBrowser(app)
            try await browser.open()
            let handle = uniqueHandle()
            let forged = try await browser.post("/signup", form: ["handle": handle, "password": "a quiet river at dawn"],
                                                csrf: false)
            #expect(forged.status == .forbidden)
            #expect(try await app.hearth.store.users.user(handle: handle) == nil)
            let wrong = try await browser.post("/signup", form: ["handle": handle, "password": "a quiet river at dawn",
                                                                 "csrf": "forged-token"], csrf: false)
            #expect(wrong.status == .forbidden)
            try await browser.signUp(handle)
            let signOut = try await browser.post("/signout", form: [:], csrf: false)
            #expect(signOut.status == .forbidden)
            #expect(browser.session != nil)
        }
    }
}
