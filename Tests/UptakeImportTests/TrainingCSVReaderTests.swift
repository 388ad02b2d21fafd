import Foundation
import Testing
import UptakeCore
import UptakeImport

@Suite("TrainingCSVReader")
struct TrainingCSVReaderTests {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    @Test("kinds are inferred per column; empty cells are missing")
    func inference() throws {
        let text = """
            agents;region;signed;active;note
            12;North;2024-05-01;true;"a; b"
            ;South;;false;x
            3.5;North;2024-05-03T10:00:00Z;;7
            """
        let table = try TrainingCSVReader().read(text: text)
        #expect(table.rowCount == 3)
        #expect(table.columns.map(\.name) == ["agents", "region", "signed", "active", "note"])
        guard case .numbers(let agents)? = table.column(named: "agents")?.values else {
            Issue.record("agents should be numbers")
            return
        }
        #expect(agents[0] == 12 && agents[1].isNaN && agents[2] == 3.5)
        #expect(table.column(named: "region")?.values.value(at: 1) == .category("South"))
        #expect(table.column(named: "signed")?.values.value(at: 0)
            == .date(Date(timeIntervalSince1970: 1_714_521_600)))
        #expect(table.column(named: "signed")?.values.value(at: 1) == nil)
        #expect(table.column(named: "signed")?.values.value(at: 2)
            == .date(Date(timeIntervalSince1970: 1_714_730_400)))
        #expect(table.column(named: "active")?.values.value(at: 1) == .boolean(false))
        #expect(table.column(named: "active")?.values.value(at: 2) == nil)
        // A quoted delimiter stays in its field; mixed numbers and text are a category.
        #expect(table.column(named: "note")?.values.value(at: 0) == .category("a; b"))
        #expect(table.column(named: "note")?.values.value(at: 2) == .category("7"))
    }

    @Test("kinds can be forced, columns chosen; wrong widths and bad values are refused")
    func overridesAndErrors() throws {
        let text = "zip,amount\n02134,5\n10001,6\n"
        let table = try TrainingCSVReader(kinds: ["zip": .category], columns: ["zip"]).read(text: text)
        #expect(table.columns.map(\.name) == ["zip"])
        #expect(table.column(named: "zip")?.values.value(at: 0) == .category("02134"))
        #expect(throws: ScoringError.self) { try TrainingCSVReader(columns: ["nope"]).read(text: text) }
        #expect(throws: ScoringError.self) { try TrainingCSVReader().read(text: "a,b\n1,2\n3\n") }
        let error = try #require(throws: ScoringError.self) {
            try TrainingCSVReader(kinds: ["amount": .number]).read(text: "amount\n5\nfive\n")
        }
        #expect(error.message.contains("five"))
    }

    @Test("the bank-marketing file: 41,188 rows, 21 columns, ; detected, kinds as documented")
    func bankMarketing() throws {
        let url = Self.packageRoot.appendingPathComponent("../shared/data/bank-marketing/bank-additional-full.csv")
        let table = try TrainingCSVReader(kinds: ["y": .category]).read(contentsOf: url)
        #expect(table.rowCount == 41_188)
        #expect(table.columns.count == 21)
        #expect(table.column(named: "age")?.values.kind == .number)
        #expect(table.column(named: "euribor3m")?.values.kind == .number)
        #expect(table.column(named: "job")?.values.kind == .category)
        guard case .categories(let levels, let codes)? = table.column(named: "y")?.values else {
            Issue.record("y should be a category")
            return
        }
        #expect(Set(levels) == ["yes", "no"])
        // The README's positive rate: 4,640 of 41,188 (11.3%).
        #expect(codes.count { levels[Int($0)] == "yes" } == 4_640)
    }
}
