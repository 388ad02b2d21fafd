import Mustache
import UptakeCore

/// The escaping every page template uses (each starts with `{{% CONTENT_TYPE: UPTAKE_HTML }}`):
/// `HTMLText.escape`, byte by byte.
///
/// Mustache's own HTML escaping compares whole characters, so a `"` followed by a combining mark was written
/// raw: inside an attribute such as `data-feature="{{name}}"` it ended the attribute, and the rest of a CRM
/// value could add an event handler. Mustache resets partials to its own escaping, so every template file,
/// partials included, names this one (`PageRendererTests` checks that each does).
struct UptakeHTMLContentType: MustacheContentType {
    /// The name templates give in their `CONTENT_TYPE` pragma.
    static let name = "UPTAKE_HTML"

    /// Registers the content type with Mustache (before any template is parsed).
    static func register() {
        MustacheContentTypes.register(UptakeHTMLContentType(), named: name)
    }

    /// `HTMLText.escape(text)`.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The text, safe in element content and in quoted attribute values.
    func escapeText(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
