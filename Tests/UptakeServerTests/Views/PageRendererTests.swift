import Foundation
import Testing
@testable import UptakeServer

@Suite("PageRenderer: every value escaped byte by byte, partials included")
struct PageRendererTests {
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/UptakeServer/Templates")

    @Test("every template, partials included, names the byte-wise escaping in its first line")
    func everyTemplateNamesTheEscaping() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.templates.path).filter { $0.hasSuffix(".mustache") }
        #expect(files.count >= 10)
        for file in files {
            let text = try String(contentsOf: Self.templates.appendingPathComponent(file), encoding: .utf8)
            #expect(text.hasPrefix("{{% CONTENT_TYPE: \(UptakeHTMLContentType.name) }}\n"), "\(file)")
        }
    }

    @Test("a quote followed by a combining mark cannot end an attribute, in a page or in its header partial")
    func combiningMarksDoNotBreakOut() async throws {
        let renderer = try await PageRenderer.load()
        let attack = "x\"\u{301} autofocus onfocus=alert(1) y=\"\u{301}"
        let chrome = PageChrome(
            title: attack, userName: "u", role: "rep",
            nav: [.init(href: "/day?x=\(attack)", label: attack, current: false)], csrf: nil,
            vendor: "/vendor", charts: false, maps: false)
        let html = try #require(renderer.library.render(
            Page(chrome: chrome, content: LoginController.Content(csrf: "c", next: "/", name: attack, error: nil)),
            withTemplate: "login"))
        #expect(html.hasPrefix("<!doctype html>"))
        let rawQuote = "\"\u{301}"
        let field = "value=\"x&quot;\u{301} autofocus onfocus=alert(1) y=&quot;\u{301}\""
        let link = "href=\"/day?x=x&quot;\u{301} autofocus"
        #expect(!html.contains(rawQuote))
        #expect(html.contains(field))
        #expect(html.contains(link))
    }
}
