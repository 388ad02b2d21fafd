import Testing
@testable import UptakeCore

@Suite struct PulseLinkTokenTests {
    @Test func tokensAreLongRandomAndStoredHashed() {
        var random = SeededGenerator(seed: 5)
        let first = PulseLinkToken.make(using: &random)
        let second = PulseLinkToken.make(using: &random)
        #expect(first.count == 43 && second.count == 43 && first != second)
        #expect(first.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        let grant = PulseTokenGrant(token: first, surveyID: "s", role: .rep, team: "North")
        #expect(grant.tokenHash == SHA256Digest.hex(first) && grant.tokenHash.count == 64)
        #expect(!grant.tokenHash.contains(first))
    }
}
