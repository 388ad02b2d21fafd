import Testing
import UptakeCore

@Suite("HTMLText: the five HTML characters escaped byte by byte")
struct HTMLTextTests {
    @Test("each of & < > \" ' becomes its entity, also when a combining mark follows it")
    func escapesEveryOccurrence() {
        #expect(HTMLText.escape("Tom & \"Jerry\" <b>'s</b>") == "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;")
        // A quote and a combining acute accent are one Character: escaping by Character left the quote raw.
        let attack = "x\"\u{301} onmouseover=alert(1) y=\"\u{301}"
        let escaped = HTMLText.escape(attack)
        #expect(escaped == "x&quot;\u{301} onmouseover=alert(1) y=&quot;\u{301}")
        #expect(!escaped.utf8.contains(UInt8(ascii: "\"")))
        #expect(HTMLText.escape("<\u{301}script>&\u{301}'\u{301}") == "&lt;\u{301}script&gt;&amp;\u{301}&#39;\u{301}")
    }

    @Test("text without them comes back as it is, non-ASCII included")
    func leavesOtherText() {
        for text in ["", "Zoë Saldaña", "日本語", "a\u{301}b", "🙂 ok"] { #expect(HTMLText.escape(text) == text) }
    }
}
