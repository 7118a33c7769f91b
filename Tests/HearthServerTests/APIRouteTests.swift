import Foundation
import HearthCore
@testable import HearthServer
import Testing
import Vapor
import VaporTesting

@Suite("The JSON API")
struct APIRouteTests {
    /// A signed-up person with a personal access token made on the settings page.
    func client(_ app: Application, _ name: String) async throws -> APIClient {
        let browser = TestBrowser(app)
        try await browser.open()
        let handle = uniqueHandle(name)
        try await browser.signUp(handle)
        let page = try await browser.post("/settings/tokens", form: ["name": "script"]).body.string
        let token = try #require(page.firstMatch(of: /id="new-token">([A-Za-z0-9_-]+)</)?.output.1)
        let user = try #require(try await app.hearth.store.users.user(handle: handle))
        return APIClient(app: app, token: String(token), user: user, browser: browser)
    }

    struct APIClient {
        let app: Application
        let token: String
        let user: User
        let browser: TestBrowser

        func send(_ method: HTTPMethod, _ path: String, _ json: String? = nil, token: String? = nil) async throws
            -> TestingHTTPResponse {
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: token ?? self.token)
            if json != nil { headers.contentType = .json }
            return try await app.testing().sendRequest(method, "/api/v1" + path, headers: headers,
                                                       body: json.map { ByteBuffer(string: $0) })
        }

        func json(_ method: HTTPMethod, _ path: String, _ body: String? = nil) async throws -> [String: Any] {
            let response = try await send(method, path, body)
            return try #require(JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any],
                                "\(method) \(path): \(response.status) \(response.body.string)")
        }
    }

    @Test("Tokens: required, checked, revocable", arguments: ServerBackend.available)
    func tokens(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let client = try await client(app, "tok")
            #expect(try await client.json(.GET, "/me")["handle"] as? String == client.user.handle)
            let anonymous = try await app.testing().sendRequest(.GET, "/api/v1/me")
            #expect(anonymous.status == .unauthorized && anonymous.body.string.contains(#""code":"unauthorized""#))
            #expect(try await client.send(.GET, "/me", token: "made-up").status == .unauthorized)
            // A token needs no CSRF header: it sends no cookie a forger could borrow.
            #expect(try await client.send(.POST, "/parts", #"{"name": "Scout"}"#).status == .created)

            let hash = try #require(try await app.hearth.store.accounts.accessTokens(of: client.user.id).first?.tokenHash)
            try await client.browser.post("/settings/tokens/delete", form: ["id": hash])
            #expect(try await client.send(.GET, "/me").status == .unauthorized, "a revoked token stops working")
        }
    }

    @Test("Parts, relations, a pause, check-ins, insights and export", arguments: ServerBackend.available)
    func journey(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let client = try await client(app, "api")
            let exile = try await client.json(.POST, "/parts", #"{"name": "Little one", "role": "exile", "feelings": ["lonely"]}"#)
            let critic = try await client.json(.POST, "/parts", #"{"name": "Critic", "strategies": ["criticizing"], "role": "protector"}"#)
            let exileID = try #require(exile["id"] as? String)
            let criticID = try #require(critic["id"] as? String)
            #expect(exile["feelings"] as? [String] == ["lonely"])
            let relation = try await client.json(.POST, "/relations", #"{"from": "\#(criticID)", "kind": "protects", "to": "\#(exileID)"}"#)
            #expect(relation["kind"] as? String == "protects")
            let edited = try await client.json(.PUT, "/parts/\(exileID)", #"{"needs": ["to be seen"]}"#)
            #expect(edited["needs"] as? [String] == ["to be seen"] && edited["feelings"] as? [String] == ["lonely"])
            #expect(try await client.send(.POST, "/parts", #"{"name": "little one"}"#).status == .conflict)
            let invalid = try await client.send(.POST, "/parts", #"{"name": "x", "role": "guardian"}"#)
            #expect(invalid.status == .badRequest && invalid.body.string.contains(#""code":"bad_request""#))

            let pause = try await client.json(.POST, "/pauses", """
                {"happened": "You sighed when I asked.", "parts": ["\(exileID)"], "newParts": ["Sigh catcher"],
                 "selfEnergy": {"calm": 4}, "forPart": "You never listen to me."}
                """)
            #expect((pause["reading"] as? [String: Any])?["stance"] as? String == "from_part")
            #expect((pause["parts"] as? [String])?.count == 2)
            for sharing in [4, 2] {
                _ = try await client.json(.POST, "/checkins", """
                    {"acceptance": 7, "mutualCare": 6, "mutualRespect": 8, "differentiation": 5, "sharingDays": \(sharing)}
                    """)
            }
            #expect(try await client.send(.POST, "/checkins", #"{"acceptance": 11, "mutualCare": 6, "mutualRespect": 8, "differentiation": 5, "sharingDays": 9}"#)
                .status == .badRequest)
            let insights = try await client.json(.GET, "/insights")
            #expect((insights["sharing"] as? [String: Any])?["series"] as? [Int] == [4, 2])
            let export = try await client.send(.GET, "/export")
            #expect(try HearthExport.decode(Data(export.body.string.utf8)).parts.count == 3)
            #expect(try await client.send(.DELETE, "/parts/\(criticID)").status == .noContent)
            #expect(try await client.send(.GET, "/parts/\(criticID)").status == .notFound)
        }
    }

    @Test("Owner, partner, stranger through the API", arguments: ServerBackend.available)
    func accessMatrix(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let owner = try await client(app, "owner")
            let partner = try await client(app, "partner")
            let stranger = try await client(app, "stranger")
            let code = try await PairingService(store: app.hearth.store).invite(from: owner.user.id).code
            try await PairingService(store: app.hearth.store).accept(code: code, by: partner.user.id)
            let part = try await owner.json(.POST, "/parts", #"{"name": "Hidden hurt"}"#)
            let partID = try #require(part["id"] as? String)
            let pause = try await owner.json(.POST, "/pauses", #"{"happened": "A private moment."}"#)
            let pauseID = try #require(pause["id"] as? String)

            for intruder in [partner, stranger] {
                #expect(try await intruder.send(.GET, "/parts/\(partID)").status == .notFound)
                #expect(try await intruder.send(.PUT, "/parts/\(partID)", #"{"name": "Mine"}"#).status == .notFound)
                #expect(try await intruder.send(.POST, "/parts/\(partID)/share", #"{"shared": true}"#).status == .notFound)
                #expect(try await intruder.send(.DELETE, "/parts/\(partID)").status == .notFound)
                #expect(try await intruder.send(.GET, "/pauses/\(pauseID)").status == .notFound)
                #expect(try await intruder.send(.POST, "/pauses/\(pauseID)/share", #"{"shared": true}"#).status == .notFound)
                #expect(try await intruder.send(.DELETE, "/pauses/\(pauseID)").status == .notFound)
                #expect(!(try await intruder.send(.GET, "/parts").body.string.contains("Hidden hurt")))
            }
            #expect(try await stranger.send(.GET, "/partner").status == .notFound)
            #expect(!(try await partner.send(.GET, "/partner").body.string.contains("Hidden hurt")))
            _ = try await owner.json(.POST, "/parts/\(partID)/share", #"{"shared": true}"#)
            #expect(try await partner.send(.GET, "/partner").body.string.contains("Hidden hurt"))
            let seen = try await partner.json(.GET, "/partner")
            #expect((seen["pauses"] as? [Any])?.isEmpty == true, "the private pause stays private")
            #expect(try await owner.json(.GET, "/parts/\(partID)")["name"] as? String == "Hidden hurt")
        }
    }

    @Test("Pairing and practices through the API", arguments: ServerBackend.available)
    func pairingAndPractices(backend: ServerBackend) async throws {
        try await withHearth(backend) { app in
            let first = try await client(app, "one")
            let second = try await client(app, "two")
            let invitation = try await first.json(.POST, "/pairing/invitations")
            let code = try #require(invitation["code"] as? String)
            #expect(try await first.send(.POST, "/pairing/accept", #"{"code": "\#(code)"}"#).status == .conflict)
            #expect(try await second.json(.POST, "/pairing/accept", #"{"code": "\#(code)"}"#)["partner"] as? String != nil)
            #expect(try await second.json(.GET, "/me")["partner"] as? String == first.user.handle)

            let run = try await first.json(.POST, "/practices/pause/runs", """
                {"answers": {"happened": "You left without a word.", "parts": "Little one", "protector": "Wanted to chase.",
                 "exile": "Fears being left.", "self": "3 4 5", "say": "A part of me got scared when you left."}}
                """)
            #expect(run["recorded"] as? String == "pause")
            #expect(try await first.send(.POST, "/practices/four-foundations/runs", #"{"answers": {"acceptance": "11"}}"#)
                .status == .badRequest)
            #expect(try await first.json(.POST, "/practices/presence/runs", #"{"answers": {"after": "6 5 7"}}"#)["recorded"]
                as? String == "session")
            #expect(try await first.send(.POST, "/practices/yoga/runs", #"{"answers": {}}"#).status == .notFound)

            #expect(try await second.send(.DELETE, "/pairing").status == .noContent)
            #expect(try await first.send(.GET, "/partner").status == .notFound)
        }
    }

    @Test("The OpenAPI document describes exactly the API's routes")
    func openAPIInStep() async throws {
        try await withHearth(.sqlite) { app in
            let document = try await app.testing().sendRequest(.GET, "/api/v1/openapi.yaml")
            #expect(document.status == .ok)
            #expect(document.body.string.hasPrefix("openapi: 3.1.0"))
            var documented = Set<String>()
            var path: String?
            var inPaths = false
            for line in document.body.string.split(separator: "\n", omittingEmptySubsequences: false) {
                if line == "paths:" { inPaths = true; continue }
                guard inPaths else { continue }
                if line.hasPrefix("  /"), line.hasSuffix(":") { path = String(line.dropFirst(2).dropLast()) }
                for method in ["get", "post", "put", "delete", "patch"] where line == "    \(method):" {
                    documented.insert("\(method.uppercased()) /api/v1\(path ?? "")")
                }
            }
            let routes = Set(app.routes.all.compactMap { route -> String? in
                let parts = route.path.map { component -> String in
                    switch component {
                    case .parameter(let name): "{\(name)}"
                    default: component.description
                    }
                }
                let path = "/" + parts.joined(separator: "/")
                return path.hasPrefix("/api/v1/") ? "\(route.method.rawValue) \(path)" : nil
            })
            #expect(routes.subtracting(documented).isEmpty, "served but not documented: \(routes.subtracting(documented).sorted())")
            #expect(documented.subtracting(routes).isEmpty, "documented but not served: \(documented.subtracting(routes).sorted())")
            #expect(routes.count >= 20)
        }
    }
}
