// Parse and parse+validate throughput of the lead import, against yaslab/CSV.swift on the same file.
//
//     python3 bench/import/generate_leads.py --rows 1000000 --out /tmp/leads-1m.csv
//     swift build -c release --product ImportBench
//     /usr/bin/time -v .build/release/ImportBench /tmp/leads-1m.csv [parse|csvswift|import|all]
//
// Prints one table: rows, seconds and rows/s per stage, and each stage's ratio to CSV.swift parsing.
import CSV
import Foundation
import UptakeCore
import UptakeImport

@main
struct ImportBench {
    static func main() async throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else {
            print("usage: ImportBench FILE.csv [parse|csvswift|import|all]")
            return
        }
        let url = URL(filePath: arguments[1])
        let stage = arguments.count >= 3 ? arguments[2] : "all"
        var rows: [(String, Int, Double)] = []

        if stage == "parse" || stage == "all" {
            let (count, seconds) = try time {
                let reader = try CSVRecordReader(url: url)
                var count = 0
                while let record = try reader.next() { count += record.fields.isEmpty ? 0 : 1 }
                return count - 1
            }
            rows.append(("parse: CSVRecordReader (ours)", count, seconds))
        }
        if stage == "csvswift" || stage == "all" {
            let (count, seconds) = try time {
                guard let stream = InputStream(url: url) else { return 0 }
                let reader = try CSVReader(stream: stream, hasHeaderRow: true)
                var count = 0
                while let row = reader.next() { count += row.isEmpty ? 0 : 1 }
                return count
            }
            rows.append(("parse: yaslab/CSV.swift 2.5.2", count, seconds))
        }
        if stage == "import" || stage == "all" {
            let start = Date()
            let importer = CSVImporter(references: .unchecked)
            let counter = Counter()
            let result = try await importer.importLeads(from: url) { leads in counter.add(leads.count) }
            let seconds = Date().timeIntervalSince(start)
            if result.hasErrors { print(result.report) }
            rows.append(("parse+validate: CSVImporter.importLeads", counter.count, seconds))
        }

        let peer = rows.first { $0.0.contains("CSV.swift") }.map { Double($0.1) / $0.2 }
        print("| stage | rows | seconds | rows/s | ratio to CSV.swift parse |")
        print("|---|---:|---:|---:|---:|")
        for (name, count, seconds) in rows {
            let rate = Double(count) / seconds
            let ratio = peer.map { String(format: "%.2f", rate / $0) } ?? "n/a"
            print("| \(name) | \(count) | \(String(format: "%.2f", seconds)) | \(String(format: "%.0f", rate)) | \(ratio) |")
        }
    }

    static func time(_ body: () throws -> Int) rethrows -> (Int, Double) {
        let start = Date()
        let count = try body()
        return (count, Date().timeIntervalSince(start))
    }
}

/// Counts what the sink receives (the sink runs in the importer's task; no sharing).
final class Counter: @unchecked Sendable {
    private(set) var count = 0
    func add(_ value: Int) { count += value }
}
