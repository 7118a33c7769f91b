import Foundation
import HearthLanguage
import Testing
@testable import HearthCore

@Suite struct SharingRulesTests {
    let maya = UUID()
    let jonah = UUID()
    let stranger = UUID()
    /// Paired before any check-in of these tests (a partner sees only check-ins made while paired).
    var pairing: Pairing { Pairing(firstUserID: maya, secondUserID: jonah, createdAt: utc(2025, 1, 1)) }

    func part(shared: Bool, name: String = "The one who keeps score") -> Part {
        Part(ownerID: maya, name: name, role: .protector, isShared: shared)
    }

    func pause(shared: Bool, safety: Safety?) -> Pause {
        let analysis = safety.map {
            StoredAnalysis(stance: .forPart, depth: .experience, experience: [.feeling], strategies: [],
                           safety: $0, reframe: nil)
        }
        return Pause(ownerID: maya, happened: "Jonah came home two hours late without texting.",
                     forPart: "A part of me got really scared when I didn't hear from you.",
                     analysis: analysis, isShared: shared)
    }

    // MARK: Parts

    @Test func ownerAlwaysSeesTheirOwnParts() {
        for shared in [false, true] {
            for pairing in [nil, pairing] {
                #expect(SharingRules.canSee(part(shared: shared), viewer: maya, pairing: pairing))
            }
        }
    }

    @Test func partnerSeesASharedPartWhilePaired() {
        #expect(SharingRules.canSee(part(shared: true), viewer: jonah, pairing: pairing))
        // The pairing's order does not matter.
        let reversed = Pairing(firstUserID: jonah, secondUserID: maya)
        #expect(SharingRules.canSee(part(shared: true), viewer: jonah, pairing: reversed))
    }

    @Test func partnerDoesNotSeeAnUnsharedPart() {
        #expect(!SharingRules.canSee(part(shared: false), viewer: jonah, pairing: pairing))
    }

    @Test func nothingIsVisibleToAnyoneElseWithoutAPairing() {
        #expect(!SharingRules.canSee(part(shared: true), viewer: jonah, pairing: nil))
        #expect(!SharingRules.canSee(viewer: jonah, owner: maya, isShared: true, pairing: nil))
    }

    @Test func aStrangerNeverSeesEvenASharedPart() {
        #expect(!SharingRules.canSee(part(shared: true), viewer: stranger, pairing: pairing))
        #expect(!SharingRules.canSee(part(shared: false), viewer: stranger, pairing: pairing))
        // A pairing that joins the owner to someone else does not open the part to Jonah.
        let otherPairing = Pairing(firstUserID: maya, secondUserID: stranger)
        #expect(!SharingRules.canSee(part(shared: true), viewer: jonah, pairing: otherPairing))
        // Nor does a pairing of the viewer with someone other than the owner.
        let jonahsOtherPairing = Pairing(firstUserID: jonah, secondUserID: stranger)
        #expect(!SharingRules.canSee(part(shared: true), viewer: jonah, pairing: jonahsOtherPairing))
    }

    // MARK: Pauses

    @Test func partnerSeesASharedPauseWithoutDisclosure() {
        #expect(SharingRules.canSee(pause(shared: true, safety: Safety.none), viewer: jonah, pairing: pairing))
        #expect(SharingRules.canSee(pause(shared: true, safety: nil), viewer: jonah, pairing: pairing))
        #expect(!SharingRules.canSee(pause(shared: false, safety: Safety.none), viewer: jonah, pairing: pairing))
        #expect(!SharingRules.canSee(pause(shared: true, safety: nil), viewer: stranger, pairing: pairing))
    }

    /// Words that speak of danger, in the part said for the part or in what happened.
    static let disclosures = [
        Pause(ownerID: UUID(), happened: "Another fight.", forPart: "I don't want to be alive anymore."),
        Pause(ownerID: UUID(), happened: "He pushed me into the wall and I'm scared to go home.",
              forPart: "A part of me is frightened."),
    ]

    @Test(arguments: disclosures)
    func aSafetyDisclosureIsNeverVisibleToThePartner(_ words: Pause) {
        var disclosed = words
        disclosed.ownerID = maya
        disclosed.isShared = true
        #expect(disclosed.disclosesDanger)
        #expect(!SharingRules.canSee(disclosed, viewer: jonah, pairing: pairing))
        #expect(!SharingRules.canSee(disclosed, viewer: stranger, pairing: pairing))
        // Its owner still sees it.
        #expect(SharingRules.canSee(disclosed, viewer: maya, pairing: pairing))
        #expect(SharingRules.canSee(disclosed, viewer: maya, pairing: nil))
    }

    // MARK: Check-ins

    @Test func ownerSeesTheWholeCheckIn() throws {
        let mine = checkIn(maya, on: utc(2026, 2, 1), acceptance: 7, note: "We laughed a lot on Sunday.")
        let view = try #require(SharingRules.view(of: mine, by: maya, pairing: nil))
        #expect(view == mine)
    }

    @Test func partnerSeesRatingsButNotAPrivateNote() throws {
        let mine = checkIn(maya, on: utc(2026, 2, 1), acceptance: 7, care: 8, respect: 6, differentiation: 4,
                           sharing: 3, note: "I felt lonely on Wednesday and didn't say so.")
        let view = try #require(SharingRules.view(of: mine, by: jonah, pairing: pairing))
        #expect(view.note == "")
        #expect(view.acceptance == 7)
        #expect(view.mutualCare == 8)
        #expect(view.mutualRespect == 6)
        #expect(view.differentiation == 4)
        #expect(view.sharingDays == 3)
        #expect(view.id == mine.id)
    }

    @Test func partnerSeesASharedNote() throws {
        let mine = checkIn(maya, on: utc(2026, 2, 1), note: "Thank you for the walk on Saturday.", noteShared: true)
        let view = try #require(SharingRules.view(of: mine, by: jonah, pairing: pairing))
        #expect(view.note == "Thank you for the walk on Saturday.")
    }

    @Test func strangersAndUnpairedPeopleSeeNoCheckIn() {
        let mine = checkIn(maya, on: utc(2026, 2, 1), note: "Shared note", noteShared: true)
        #expect(SharingRules.view(of: mine, by: stranger, pairing: pairing) == nil)
        #expect(SharingRules.view(of: mine, by: jonah, pairing: nil) == nil)
        #expect(SharingRules.view(of: mine, by: jonah, pairing: Pairing(firstUserID: maya, secondUserID: stranger)) == nil)
    }

    // MARK: Relations

    @Test func visibleRelationsNeedBothPartsVisible() {
        let critic = part(shared: true, name: "Critic")
        let littleOne = Part(ownerID: maya, name: "Little one", role: .exile, isShared: true)
        let runner = Part(ownerID: maya, name: "Runner", role: .protector, isShared: false)
        let guards = PartRelation(ownerID: maya, fromPartID: critic.id, kind: .protects, toPartID: littleOne.id)
        let polarised = PartRelation(ownerID: maya, fromPartID: critic.id, kind: .polarisedWith, toPartID: runner.id)
        let runnerGuards = PartRelation(ownerID: maya, fromPartID: runner.id, kind: .protects, toPartID: littleOne.id)
        let all = [guards, polarised, runnerGuards]

        let jonahSees = [critic, littleOne, runner].filter { SharingRules.canSee($0, viewer: jonah, pairing: pairing) }
        #expect(jonahSees.map(\.name) == ["Critic", "Little one"])
        #expect(SharingRules.visibleRelations(all, amongVisible: jonahSees) == [guards])
        #expect(SharingRules.visibleRelations(all, amongVisible: [critic, littleOne, runner]) == all)
        #expect(SharingRules.visibleRelations(all, amongVisible: []).isEmpty)
        #expect(SharingRules.visibleRelations(all, amongVisible: [runner]).isEmpty)
    }
}
