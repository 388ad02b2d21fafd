import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes rejected rows to `FILE.rejected.csv`: the original columns plus a `reason` column.
///
/// Atomic: rows go to a temporary file beside the target, renamed over it by ``finish()``; an import
/// that stops half way leaves no partial rejected file. Nothing is created until the first row.
final class RejectedRowsWriter {
    /// Where the rejected rows end up.
    let destination: URL
    private let header: [String]
    private let delimiter: UInt8
    private var temporary: URL?
    private var handle: FileHandle?
    private var buffer: [UInt8] = []
    private(set) var count = 0

    init(source: URL, header: [String], delimiter: UInt8) {
        destination = source.deletingLastPathComponent()
            .appending(path: source.lastPathComponent + ".rejected.csv")
        self.header = header
        self.delimiter = delimiter
    }

    deinit {
        try? handle?.close()
        if let temporary { try? FileManager.default.removeItem(at: temporary) }
    }

    /// Appends one row.
    func write(fields: [String], reason: String) throws {
        if handle == nil {
            let temporary = destination.deletingLastPathComponent()
                .appending(path: ".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
            }
            self.temporary = temporary
            handle = try FileHandle(forWritingTo: temporary)
            append(row: header + ["reason"])
        }
        append(row: fields + [reason])
        count += 1
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Moves the rows into place; returns where, or nil when no row was rejected.
    func finish() throws -> URL? {
        guard let handle, let temporary else { return nil }
        try flush()
        try handle.close()
        self.handle = nil
        // rename(2) replaces the destination atomically within one file system.
        guard rename(temporary.path, destination.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
        }
        self.temporary = nil
        return destination
    }

    private func flush() throws {
        guard let handle, !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func append(row: [String]) {
        for (index, field) in row.enumerated() {
            if index > 0 { buffer.append(delimiter) }
            let bytes = Array(field.utf8)
            let needsQuotes = bytes.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes {
                buffer.append(0x22)
                for byte in bytes {
                    if byte == 0x22 { buffer.append(0x22) }
                    buffer.append(byte)
                }
                buffer.append(0x22)
            } else {
                buffer.append(contentsOf: bytes)
            }
        }
        buffer.append(contentsOf: [0x0D, 0x0A])
    }
}
