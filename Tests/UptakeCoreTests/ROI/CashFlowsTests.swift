import Foundation
import Testing
@testable import UptakeCore

@Suite("NPV, IRR and payback against numpy-financial")
struct CashFlowsTests {
    struct Case: Decodable {
        var name: String
        var rate: Double
        var flows: [Double]
        var npv: Double
        var irr: Double?
        var payback: Double?
        var discounted_payback: Double?
    }
    struct Fixture: Decodable { var cases: [Case] }

    static let cases: [Case] = (try? EvidenceFixtures.load(Fixture.self, "roi.json").cases) ?? []

    @Test func fixtureIsPresent() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: cases.map(\.name))
    func matchesNumpyFinancial(name: String) throws {
        let c = try #require(Self.cases.first { $0.name == name })
        let flows = CashFlows(c.flows)
        // 1e-9 relative, or 1e-9 of the largest flow when the NPV is near zero.
        let scale = c.flows.map(abs).max() ?? 1
        #expect(EvidenceFixtures.close(flows.npv(rate: c.rate), c.npv, relative: 1e-9, absolute: 1e-9 * scale))
        let irr = flows.irr()
        if let expected = c.irr {
            let rate = try #require(irr.rate)
            #expect(EvidenceFixtures.close(rate, expected, relative: 1e-9, absolute: 1e-12), "\(rate) vs \(expected)")
            #expect(irr.status == (flows.signChanges == 1 ? .unique : .mayBeSeveral))
        } else {
            #expect(irr.rate == nil)
            #expect(irr.status == .none)
        }
        #expect(Self.same(flows.payback(), c.payback))
        #expect(Self.same(flows.discountedPayback(rate: c.rate), c.discounted_payback))
    }

    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return EvidenceFixtures.close(x, y, relative: 1e-9, absolute: 1e-12)
        default: return false
        }
    }

    @Test func severalSignChangesAreFlagged() {
        let irr = CashFlows([-100, 230, -132]).irr()
        #expect(irr.status == .mayBeSeveral)
        // Roots at 10 % and 20 %; the one nearest zero is reported, as numpy-financial does.
        #expect(abs((irr.rate ?? 0) - 0.1) < 1e-12)
    }
}

