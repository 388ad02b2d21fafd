import Foundation

/// Reads shared benchmark data by path, from the directory holding Package.swift (HELPERS.md).
enum PlanningTestData {
    static func sharedFile(_ relative: String, filePath: String = #filePath) throws -> String {
        var directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { throw CocoaError(.fileNoSuchFile) }
            directory = parent
        }
        let url = directory.deletingLastPathComponent().appendingPathComponent("shared/data").appendingPathComponent(relative)
        return try String(contentsOf: url, encoding: .utf8)
    }
}
