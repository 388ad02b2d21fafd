import ArgumentParser
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import UptakeCore

/// Posts a digest to a chat webhook as JSON: `text` (Markdown, which Slack-style webhooks display),
/// `html`, `week`, `role` and `audience`.
enum DigestWebhook {
    /// The JSON body.
    struct Payload: Encodable {
        var text: String
        var html: String
        var week: String
        var role: String
        var audience: String
    }

    /// Posts the digest; a failure is reported with the URL and the status, after the digest was written.
    ///
    /// - Parameters:
    ///   - digest: The digest.
    ///   - markdown: Its Markdown.
    ///   - html: Its HTML.
    ///   - url: The webhook.
    /// - Throws: `ValidationError` naming the URL when it cannot be reached or answers other than 2xx.
    static func post(digest: Digest, markdown: String, html: String, to url: URL) async throws {
        var request = URLRequest(url: url, timeoutInterval: 15)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONEncoder().encode(Payload(
            text: markdown, html: html, week: digest.week.description, role: digest.role, audience: digest.audience))
        let response: URLResponse
        do {
            (_, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw ValidationError("could not post the digest to \(url.absoluteString): \(error.localizedDescription)")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard (200..<300).contains(status) else {
            throw ValidationError("the webhook \(url.absoluteString) answered HTTP \(status)")
        }
    }
}
