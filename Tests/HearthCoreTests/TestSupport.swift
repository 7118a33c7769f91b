import Foundation
import Testing
@testable import HearthCore

/// Runs `body`, expecting it to throw `HearthError.invalid`, and returns the issues it reported.
/// Records a test failure (and returns []) when it succeeds or throws another kind of error.
func invalidIssues<T>(sourceLocation: SourceLocation = #_sourceLocation,
                      _ body: () throws(HearthError) -> T) -> [ValidationIssue] {
    do {
        let value = try body()
        Issue.record("expected HearthError.invalid, but it succeeded with \(value)", sourceLocation: sourceLocation)
        return []
    } catch {
        guard case .invalid(let issues) = error else {
            Issue.record("expected HearthError.invalid, got \(error)", sourceLocation: sourceLocation)
            return []
        }
        return issues
    }
}

/// The fields named by a list of issues.
func fields(_ issues: [ValidationIssue]) -> [String] { issues.map(\.field) }

/// A moment in UTC.
func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 12, _ minute: Int = 0) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
}

/// A check-in with every foundation given separately.
func checkIn(_ owner: UUID, on date: Date, acceptance: Int = 5, care: Int = 5, respect: Int = 5,
             differentiation: Int = 5, sharing: Int = 3, note: String = "", noteShared: Bool = false) -> CheckIn {
    CheckIn(ownerID: owner, acceptance: acceptance, mutualCare: care, mutualRespect: respect,
            differentiation: differentiation, sharingDays: sharing, note: note, isNoteShared: noteShared,
            createdAt: date)
}

/// One check-in a week from `start`, with the given sharing days (other ratings neutral).
func weeklySharing(_ owner: UUID, _ days: [Int], from start: Date = utc(2026, 1, 5)) -> [CheckIn] {
    days.enumerated().map { index, value in
        checkIn(owner, on: start.addingTimeInterval(Double(index) * 7 * 86_400), sharing: value)
    }
}

/// One check-in a week from `start`, with the given acceptance ratings.
func weeklyAcceptance(_ owner: UUID, _ values: [Int], from start: Date = utc(2026, 1, 5)) -> [CheckIn] {
    values.enumerated().map { index, value in
        checkIn(owner, on: start.addingTimeInterval(Double(index) * 7 * 86_400), acceptance: value)
    }
}
