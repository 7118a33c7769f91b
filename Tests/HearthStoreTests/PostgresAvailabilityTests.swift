import Foundation
import Testing

/// CI must exercise PostgreSQL, not silently skip it.
@Test("In CI the PostgreSQL suite is not skipped")
func postgresConfiguredInCI() {
    if ProcessInfo.processInfo.environment["CI"] == "true" {
        #expect(Backend.available.contains(.postgres), "set HEARTH_TEST_POSTGRES_URL in .ci/run")
    }
}
