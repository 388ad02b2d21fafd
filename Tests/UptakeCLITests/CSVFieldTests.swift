import Testing
@testable import UptakeCLI

@Suite("CSVField: quoting and doubling judged byte by byte")
struct CSVFieldTests {
    @Test("a field is quoted when it has a comma, quote, CR or LF, CRLF and quote-plus-mark included")
    func quotesWhenNeeded() {
        #expect(CSVField.field("plain") == "plain")
        #expect(CSVField.field("Zoë") == "Zoë")
        #expect(CSVField.field("a,b") == "\"a,b\"")
        #expect(CSVField.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        // "\r\n" is one Character that is neither "\r" nor "\n"; the old check let it through unquoted.
        #expect(CSVField.field("line\r\nbreak") == "\"line\r\nbreak\"")
        // A quote with a combining mark is one Character; the old escaping left the quote single.
        #expect(CSVField.field("x\"\u{301}y") == "\"x\"\"\u{301}y\"")
    }

    @Test("quotes are doubled wherever they are")
    func doublesQuotes() {
        #expect(CSVField.doublingQuotes("no quotes") == "no quotes")
        #expect(CSVField.doublingQuotes("\"\u{301}\"") == "\"\"\u{301}\"\"")
    }
}
