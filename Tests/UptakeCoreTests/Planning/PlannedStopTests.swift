import Foundation
import Testing
import UptakeCore

@Suite("PlannedStop: the stored JSON form")
struct PlannedStopTests {
    @Test func kindsAreFlatTypeAndID() throws {
        let kinds: [PlannedStop.Kind] = [.start, .appointment("a1"), .lunch, .suggestion("lead-7"), .end]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(kinds), as: UTF8.self)
        #expect(text == #"[{"type":"start"},{"id":"a1","type":"appointment"},{"type":"lunch"},"#
            + #"{"id":"lead-7","type":"suggestion"},{"type":"end"}]"#)
        #expect(try JSONDecoder().decode([PlannedStop.Kind].self, from: Data(text.utf8)) == kinds)
    }

    @Test func anUnknownTypeDoesNotDecode() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(PlannedStop.Kind.self, from: Data(#"{"type":"nap"}"#.utf8))
        }
    }
}
