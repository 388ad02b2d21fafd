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

@Suite("NumberParser fast path")
struct NumberParserFastPathTests {
    @Test("the strtod-free fast path gives exactly what Double(String) gives")
    func agreesWithStrtod() throws {
        var generator = SystemRandomNumberGenerator()
        var texts = ["0", "-0", "1", "0.1", "0.3", "39.899546", "-84.379271", "123456789012345", "0.000000000000001",
                     "99999999999999.9", "5.", ".5", "-", "1.2.3", "1e5", "+1", "12345678901234567"]
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...15, using: &generator)
            let point = Int.random(in: 0...digits, using: &generator)
            var text = Int.random(in: 0...1, using: &generator) == 0 ? "" : "-"
            for index in 0..<digits {
                if index == point && index > 0 { text += "." }
                text += String(Int.random(in: 0...9, using: &generator))
            }
            texts.append(text)
        }
        for text in texts {
            if let fast = NumberParser.simpleDecimal(text) {
                let reference = try #require(Double(text), "\(text)")
                #expect(fast.bitPattern == reference.bitPattern || (fast == 0 && reference == 0), "\(text)")
            }
        }
        #expect(NumberParser.simpleDecimal("39.899546") == 39.899546)
        #expect(NumberParser.simpleDecimal("1e5") == nil)
        #expect(NumberParser.simpleDecimal("5.") == nil)
    }
}
