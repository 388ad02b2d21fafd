import Foundation
import Hummingbird
import Mustache

/// Renders the Mustache templates shipped in the target's `Templates` resource folder into HTML responses.
///
/// Every page is a ``Page`` value: the shared ``PageChrome`` (title, navigation, CSRF token, where the
/// browser libraries are) and a page-specific content value. Every `{{value}}` is escaped by
/// ``UptakeHTMLContentType`` (each template names it in its first line); the only unescaped output is JSON
/// made by ``PageRenderer/json(_:)`` for chart and map data.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    /// Loads the templates.
    ///
    /// - Throws: Mustache's parse error naming the template, or a missing-resource error.
    static func load() async throws -> PageRenderer {
        guard let root = Bundle.module.resourceURL?.appendingPathComponent("Templates").path else {
            throw AppError(.internalServerError, code: "templates_missing", message: "The page templates are missing.")
        }
        UptakeHTMLContentType.register()
        return PageRenderer(library: try await MustacheLibrary(directory: root))
    }

    /// Renders a page.
    ///
    /// - Parameters:
    ///   - template: The template name (file name without `.mustache`).
    ///   - page: The values.
    ///   - status: The HTTP status.
    /// - Returns: The HTML response.
    /// - Throws: ``AppError`` when the template does not exist.
    func render<Content>(_ template: String, _ page: Page<Content>, status: HTTPResponse.Status = .ok) throws
        -> Response
    {
        guard let html = library.render(page, withTemplate: template) else {
            throw AppError(.internalServerError, code: "template_missing", message: "No template \(template).")
        }
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// JSON for a `<script type="application/json">` block: `<` is escaped so no `</script>` can end it early.
    ///
    /// - Parameter value: The value.
    /// - Returns: The JSON text.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}

/// What every page template receives: the chrome and the page's own content.
struct Page<Content>: Sendable where Content: Sendable {
    /// Title, navigation, CSRF token, library paths.
    var chrome: PageChrome
    /// The page's values.
    var content: Content
}

/// The parts of a page every template shares.
struct PageChrome: Sendable {
    /// One navigation link.
    struct Link: Sendable {
        var href: String
        var label: String
        var current: Bool
    }

    /// The page title.
    var title: String
    /// The signed-in user's name, or nil on the sign-in page.
    var userName: String?
    /// The signed-in user's role.
    var role: String?
    /// Navigation links for the role.
    var nav: [Link]
    /// The CSRF token for the page's forms.
    var csrf: String?
    /// Where Chart.js and Leaflet are served.
    var vendor: String
    /// Whether the page needs Chart.js.
    var charts: Bool
    /// Whether the page needs Leaflet.
    var maps: Bool
}
