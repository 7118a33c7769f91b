import Foundation
import Testing
@testable import HearthCore

@Suite struct InsightsTests {
    let ana = UUID()
    let ben = UUID()

    // MARK: Trends

    @Test func aRisingSeriesIsRising() throws {
        let insights = Insights(mine: weeklyAcceptance(ana, [3, 4, 5, 6, 7]))
        let trend = try #require(insights.foundations[.acceptance])
        #expect(trend.series == [3, 4, 5, 6, 7])
        #expect(trend.direction == .rising)
        #expect(trend.latest == 7)
    }

    @Test func aFallingSeriesIsFalling() throws {
        let insights = Insights(mine: weeklyAcceptance(ana, [8, 7, 7, 5, 4]))
        #expect(try #require(insights.foundations[.acceptance]).direction == .falling)
    }

    @Test func aFlatOrWobblingSeriesIsSteady() throws {
        #expect(try #require(Insights(mine: weeklyAcceptance(ana, [5, 5, 6, 5, 5])).foundations[.acceptance]).direction
                == .steady)
        #expect(try #require(Insights(mine: weeklyAcceptance(ana, [6, 6])).foundations[.acceptance]).direction
                == .steady)
        // A slope of exactly the threshold (0.3 a check-in) is not yet a rise.
        #expect(try #require(Insights(mine: weeklyAcceptance(ana, [5, 5, 5, 6])).foundations[.acceptance]).direction
                == .steady)
    }

    @Test func onePointOrNoneIsUnknown() throws {
        let one = Insights(mine: weeklyAcceptance(ana, [6]))
        let trend = try #require(one.foundations[.acceptance])
        #expect(trend.direction == .unknown)
        #expect(trend.series == [6])
        #expect(trend.latest == 6)
        #expect(one.sharing.direction == .unknown)

        let none = Insights(mine: [])
        #expect(none.sharing.direction == .unknown)
        #expect(none.sharing.latest == nil)
        #expect(none.foundations.count == IntimacyFoundation.allCases.count)
    }

    @Test func everyFoundationAndSharingHasItsOwnTrend() throws {
        let start = utc(2026, 1, 5)
        let history = (0..<4).map { week in
            checkIn(ana, on: start.addingTimeInterval(Double(week) * 7 * 86_400),
                    acceptance: 2 + 2 * week, care: 9 - 2 * week, respect: 6, differentiation: 4 + week % 2,
                    sharing: 1 + week)
        }
        let insights = Insights(mine: history)
        #expect(try #require(insights.foundations[.acceptance]).direction == .rising)
        #expect(try #require(insights.foundations[.mutualCare]).direction == .falling)
        #expect(try #require(insights.foundations[.mutualRespect]).direction == .steady)
        #expect(try #require(insights.foundations[.mutualCare]).series == [9, 7, 5, 3])
        #expect(insights.sharing.series == [1, 2, 3, 4])
        #expect(insights.sharing.direction == .rising)
    }

    @Test func checkInsAreTakenInTimeOrderNotGivenOrder() throws {
        let rising = weeklyAcceptance(ana, [2, 4, 6, 8])
        let insights = Insights(mine: rising.reversed())
        let trend = try #require(insights.foundations[.acceptance])
        #expect(trend.series == [2, 4, 6, 8])
        #expect(trend.direction == .rising)
    }

    @Test func trendsLookAtTheLastEightCheckIns() throws {
        #expect(Insights.window == 8)
        // Twelve weeks: a steep fall long ago, then eight weeks of slow recovery.
        let values = [10, 9, 8, 1, 1, 2, 3, 4, 5, 6, 7, 8]
        let insights = Insights(mine: weeklyAcceptance(ana, values))
        let trend = try #require(insights.foundations[.acceptance])
        #expect(trend.series == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(trend.series.count == 8)
        #expect(trend.direction == .rising)
        #expect(insights.sharing.series.count == 8)
    }

    // MARK: Divergences

    @Test func noPartnerMeansNoDivergences() {
        let mine = weeklyAcceptance(ana, [5, 6])
        #expect(Insights(mine: mine).divergences.isEmpty)
        #expect(Insights(mine: mine, partners: []).divergences.isEmpty)
        #expect(Insights(mine: mine).partnerSharing == nil)
        #expect(Insights(mine: mine).partnerFoundations == nil)
    }

    @Test func divergencesAreOrderedFromTheWidestGap() throws {
        let monday = utc(2026, 3, 2)
        let mine = [checkIn(ana, on: monday, acceptance: 8, care: 6, respect: 7, differentiation: 5)]
        let theirs = [checkIn(ben, on: monday.addingTimeInterval(86_400),
                              acceptance: 3, care: 5, respect: 4, differentiation: 5)]
        let insights = Insights(mine: mine, partners: theirs)
        #expect(insights.divergences.map(\.foundation) == [.acceptance, .mutualRespect, .mutualCare, .differentiation])
        #expect(insights.divergences.map(\.gap) == [5, 3, 1, 0])
        let widest = try #require(insights.divergences.first)
        #expect(widest.mine == 8)
        #expect(widest.partners == 3)
        #expect(insights.partnerSharing != nil)
    }

    @Test func divergencesPairCheckInsByISOWeek() throws {
        // 2026-03-02 is a Monday; the ISO week runs to Sunday 2026-03-08.
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        #expect(calendar.component(.weekday, from: utc(2026, 3, 2)) == 2)
        #expect(calendar.component(.weekday, from: utc(2026, 3, 8)) == 1)

        let mine = [checkIn(ana, on: utc(2026, 3, 2), acceptance: 8),
                    checkIn(ana, on: utc(2026, 3, 9), acceptance: 2)]
        // Ben checked in on the Sunday: the same ISO week as Ana's first check-in, not her second.
        let theirs = [checkIn(ben, on: utc(2026, 3, 8, 20, 0), acceptance: 6)]
        let acceptance = try #require(Insights(mine: mine, partners: theirs).divergences
            .first { $0.foundation == .acceptance })
        #expect(acceptance.gap == 2)
        #expect(acceptance.mine == 8)
        #expect(acceptance.partners == 6)
    }

    @Test func divergencesAverageOverTheWeeksBothCheckedIn() throws {
        let mine = [checkIn(ana, on: utc(2026, 3, 2), acceptance: 8),
                    checkIn(ana, on: utc(2026, 3, 9), acceptance: 6),
                    checkIn(ana, on: utc(2026, 3, 16), acceptance: 1)]   // Ben skipped this week
        let theirs = [checkIn(ben, on: utc(2026, 3, 4), acceptance: 4),
                      checkIn(ben, on: utc(2026, 3, 12), acceptance: 6)]
        let acceptance = try #require(Insights(mine: mine, partners: theirs).divergences
            .first { $0.foundation == .acceptance })
        #expect(acceptance.gap == 2)       // (|8-4| + |6-6|) / 2
        #expect(acceptance.mine == 7)
        #expect(acceptance.partners == 5)
    }

    @Test func theLatestCheckInOfAWeekCounts() throws {
        let mine = [checkIn(ana, on: utc(2026, 3, 2), care: 2),
                    checkIn(ana, on: utc(2026, 3, 5), care: 9)]
        let theirs = [checkIn(ben, on: utc(2026, 3, 3), care: 9)]
        let care = try #require(Insights(mine: mine, partners: theirs).divergences.first { $0.foundation == .mutualCare })
        #expect(care.gap == 0)
        #expect(care.mine == 9)
    }

    @Test func withNoCommonWeekTheLatestOfEachAreCompared() throws {
        let mine = [checkIn(ana, on: utc(2026, 3, 2), acceptance: 1),
                    checkIn(ana, on: utc(2026, 3, 9), acceptance: 5)]
        let theirs = [checkIn(ben, on: utc(2026, 3, 23), acceptance: 9)]
        let acceptance = try #require(Insights(mine: mine, partners: theirs).divergences
            .first { $0.foundation == .acceptance })
        #expect(acceptance.gap == 4)
        #expect(acceptance.mine == 5)
        #expect(acceptance.partners == 9)
    }

    // MARK: Sharing warning

    @Test func warnsWhenSharingFallsByTwoOverFourCheckIns() throws {
        let warning = try #require(Insights(mine: weeklySharing(ana, [6, 5, 5, 4])).warning)
        #expect(warning.checkIns == 4)
        #expect(warning.from == 6)
        #expect(warning.to == 4)
        #expect(warning.message.contains("your check-ins"))
        #expect(!warning.message.contains("partner"))
    }

    @Test func onlyTheLastFourCheckInsCount() throws {
        // An earlier rise does not matter; the last four fall from 7 to 3.
        let warning = try #require(Insights(mine: weeklySharing(ana, [1, 2, 7, 6, 5, 3])).warning)
        #expect(warning.from == 7)
        #expect(warning.to == 3)
        // An earlier fall does not count once the last four hold.
        #expect(Insights(mine: weeklySharing(ana, [7, 6, 5, 4, 4, 4, 4])).warning == nil)
    }

    @Test(arguments: [
        [6, 5, 6, 4],   // rose in between
        [6, 4, 4, 5],   // rose at the end
        [5, 5, 4, 4],   // fell by only 1
        [3, 3, 3, 3],   // steady
        [7, 5, 3],      // too few check-ins
        [Int](),
    ])
    func noWarningWithoutASteadyFallOfTwo(_ days: [Int]) {
        #expect(Insights(mine: weeklySharing(ana, days)).warning == nil)
    }

    @Test func warnsFromThePartnersSeriesToo() throws {
        let insights = Insights(mine: weeklySharing(ana, [3, 3, 4, 4]),
                                partners: weeklySharing(ben, [7, 6, 5, 4], from: utc(2026, 1, 6)))
        let warning = try #require(insights.warning)
        #expect(warning.from == 7)
        #expect(warning.to == 4)
        #expect(warning.message.contains("your partner's"))
    }

    @Test func ownWarningComesBeforeThePartners() throws {
        let insights = Insights(mine: weeklySharing(ana, [5, 4, 3, 3]),
                                partners: weeklySharing(ben, [7, 6, 5, 4]))
        let warning = try #require(insights.warning)
        #expect(warning.from == 5)
        #expect(!warning.message.contains("partner's"))
    }

    @Test func noWarningWhenNeitherFalls() {
        let insights = Insights(mine: weeklySharing(ana, [3, 4, 4, 5]), partners: weeklySharing(ben, [2, 2, 3, 3]))
        #expect(insights.warning == nil)
    }
}
