import Testing
@testable import UptakeImport

@Suite("NumberParser")
struct NumberParserTests {
    @Test("plain numbers and CRM-formatted amounts")
    func numbers() {
        let parser = NumberParser()
        #expect(parser.number("1500000") == 1_500_000)
        #expect(parser.number("-3.25") == -3.25)
        #expect(parser.number("1e3") == 1000)
        #expect(parser.number("$1,500,000.00") == 1_500_000)
        #expect(parser.number("USD 1,500,000") == 1_500_000)
        #expect(parser.number(" 42 ") == 42)
    }

    @Test("ambiguous or non-numbers are refused", arguments: ["1,5", "12k", "", "nan", "inf", "1,50,000", "abc"])
    func refused(text: String) {
        #expect(NumberParser().number(text) == nil)
    }

    @Test("a comma decimal separator (European exports)")
    func commaDecimal() {
        let parser = NumberParser(decimalSeparator: ",")
        #expect(parser.number("1.500.000,50 €") == 1_500_000.5)
        #expect(parser.number("3,25") == 3.25)
        #expect(parser.number("1.5") == nil)
    }

    @Test("booleans in words; digits only where asked")
    func booleans() {
        #expect(NumberParser.boolean("Yes") == true)
        #expect(NumberParser.boolean(" FALSE ") == false)
        #expect(NumberParser.boolean("1") == nil)
        #expect(NumberParser.boolean("1", acceptDigits: true) == true)
        #expect(NumberParser.boolean("maybe") == nil)
    }
}
