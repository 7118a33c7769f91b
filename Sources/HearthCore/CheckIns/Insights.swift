import Foundation

/// What a couple's check-in history shows: each foundation's trend, where the two partners'
/// views diverge most, and an early warning when intimate sharing keeps falling.
public struct Insights: Sendable, Equatable {
    /// Which way a series has been moving lately.
    public enum Direction: String, Sendable, Equatable {
        case rising, steady, falling, unknown
    }

    /// One foundation (or intimate sharing) over time, for one person.
    public struct Trend: Sendable, Equatable {
        /// The values, oldest first (the last `Insights.window` check-ins).
        public var series: [Int]
        public var direction: Direction
        public var latest: Int? { series.last }
    }

    /// How far apart two partners rate one foundation.
    public struct Divergence: Sendable, Equatable {
        public var foundation: IntimacyFoundation
        /// The mean absolute difference over the weeks both checked in.
        public var gap: Double
        public var mine: Double
        public var partners: Double
    }

    /// Intimate sharing has fallen check-in after check-in.
    public struct SharingWarning: Sendable, Equatable {
        /// How many check-ins the fall spans.
        public var checkIns: Int
        public var from: Int
        public var to: Int
        public var message: String
    }

    /// How many recent check-ins the trends look at.
    public static let window = 8
    /// The slope (points per check-in) beyond which a trend is rising or falling.
    static let slopeThreshold = 0.3
    /// How many check-ins in a row must not rise, and by how much sharing must fall, to warn.
    static let warningSpan = 4
    static let warningDrop = 2

    public var foundations: [IntimacyFoundation: Trend]
    public var sharing: Trend
    public var partnerFoundations: [IntimacyFoundation: Trend]?
    public var partnerSharing: Trend?
    /// Foundations ordered from the widest gap between the partners' views; empty when unpaired
    /// or when the partner has not checked in.
    public var divergences: [Divergence]
    /// Set when intimate sharing (either partner's) has been falling for several weeks.
    public var warning: SharingWarning?

    /// Computes insights from one person's check-ins and, when paired, their partner's.
    public init(mine: [CheckIn], partners: [CheckIn]? = nil) {
        let mine = mine.sorted { $0.createdAt < $1.createdAt }
        let theirs = partners?.sorted { $0.createdAt < $1.createdAt }
        foundations = Insights.trends(of: mine)
        sharing = Insights.trend(mine.map(\.sharingDays))
        partnerFoundations = theirs.map(Insights.trends(of:))
        partnerSharing = theirs.map { Insights.trend($0.map(\.sharingDays)) }
        divergences = theirs.map { Insights.divergences(mine: mine, partners: $0) } ?? []
        warning = Insights.warning(mine.map(\.sharingDays), whose: "your")
            ?? theirs.flatMap { Insights.warning($0.map(\.sharingDays), whose: "your partner's") }
    }

    static func trends(of checkIns: [CheckIn]) -> [IntimacyFoundation: Trend] {
        Dictionary(uniqueKeysWithValues: IntimacyFoundation.allCases.map { foundation in
            (foundation, trend(checkIns.map { $0[foundation] }))
        })
    }

    static func trend(_ values: [Int]) -> Trend {
        let series = Array(values.suffix(window))
        guard series.count >= 2 else { return Trend(series: series, direction: .unknown) }
        let slope = leastSquaresSlope(series)
        let direction: Direction = slope > slopeThreshold ? .rising : slope < -slopeThreshold ? .falling : .steady
        return Trend(series: series, direction: direction)
    }

    static func leastSquaresSlope(_ values: [Int]) -> Double {
        let count = Double(values.count)
        let meanX = (count - 1) / 2
        let meanY = Double(values.reduce(0, +)) / count
        var numerator = 0.0
        var denominator = 0.0
        for (index, value) in values.enumerated() {
            numerator += (Double(index) - meanX) * (Double(value) - meanY)
            denominator += (Double(index) - meanX) * (Double(index) - meanX)
        }
        return denominator == 0 ? 0 : numerator / denominator
    }

    /// Pairs the two histories by calendar week (the latest check-in of each in a week) and
    /// averages the gap per foundation; with no common week, compares the latest of each.
    static func divergences(mine: [CheckIn], partners: [CheckIn]) -> [Divergence] {
        guard let myLatest = mine.last, let theirLatest = partners.last else { return [] }
        let myWeeks = latestPerWeek(mine)
        let theirWeeks = latestPerWeek(partners)
        let common = Set(myWeeks.keys).intersection(theirWeeks.keys).sorted().suffix(window)
        let pairs: [(CheckIn, CheckIn)] = common.isEmpty
            ? [(myLatest, theirLatest)]
            : common.map { (myWeeks[$0]!, theirWeeks[$0]!) }
        return IntimacyFoundation.allCases.map { foundation in
            let count = Double(pairs.count)
            let gap = pairs.reduce(0.0) { $0 + Double(abs($1.0[foundation] - $1.1[foundation])) } / count
            let mine = pairs.reduce(0.0) { $0 + Double($1.0[foundation]) } / count
            let partners = pairs.reduce(0.0) { $0 + Double($1.1[foundation]) } / count
            return Divergence(foundation: foundation, gap: gap, mine: mine, partners: partners)
        }
        .sorted { $0.gap > $1.gap }
    }

    static func latestPerWeek(_ checkIns: [CheckIn]) -> [Int: CheckIn] {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var weeks: [Int: CheckIn] = [:]
        for checkIn in checkIns {
            let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: checkIn.createdAt)
            weeks[(parts.yearForWeekOfYear ?? 0) * 100 + (parts.weekOfYear ?? 0)] = checkIn
        }
        return weeks
    }

    /// Warns when the last `warningSpan` values never rose and fell by at least `warningDrop`.
    static func warning(_ sharingDays: [Int], whose: String) -> SharingWarning? {
        let recent = Array(sharingDays.suffix(warningSpan))
        guard recent.count == warningSpan,
              zip(recent, recent.dropFirst()).allSatisfy({ $1 <= $0 }),
              let first = recent.first, let last = recent.last, first - last >= warningDrop else { return nil }
        return SharingWarning(
            checkIns: recent.count, from: first, to: last,
            message: """
                Intimate sharing has been falling in \(whose) check-ins: from \(first) days a week to \(last) \
                over the last \(recent.count). Losing that loving feeling is a symptom that intimate sharing \
                is no longer prioritised. A few unhurried minutes of sharing what you feel, need or hope \
                (not only what happened) can turn it around.
                """)
    }
}
