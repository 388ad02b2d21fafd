import Foundation

/// Renders a ``Digest`` as Markdown (chat, plain email) or as HTML whose every style is inline, in
/// tables, so that it survives email clients that strip `<style>` blocks and ignore CSS layout.
///
/// ```swift
/// let digest = Digest(input)
/// let text = DigestRenderer.markdown(digest)
/// let page = DigestRenderer.html(digest)
/// ```
public enum DigestRenderer {
    /// The digest as Markdown.
    ///
    /// - Parameter digest: The digest.
    /// - Returns: Markdown text ending in a newline.
    public static func markdown(_ digest: Digest) -> String {
        var lines = ["# \(digest.title)", "", "**\(digest.audience)** · \(digest.role) · \(digest.period)", ""]
        if let notice = digest.notice { lines += ["> **\(notice)**", ""] }
        for section in digest.sections {
            lines += ["## \(section.title)", ""]
            if !section.figures.isEmpty {
                lines += ["| Figure | Value | Change since last week | Based on |", "|---|---|---|---|"]
                for figure in section.figures {
                    let cells = [figure.label, figure.value, changeText(figure), figure.basis ?? ""].map(markdownCell)
                    lines.append("| " + cells.joined(separator: " | ") + " |")
                }
                lines.append("")
            }
            if let table = section.table {
                lines.append("| " + table.header.map(markdownCell).joined(separator: " | ") + " |")
                lines.append("|" + String(repeating: "---|", count: table.header.count))
                for row in table.rows { lines.append("| " + row.map(markdownCell).joined(separator: " | ") + " |") }
                lines.append("")
            }
            for note in section.notes { lines += [note, ""] }
            for quote in section.quotes { lines += ["> “\(quote)”", ""] }
        }
        return lines.joined(separator: "\n")
    }

    /// The digest as a complete HTML document, inline-styled, no scripts, no external resources.
    ///
    /// - Parameter digest: The digest.
    /// - Returns: HTML text.
    public static func html(_ digest: Digest) -> String {
        let font = "font-family:Arial,Helvetica,sans-serif;"
        var body = ""
        body += "<tr><td style=\"\(font)padding:24px 24px 8px 24px;\">"
            + "<h1 style=\"\(font)margin:0;font-size:22px;color:#1f2933;\">\(escape(digest.title))</h1>"
            + "<p style=\"\(font)margin:6px 0 0 0;font-size:14px;color:#52606d;\"><strong>\(escape(digest.audience))"
            + "</strong> · \(escape(digest.role)) · \(escape(digest.period))</p></td></tr>\n"
        if let notice = digest.notice {
            body += "<tr><td style=\"\(font)padding:8px 24px;\"><p style=\"\(font)margin:0;padding:10px 12px;"
                + "background:#fff3c4;border:1px solid #f0b429;color:#8d2b0b;font-size:14px;font-weight:bold;\">"
                + "\(escape(notice))</p></td></tr>\n"
        }
        for section in digest.sections {
            body += "<tr><td style=\"\(font)padding:16px 24px 4px 24px;\">"
                + "<h2 style=\"\(font)margin:0 0 8px 0;font-size:17px;color:#1f2933;border-bottom:2px solid #e4e7eb;"
                + "padding-bottom:4px;\">\(escape(section.title))</h2>"
            if !section.figures.isEmpty {
                body += table(
                    header: ["Figure", "Value", "Change since last week", "Based on"],
                    rows: section.figures.map { figure in
                        [
                            (escape(figure.label), ""),
                            ("<strong>\(escape(figure.value))</strong>", ""),
                            (escape(changeText(figure)), "color:\(colour(figure.trend));"),
                            (escape(figure.basis ?? ""), "color:#7b8794;font-size:12px;"),
                        ]
                    }, font: font)
            }
            if let extra = section.table {
                body += table(
                    header: extra.header, rows: extra.rows.map { $0.map { (escape($0), "") } }, font: font)
            }
            for note in section.notes {
                body += "<p style=\"\(font)margin:6px 0;font-size:14px;color:#323f4b;\">\(escape(note))</p>"
            }
            for quote in section.quotes {
                body += "<p style=\"\(font)margin:6px 0;padding:6px 10px;border-left:3px solid #9aa5b1;"
                    + "font-size:14px;font-style:italic;color:#52606d;\">“\(escape(quote))”</p>"
            }
            body += "</td></tr>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">\
            <title>\(escape(digest.title))</title></head>
            <body style="margin:0;padding:0;background:#f5f7fa;">
            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" \
            style="background:#f5f7fa;"><tr><td style="padding:16px;" align="center">
            <table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" \
            style="max-width:640px;width:100%;background:#ffffff;border:1px solid #e4e7eb;">
            \(body)<tr><td style="\(font)padding:16px 24px 24px 24px;font-size:12px;color:#9aa5b1;">\
            Every figure is computed from Uptake's KPI definitions; groups of fewer than 5 pulse answers are \
            never shown.</td></tr>
            </table></td></tr></table>
            </body></html>

            """
    }

    /// "+2.1 pts (better)", or "—" when last week is unknown.
    static func changeText(_ figure: DigestFigure) -> String {
        guard let change = figure.change else { return "—" }
        switch figure.trend {
        case .improved: return "\(change) (better)"
        case .worsened: return "\(change) (worse)"
        case .unchanged: return "no change"
        case .unknown: return change
        }
    }

    private static func colour(_ trend: KPIComparison.Trend) -> String {
        switch trend {
        case .improved: "#0e7c3a"
        case .worsened: "#b42318"
        case .unchanged, .unknown: "#52606d"
        }
    }

    private static func table(header: [String], rows: [[(html: String, style: String)]], font: String) -> String {
        let cell = "\(font)font-size:14px;padding:6px 8px;border-bottom:1px solid #e4e7eb;text-align:left;"
        var html = "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
            + "style=\"border-collapse:collapse;margin:0 0 8px 0;\"><tr>"
        html += header.map { "<th style=\"\(cell)color:#52606d;font-size:12px;\">\(escape($0))</th>" }.joined()
        html += "</tr>"
        for row in rows {
            html += "<tr>" + row.map { "<td style=\"\(cell)color:#1f2933;\($0.style)\">\($0.html)</td>" }.joined() + "</tr>"
        }
        return html + "</table>"
    }

    /// Escapes text for HTML element content and attribute values (`HTMLText.escape`).
    static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }

    /// A Markdown table cell: pipes escaped, line breaks flattened.
    private static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
