import Foundation
import Testing
import UptakeCore
@testable import UptakeStore

@Suite("AttributesJSON")
struct AttributesJSONTests {
    @Test
    func keysAreSortedAndValuesTagged() {
        let text = AttributesJSON.encode([
            "vip": .boolean(true), "agents": .number(12), "segment": .category("retail"),
            "opened": .date(Date(timeIntervalSince1970: 1_700_000_000)),
        ])
        #expect(text == #"{"agents":{"number":12.0},"opened":{"date":1700000000000},"#
            + #""segment":{"category":"retail"},"vip":{"boolean":true}}"#)
        #expect(AttributesJSON.encode([:]) == "{}")
    }

    @Test
    func theTextIsJSONThatFoundationReads() throws {
        let attributes: [String: AttributeValue] = [
            "quote\"back\\slash": .category("line\nbreak\ttab\u{01}"), "emoji 😀": .category("ünïcode"),
        ]
        let text = AttributesJSON.encode(attributes)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [String: String]]
        #expect(object?["quote\"back\\slash"]?["category"] == "line\nbreak\ttab\u{01}")
        #expect(object?["emoji 😀"]?["category"] == "ünïcode")
    }

    @Test
    func everyKindRoundTrips() throws {
        let attributes: [String: AttributeValue] = [
            "tiny": .number(.leastNonzeroMagnitude), "third": .number(1.0 / 3), "big": .number(-1.7976931348623157e308),
            "infinite": .number(.infinity), "negative infinite": .number(-.infinity), "zero": .number(-0.0),
            "before 1970": .date(Date(timeIntervalSince1970: -1_234_567.891)), "yes": .boolean(true),
            "no": .boolean(false), "": .category(""), "\"": .category("\\\"\u{1F}"),
        ]
        #expect(try AttributesJSON.decode(AttributesJSON.encode(attributes)) == attributes)
    }

    @Test
    func notANumberRoundTrips() throws {
        let decoded = try AttributesJSON.decode(AttributesJSON.encode(["x": .number(.nan)]))
        guard case .number(let value) = decoded["x"] else {
            Issue.record("not a number: \(String(describing: decoded["x"]))")
            return
        }
        #expect(value.isNaN)
    }

    @Test
    func damagedTextIsACorruptRow() {
        let error = #expect(throws: StoreError.self) { try AttributesJSON.decode(#"{"x":{"number":"many"}}"#) }
        #expect(error?.code == .corruptRow)
    }
}
