import Foundation
import Testing
import UptakeCore
import UptakeStore
import UptakeTesting
@testable import UptakeServer

/// The values that name their children for the templates must name every stored property: a property added
/// to the type but not to `child(named:)` would silently vanish from the page.
@Suite struct PageValuesMustacheTests {
    /// Every stored property of `value` (by reflection) is what `child(named:)` returns for its name.
    static func expectEveryPropertyNamed(_ value: Any, _ child: (String) -> Any?) {
        for case (let label?, let property) in Mirror(reflecting: value).children {
            let named = child(label)
            let isNil = Mirror(reflecting: property).displayStyle == .optional
                && Mirror(reflecting: property).children.isEmpty
            #expect(named != nil || isNil, "\(type(of: value)).\(label) is not named for the templates")
            if let named { #expect(String(describing: named) == String(describing: Self.unwrap(property))) }
        }
    }

    static func unwrap(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional, let first = mirror.children.first else { return value }
        return first.value
    }

    @Test func myDaysValuesNameEveryProperty() async throws {
        try await ServerTestHarness.withHarness { harness in
            let rep = try #require(try await harness.repository.rep("rep-1"))
            let day = try DayRange(ServerTestHarness.plannedDay, timeZoneIdentifier: rep.timeZone)
            _ = try await harness.repository.append(
                ledgerEvents: [
                    try LedgerEvent(id: "e1", suggestion: harness.suggestions["rep-1"]!, rep: "rep-1", lead: "lead-1",
                                    kind: .dismissed, time: day.start, reason: "too_far"),
                ],
                recordedAt: day.start)
            let schedule = try await DaySchedule.load(rep: rep, day: day, repository: harness.repository)
            let stop = try #require(schedule.stops.first { $0.suggestion != nil })
            let chrome = PageChrome(
                title: "t", userName: "u", role: "rep", nav: [.init(href: "/day", label: "My day", current: true)],
                csrf: "c", vendor: "/vendor", charts: false, maps: true)
            let content = DayController.Content(
                schedule: schedule, isEmpty: false, hasSuggestions: true,
                reasons: [.init(code: "too_far", label: "Too far")], mapJSON: "{}")
            let page = Page(chrome: chrome, content: content)
            Self.expectEveryPropertyNamed(page, page.child)
            Self.expectEveryPropertyNamed(chrome, chrome.child)
            Self.expectEveryPropertyNamed(chrome.nav[0], chrome.nav[0].child)
            Self.expectEveryPropertyNamed(content, content.child)
            Self.expectEveryPropertyNamed(content.reasons[0], content.reasons[0].child)
            Self.expectEveryPropertyNamed(schedule, schedule.child)
            Self.expectEveryPropertyNamed(schedule.rep, schedule.rep.child)
            Self.expectEveryPropertyNamed(stop, stop.child)
            Self.expectEveryPropertyNamed(try #require(stop.suggestion), try #require(stop.suggestion).child)
            #expect(stop.suggestion?.dismissalReason == "too_far")
        }
    }
}
