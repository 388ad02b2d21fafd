import Foundation

/// Lends `body` an array of C strings copied from `strings`, freed when `body` returns.
///
/// The C API takes `const char *[]`; the pointers must not escape `body`.
func withCStringArray<R>(_ strings: [String], _ body: (inout [UnsafePointer<CChar>?]) throws -> R) rethrows -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    var pointers = copies.map { UnsafePointer($0) }
    return try body(&pointers)
}

/// Copies `count` C strings owned by XGBoost (valid only until its next call on this thread).
func copyCStrings(_ pointer: UnsafePointer<UnsafePointer<CChar>?>?, count: Int) -> [String] {
    guard let pointer else { return [] }
    return (0..<count).map { pointer[$0].map { String(cString: $0) } ?? "" }
}
