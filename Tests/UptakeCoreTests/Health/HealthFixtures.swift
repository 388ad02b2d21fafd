import Foundation

/// The committed numpy fixture in `Tests/UptakeCoreTests/Fixtures/health`, made by
/// `scripts/fixtures/health/make_psi_fixture.py`.
enum HealthFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/health")

    struct PSIFile: Decodable {
        var numpy_version: String
        var share_floor: Double
        var cases: [PSICase]
    }

    /// One case; numeric cases carry numbers (null is missing), categorical ones levels (null is missing).
    struct PSICase: Decodable, CustomStringConvertible {
        enum Sample: Decodable {
            case numbers([Double?])
            case levels([String?])

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let numbers = try? container.decode([Double?].self) { self = .numbers(numbers) }
                else { self = .levels(try container.decode([String?].self)) }
            }

            var numbers: [Double] {
                if case .numbers(let values) = self { return values.map { $0 ?? .nan } }
                return []
            }

            var levels: [String?] {
                if case .levels(let values) = self { return values }
                return []
            }
        }

        var name: String
        var kind: String
        var reference: Sample
        var current: Sample
        var edges: [Double]?
        var levels: [String]?
        var reference_counts: [Int]
        var current_counts: [Int]
        var psi: Double

        var description: String { name }
    }

    static func psi() throws -> PSIFile {
        try JSONDecoder().decode(PSIFile.self, from: Data(contentsOf: directory.appendingPathComponent("psi.json")))
    }
}
