/// How far an import has got, for a progress bar.
public struct ImportProgress: Sendable, Hashable {
    /// Bytes of the file consumed so far.
    public var bytesRead: Int
    /// The file's size, when known.
    public var totalBytes: Int?
    /// Data rows read so far.
    public var rowsRead: Int

    /// Makes a progress report.
    ///
    /// - Parameters:
    ///   - bytesRead: Bytes consumed.
    ///   - totalBytes: The file's size.
    ///   - rowsRead: Rows read.
    public init(bytesRead: Int, totalBytes: Int?, rowsRead: Int) {
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
        self.rowsRead = rowsRead
    }

    /// The fraction done, 0...1, when the size is known.
    public var fraction: Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        return min(1, Double(bytesRead) / Double(totalBytes))
    }
}
