import Testing
@testable import UptakeImport

@Suite("ImportOptions")
struct ImportOptionsTests {
    @Test("--delimiter names")
    func delimiterNames() {
        #expect(ImportOptions.delimiter(named: ";") == ";")
        #expect(ImportOptions.delimiter(named: "tab") == "\t")
        #expect(ImportOptions.delimiter(named: "\\t") == "\t")
        #expect(ImportOptions.delimiter(named: "|") == nil)
    }
}
