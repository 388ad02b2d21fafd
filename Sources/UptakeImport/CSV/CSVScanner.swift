/// The RFC 4180 state machine behind ``CSVRecordReader``: consumes bytes a chunk at a time and assembles
/// one record's fields.
///
/// A struct with all its state in stored properties, driven through one `mutating` call per chunk, so
/// that the per-byte loop pays neither for class property access nor for dynamic exclusivity checks on
/// captured variables (both cost about a third of the time when the loop was a closure over locals).
struct CSVScanner {
    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    let delimiter: UInt8
    let maxFieldBytes: Int
    let maxFields: Int

    /// The current physical line (1-based).
    private(set) var line = 1
    private var previousWasCR = false

    private var state = State.fieldStart
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var offsets: [Int] = []
    private var quoteLines: [Int] = []
    private var fieldLength = 0
    private var issue: CSVIssue?
    private var recordLine = 1
    private var recordOffset = 0
    private var followsBlankLine = false

    init(delimiter: UInt8, maxFieldBytes: Int, maxFields: Int) {
        self.delimiter = delimiter
        self.maxFieldBytes = maxFieldBytes
        self.maxFields = maxFields
    }

    /// Bytes the record buffer can hold without growing (what a huge field makes it keep).
    var bufferCapacity: Int { bytes.capacity }

    /// Starts a new record at a file offset.
    mutating func begin(at offset: Int) {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        quoteLines.removeAll(keepingCapacity: true)
        state = .fieldStart
        fieldLength = 0
        issue = nil
        recordLine = line
        recordOffset = offset
        followsBlankLine = false
    }

    /// Consumes bytes from `start` until the record ends or the buffer does.
    ///
    /// - Parameters:
    ///   - buffer: The chunk.
    ///   - start: Where to start in it.
    ///   - base: The chunk's offset in the file.
    /// - Returns: Where consumption stopped, and whether the record ended there.
    mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, base: Int) -> (next: Int, ended: Bool) {
        var index = start
        let count = buffer.count
        let delimiter = self.delimiter, quote = Self.quote
        let lineFeed = Self.lineFeed, carriageReturn = Self.carriageReturn
        while index < count {
            switch state {
            case .fieldStart:
                let byte = buffer[index]
                index += 1
                let previousWasCRBefore = previousWasCR
                countLine(byte)
                if byte == lineFeed || byte == carriageReturn {
                    if ends.isEmpty {
                        // A blank line (or the LF of a CRLF): skip it.
                        recordLine = line
                        recordOffset = base + index
                        // The LF of a CRLF is not a blank line.
                        if !(byte == lineFeed && previousWasCRBefore) { followsBlankLine = true }
                        continue
                    }
                    offsets.append(base + index - 1)
                    quoteLines.append(0)
                    ends.append(bytes.count)
                    return (index, true)
                }
                offsets.append(base + index - 1)
                fieldLength = 0
                if byte == quote {
                    quoteLines.append(line)
                    state = .quoted
                } else {
                    quoteLines.append(0)
                    state = .unquoted
                    if byte != delimiter || !endField() { append(buffer, index - 1, index, quoteLine: nil) }
                }
            case .unquoted:
                var end = index
                while end < count {
                    let byte = buffer[end]
                    if byte == delimiter || byte == lineFeed || byte == carriageReturn { break }
                    end += 1
                }
                if end > index { previousWasCR = false }
                append(buffer, index, end, quoteLine: nil)
                index = end
                if index == count { return (index, false) }
                let byte = buffer[index]
                index += 1
                countLine(byte)
                if byte == delimiter {
                    if !endField() { append(buffer, index - 1, index, quoteLine: nil) }
                } else {
                    ends.append(bytes.count)
                    state = .fieldStart
                    return (index, true)
                }
            case .quoted:
                var end = index
                while end < count {
                    let byte = buffer[end]
                    if byte == quote { break }
                    countLine(byte)
                    end += 1
                }
                append(buffer, index, end, quoteLine: quoteLines.last)
                index = end
                if index == count { return (index, false) }
                index += 1
                previousWasCR = false
                state = .quoteInQuoted
            case .quoteInQuoted:
                let byte = buffer[index]
                index += 1
                countLine(byte)
                if byte == quote {
                    // A doubled quote is one quote character.
                    state = .quoted
                    append(buffer, index - 1, index, quoteLine: quoteLines.last)
                } else if byte == delimiter {
                    if !endField() {
                        state = .unquoted
                        append(buffer, index - 1, index, quoteLine: nil)
                    }
                } else if byte == lineFeed || byte == carriageReturn {
                    ends.append(bytes.count)
                    state = .fieldStart
                    return (index, true)
                } else {
                    // Text after a closing quote (`"a"b`): kept, as spreadsheets do.
                    state = .unquoted
                    append(buffer, index - 1, index, quoteLine: nil)
                }
            }
        }
        return (index, false)
    }

    /// Ends the input: closes a record in progress (reporting an open quote).
    ///
    /// - Parameter offset: The file's length.
    /// - Returns: Whether there was a record in progress.
    mutating func finish(at offset: Int) -> Bool {
        if state == .fieldStart && ends.isEmpty { return false }
        if state == .quoted, issue == nil {
            issue = .unclosedQuote(field: ends.count, quoteLine: quoteLines.last ?? recordLine)
        }
        if state == .fieldStart {
            offsets.append(offset)
            quoteLines.append(0)
        }
        ends.append(bytes.count)
        state = .fieldStart
        return true
    }

    /// Every CR, LF or CRLF ends a physical line, inside quotes or not.
    private mutating func countLine(_ byte: UInt8) {
        if byte == Self.lineFeed {
            if !previousWasCR { line += 1 }
            previousWasCR = false
        } else if byte == Self.carriageReturn {
            line += 1
            previousWasCR = true
        } else {
            previousWasCR = false
        }
    }

    /// Ends a field at a delimiter, unless the record already has the most fields allowed (then the
    /// delimiter is kept as text and the record reported).
    private mutating func endField() -> Bool {
        if ends.count + 1 < maxFields {
            ends.append(bytes.count)
            state = .fieldStart
            return true
        }
        issue = issue ?? .tooManyFields(limit: maxFields)
        return false
    }

    /// Appends a run of field bytes, honouring the field limit (bytes past it are dropped, not buffered).
    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, quoteLine: Int?) {
        guard to > from else { return }
        let room = maxFieldBytes - fieldLength
        fieldLength += to - from
        if to - from <= room {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[from..<to]))
        } else {
            if room > 0 { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[from..<(from + room)])) }
            if issue == nil { issue = .fieldTooLong(field: ends.count, limit: maxFieldBytes, quoteLine: quoteLine) }
        }
    }

    /// The finished record: fields decoded as UTF-8, the first invalid byte located in the file.
    /// `mutating` only so that calling it on the reader's stored scanner does not copy the scanner.
    mutating func record() -> CSVRecord {
        var issue = self.issue
        var highBits: UInt8 = 0
        for byte in bytes { highBits |= byte }
        var fields: [String] = []
        fields.reserveCapacity(ends.count)
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for (index, end) in ends.enumerated() {
                let field = UnsafeBufferPointer(rebasing: buffer[start..<end])
                let text = String(decoding: field, as: UTF8.self)
                fields.append(text)
                // Decoding repairs invalid bytes; an ASCII record (no high bit anywhere) cannot have any,
                // and otherwise a repaired field no longer equals its bytes.
                if highBits & 0x80 != 0, issue == nil, !text.utf8.elementsEqual(field) {
                    let bad = Self.firstInvalidUTF8Index(in: field)
                    let quoted = quoteLines[index] != 0
                    // Quoted fields lost their opening quote and one of each doubled quote.
                    let doubled = quoted ? field[..<bad].count(where: { $0 == Self.quote }) : 0
                    issue = .invalidUTF8(field: index, byteOffset: offsets[index] + (quoted ? 1 : 0) + bad + doubled)
                }
                start = end
            }
        }
        return CSVRecord(
            line: recordLine, byteOffset: recordOffset, fields: fields, issue: issue, followsBlankLine: followsBlankLine)
    }

    /// The index of the first byte that does not start a valid UTF-8 scalar.
    static func firstInvalidUTF8Index(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var index = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): index += scalar.count
            case .error, .emptyInput: return index
            }
        }
    }
}
