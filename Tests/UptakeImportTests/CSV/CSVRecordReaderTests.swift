import Foundation
import Testing
@testable import UptakeImport

@Suite("CSVRecordReader")
struct CSVRecordReaderTests {
    /// Reads every record of `text`, with the given chunk size.
    private func records(_ text: String, chunkSize: Int = 1 << 20, delimiter: UInt8? = nil) throws -> [CSVRecord] {
        try records(Data(text.utf8), chunkSize: chunkSize, delimiter: delimiter)
    }

    private func records(_ data: Data, chunkSize: Int = 1 << 20, delimiter: UInt8? = nil, maxFieldBytes: Int = 1 << 20)
        throws -> [CSVRecord]
    {
        let reader = CSVRecordReader(data: data, delimiter: delimiter, maxFieldBytes: maxFieldBytes, chunkSize: chunkSize)
        var result: [CSVRecord] = []
        while let record = try reader.next() { result.append(record) }
        return result
    }

    /// RFC 4180 section 2's examples: quoted delimiters, doubled quotes, line breaks inside quotes.
    static let rfcText = "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nplain,,end\r\n"

    @Test("RFC 4180: quoted delimiters, doubled quotes and line breaks, empty fields")
    func rfc4180() throws {
        let result = try records(Self.rfcText)
        #expect(result.map(\.fields) == [["a", "b", "c"], ["x,1", "say \"hi\"", "two\r\nlines"], ["plain", "", "end"]])
    }

    @Test("a record's line is the physical line it starts on, after quoted line breaks")
    func lineNumbers() throws {
        let text = "h1,h2\n\"multi\nline\nvalue\",1\nnext,2\n\n\nafter blank,3\r\ncr only,4\rlast,5"
        let result = try records(text)
        #expect(result.map(\.line) == [1, 2, 5, 8, 9, 10])
        #expect(result.last?.fields == ["last", "5"])
    }

    @Test("records are the same whatever the chunk size (fields and quotes cut across chunks)",
          arguments: [1, 2, 3, 5, 7, 64])
    func chunkBoundaries(chunkSize: Int) throws {
        let whole = try records(Self.rfcText)
        let chunked = try records(Self.rfcText, chunkSize: chunkSize)
        #expect(chunked.map(\.fields) == whole.map(\.fields))
        #expect(chunked.map(\.line) == whole.map(\.line))
        #expect(chunked.map(\.byteOffset) == whole.map(\.byteOffset))
    }

    @Test("the delimiter is detected from the header, ignoring delimiters inside quotes")
    func delimiterDetection() throws {
        #expect(CSVRecordReader(data: Data("a;b;c\n1;2;3".utf8)).delimiter == UInt8(ascii: ";"))
        #expect(CSVRecordReader(data: Data("a\tb\tc\n".utf8)).delimiter == UInt8(ascii: "\t"))
        #expect(CSVRecordReader(data: Data("\"x;y;z\",b\n".utf8)).delimiter == UInt8(ascii: ","))
        #expect(CSVRecordReader(data: Data("single\n".utf8)).delimiter == UInt8(ascii: ","))
        #expect(try records("a;b\n1;2").map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test("a UTF-8 byte order mark is not part of the first field")
    func byteOrderMark() throws {
        let result = try records(Data([0xEF, 0xBB, 0xBF]) + Data("id,name\n1,Å\n".utf8))
        #expect(result.map(\.fields) == [["id", "name"], ["1", "Å"]])
        #expect(result[0].byteOffset == 3)
    }

    @Test("invalid UTF-8 is reported with the field and the file offset of the bad byte")
    func invalidUTF8() throws {
        // Line 2 starts at offset 8; the quoted field's bad byte 0xFF follows `"a""b` (5 bytes in the file).
        var data = Data("id,name\n1,\"a\"\"b".utf8)
        data.append(0xFF)
        data.append(contentsOf: Array("c\"\n".utf8))
        let result = try records(data)
        #expect(result[1].issue == .invalidUTF8(field: 1, byteOffset: 15))
        #expect(data[15] == 0xFF)
    }

    @Test("a field over the limit is cut, reported, and reading goes on")
    func fieldTooLong() throws {
        let text = "id,notes\n1," + String(repeating: "x", count: 100) + "\n2,short\n"
        let result = try records(text, chunkSize: 16, maxFieldBytes: 10)
        #expect(result[1].issue == .fieldTooLong(field: 1, limit: 10, quoteLine: nil))
        #expect(result[1].fields[1].count == 10)
        #expect(result[2].fields == ["2", "short"])
        #expect(result[2].issue == nil)
    }

    @Test("a 10 MB field is not buffered: the record buffer stays near the 1 MiB limit")
    func hugeFieldIsNotBuffered() throws {
        var data = Data("id,notes\n1,\"".utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 10 * 1024 * 1024))
        data.append(contentsOf: Array("\"\n2,short\n".utf8))
        let reader = CSVRecordReader(data: data, chunkSize: 64 * 1024)
        _ = try reader.next()
        let huge = try #require(try reader.next())
        #expect(huge.issue == .fieldTooLong(field: 1, limit: 1 << 20, quoteLine: 2))
        #expect(reader.testOnly_recordBufferCapacity < 3 << 20)
        #expect(try reader.next()?.fields == ["2", "short"])
    }

    private func records(_ text: String, chunkSize: Int, maxFieldBytes: Int) throws -> [CSVRecord] {
        try records(Data(text.utf8), chunkSize: chunkSize, maxFieldBytes: maxFieldBytes)
    }

    @Test("a quote that never closes is reported at the line it opened")
    func unclosedQuote() throws {
        let result = try records("a,b\n1,2\n3,\"open\nand on\nand on\n")
        #expect(result.count == 3)
        #expect(result[2].issue == .unclosedQuote(field: 1, quoteLine: 3))
    }

    @Test("the last record needs no line break, and a trailing delimiter is an empty field")
    func endOfInput() throws {
        #expect(try records("a,b\n1,").map(\.fields) == [["a", "b"], ["1", ""]])
        #expect(try records("a,b\n\"1\",\"2\"").map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(try records("").isEmpty)
        #expect(try records("\n\r\n").isEmpty)
    }

    @Test("bytesRead reaches the file size, for the progress bar")
    func progress() throws {
        let data = Data(Self.rfcText.utf8)
        let reader = CSVRecordReader(data: data, chunkSize: 4)
        while try reader.next() != nil {}
        #expect(reader.bytesRead == data.count)
        #expect(reader.totalBytes == data.count)
    }

    @Test("agrees with Python's csv module on a generated file (fixture from generate_leads.py)")
    func agreesWithPythonCSV() throws {
        let url = TestFiles.fixture("generated-leads-200.csv")
        let reader = try CSVRecordReader(url: url, chunkSize: 1000)
        var fields: [[String]] = []
        while let record = try reader.next() { fields.append(record.fields) }
        let expected = try JSONDecoder().decode(
            [[String]].self, from: Data(contentsOf: TestFiles.fixture("generated-leads-200.json")))
        #expect(fields == expected)
    }
}
