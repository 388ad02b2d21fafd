import Testing
@testable import UptakeCore

/// FIPS 180-4 example vectors, plus values printed by Python's `hashlib.sha256` for a long and a
/// non-ASCII message.
@Suite struct SHA256DigestTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
        ("pulse-token-é", "ecc3579d588659b800d7189c729c2117ad223c049c7299f280e2f6e40c810123"),
    ])
    func matchesReference(_ message: String, _ digest: String) {
        #expect(SHA256Digest.hex(message) == digest)
    }

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
