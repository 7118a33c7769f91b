import Foundation
@testable import HearthServer
import Testing
import Vapor
import VaporTesting

@Suite("The coach on the web")
struct CoachRouteTests {
    @Test("The page and its JSON endpoint", arguments: ServerBackend.available)
    func analyze(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let browser = TestBrowser(app)
            let page = try await browser.get("/coach")
            #expect(page.status == .ok && page.body.string.contains("coach.js"))

            let blame = try await browser.postJSON("/api/v1/analyze", #"{"text": "You never listen to me."}"#)
            #expect(blame.status == .ok)
            #expect(blame.headers.first(name: .cacheControl) == "no-store")
            let analysis = try JSONSerialization.jsonObject(with: Data(blame.body.string.utf8)) as? [String: Any]
            #expect(analysis?["stance"] as? String == "from_part")
            #expect((analysis?["reframe"] as? String)?.isEmpty == false)

            let danger = try await browser.postJSON("/api/v1/analyze", #"{"text": "I want to end my life tonight."}"#)
            #expect(danger.body.string.contains(#""safety":"self_harm""#))

            let forged = try await browser.postJSON("/api/v1/analyze", #"{"text": "hi"}"#, csrf: false)
            #expect(forged.status == .forbidden)
            #expect(forged.body.string.contains(#""code""#), "API errors are JSON with a stable code")
            let bad = try await browser.postJSON("/api/v1/analyze", #"{"words": 1}"#)
            #expect(bad.status == .badRequest)
        }
    }
}
