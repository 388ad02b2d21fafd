import Foundation

/// The project's shared data directory (`../shared/data` beside the package), found from a source file's path.
public enum SharedData {
    /// The shared data directory.
    ///
    /// Walks up from `filePath` (with symlinks resolved) to the directory holding `Package.swift`, then
    /// takes `../shared/data` from there.
    ///
    /// - Parameter filePath: The calling test's `#filePath` (the default).
    /// - Returns: The directory (which may not exist on a machine without the data).
    public static func directory(filePath: StaticString = #filePath) -> URL {
        var directory = URL(fileURLWithPath: "\(filePath)").resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory.deletingLastPathComponent().appendingPathComponent("shared/data")
            }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: "../shared/data")
    }

    /// A file in the shared data directory.
    ///
    /// - Parameters:
    ///   - name: The path inside `shared/data`, e.g. `bank-marketing/bank-full.csv`.
    ///   - filePath: The calling test's `#filePath` (the default).
    /// - Returns: The file's URL.
    public static func file(_ name: String, filePath: StaticString = #filePath) -> URL {
        directory(filePath: filePath).appendingPathComponent(name)
    }
}
