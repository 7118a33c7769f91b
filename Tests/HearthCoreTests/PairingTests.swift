import Foundation
import Testing
@testable import HearthCore

@Suite struct PairingTests {
    let ines = UUID()
    let tomas = UUID()
    let other = UUID()

    @Test func joinsExactlyItsTwoPeopleInEitherOrder() {
        let pairing = Pairing(firstUserID: ines, secondUserID: tomas)
        #expect(pairing.joins(ines, tomas))
        #expect(pairing.joins(tomas, ines))
        #expect(!pairing.joins(ines, ines))
        #expect(!pairing.joins(tomas, tomas))
        #expect(!pairing.joins(ines, other))
        #expect(!pairing.joins(other, tomas))
    }

    @Test func partnerOfEachSideIsTheOther() {
        let pairing = Pairing(firstUserID: ines, secondUserID: tomas)
        #expect(pairing.partner(of: ines) == tomas)
        #expect(pairing.partner(of: tomas) == ines)
        #expect(pairing.partner(of: other) == nil)
    }
}

@Suite struct InvitationTests {
    let ines = UUID()
    static let allowed = Set("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    static func isWellFormed(_ code: String) -> Bool {
        let characters = Array(code)
        guard characters.count == 11, characters[5] == "-" else { return false }
        return characters.enumerated().allSatisfy { index, character in index == 5 || allowed.contains(character) }
    }

    @Test func newCodeIsFiveHyphenFiveFromTheUnambiguousAlphabet() {
        var codes = Set<String>()
        for _ in 0..<500 {
            let code = Invitation.newCode()
            #expect(Self.isWellFormed(code), "\(code)")
            #expect(!code.contains { "01OIL".contains($0) }, "\(code)")
            codes.insert(code)
        }
        // 49 bits of randomness: 500 codes do not collide.
        #expect(codes.count == 500)
    }

    @Test func theAlphabetLeavesOutLookAlikes() {
        #expect(Set(Invitation.alphabet) == Self.allowed)
        for lookAlike in "01OIL" { #expect(!Invitation.alphabet.contains(lookAlike)) }
    }

    @Test func anInvitationGetsAFreshCodeByDefault() {
        let invitation = Invitation(inviterID: ines)
        #expect(Self.isWellFormed(invitation.code))
        #expect(Invitation(inviterID: ines).code != invitation.code)
    }

    @Test(arguments: [
        ("k7qmx2part", "K7QMX-2PART"),
        ("K7QMX-2PART", "K7QMX-2PART"),
        ("k7qmx-2part", "K7QMX-2PART"),
        ("  k7qm x2pa rt ", "K7QMX-2PART"),
        ("k7-qm-x2-pa-rt", "K7QMX-2PART"),
    ])
    func normaliseAcceptsAnyCaseHyphensAndSpaces(_ typed: String, _ expected: String) {
        #expect(Invitation.normalise(typed) == expected)
    }

    @Test func normaliseKeepsANewCodeAsItIs() {
        for _ in 0..<20 {
            let code = Invitation.newCode()
            #expect(Invitation.normalise(code) == code)
            #expect(Invitation.normalise(code.lowercased().replacingOccurrences(of: "-", with: "")) == code)
        }
    }

    @Test func normaliseLeavesAWrongLengthUngrouped() {
        #expect(Invitation.normalise("abc-de") == "ABCDE")
        #expect(Invitation.normalise("k7qmx-2partt") == "K7QMX2PARTT")
        #expect(Invitation.normalise("") == "")
    }

    @Test func expiresAfterItsLifetime() {
        let created = utc(2026, 4, 10, 18, 0)
        let invitation = Invitation(code: "ABCDE-FGHJK", inviterID: ines, createdAt: created)
        #expect(Invitation.lifetime == 72 * 3600)
        #expect(invitation.expiresAt == created.addingTimeInterval(72 * 3600))
        #expect(!invitation.isExpired(at: created))
        #expect(!invitation.isExpired(at: created.addingTimeInterval(71 * 3600)))
        #expect(invitation.isExpired(at: invitation.expiresAt))
        #expect(invitation.isExpired(at: created.addingTimeInterval(73 * 3600)))
    }

    @Test func anExplicitExpiryWins() {
        let created = utc(2026, 4, 10)
        let invitation = Invitation(code: "ABCDE-FGHJK", inviterID: ines, createdAt: created,
                                    expiresAt: created.addingTimeInterval(600))
        #expect(!invitation.isExpired(at: created.addingTimeInterval(599)))
        #expect(invitation.isExpired(at: created.addingTimeInterval(601)))
    }
}
