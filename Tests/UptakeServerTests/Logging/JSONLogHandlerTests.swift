import Foundation
import Logging
import Synchronization
import Testing
@testable import UptakeServer

/// Structured logs: one JSON object per line with level, label, message and metadata.
@Suite struct JSONLogHandlerTests {
    @Test func eachEventIsOneJSONLine() throws {
        let lines = Mutex<[Data]>([])
        var logger = Logger(label: "uptake.test") { label in
            JSONLogHandler(label: label, logLevel: .info) { line in lines.withLock { $0.append(line) } }
        }
        logger[metadataKey: "request"] = "r-1"
        logger.debug("not written")
        logger.notice("signed in", metadata: ["user": "ada", "tags": ["a", "b"]])
        let written = lines.withLock { $0 }
        #expect(written.count == 1)
        let line = try #require(written.first)
        #expect(line.last == 0x0A)
        let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
        #expect(object["level"] as? String == "notice")
        #expect(object["label"] as? String == "uptake.test")
        #expect(object["message"] as? String == "signed in")
        #expect(object["user"] as? String == "ada")
        #expect(object["request"] as? String == "r-1")
        #expect(object["tags"] as? [String] == ["a", "b"])
        #expect((object["time"] as? String)?.count == 23)
    }
}
