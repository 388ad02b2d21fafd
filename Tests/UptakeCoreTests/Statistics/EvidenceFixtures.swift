import Foundation

/// Reads the committed reference fixtures under `Tests/UptakeCoreTests/Fixtures/evidence/`.
///
/// The fixtures were written by the Python scripts in `scripts/fixtures/` from scipy, statsmodels,
/// numpy-financial and gbstats; tests compare our numbers with theirs.
enum EvidenceFixtures {
    /// The package root: the nearest directory above this file that holds `Package.swift`.
    static func packageRoot(from file: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: file).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
            url.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(file)")
    }

    /// The URL of a fixture file.
    static func url(_ name: String) -> URL {
        packageRoot().appendingPathComponent("Tests/UptakeCoreTests/Fixtures/evidence/\(name)")
    }

    /// Decodes a JSON fixture.
    static func load<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: url(name)))
    }

    /// `true` when `actual` is within `relative` relative error (or `absolute` for values near zero).
    static func close(_ actual: Double, _ expected: Double, relative: Double, absolute: Double = 0) -> Bool {
        if actual == expected { return true }
        let diff = abs(actual - expected)
        return diff <= absolute || diff <= relative * abs(expected)
    }
}
