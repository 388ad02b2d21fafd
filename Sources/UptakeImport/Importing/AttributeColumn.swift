import UptakeCore

/// An extra column that becomes a lead attribute, with the kind its values are read as.
///
/// The kind comes from the mapping's `attribute_kinds` when given, otherwise it is inferred from a
/// sample: the first ``ImportOptions/inferenceSampleRows`` data rows (the file is streamed, so later rows
/// cannot be seen before deciding). Over the sample's non-empty values: all `true/false/yes/no` ->
/// boolean; else all numbers -> number; else all dates -> date; else (or no values) -> category.
/// A later value that contradicts the decided kind is kept, as a `.category` of its text, and counted
/// in a warning naming the column and the first line, so nothing is lost and nothing fails; pin the
/// kind in the mapping to make the rule explicit. Empty values give no attribute.
struct AttributeColumn {
    let index: Int
    let name: String
    let kind: AttributeKind
    /// Whether the kind was inferred (a contradiction is then worth a warning).
    let inferred: Bool
    private(set) var contradictions = 0
    private(set) var firstContradictionLine = 0

    init(index: Int, name: String, kind: AttributeKind, inferred: Bool) {
        self.index = index
        self.name = name
        self.kind = kind
        self.inferred = inferred
    }

    /// Decides the columns' kinds.
    static func infer(
        header: HeaderMap, sample: [CSVRecord], pinned: [String: AttributeKind], settings: ValueSettings
    ) -> [AttributeColumn] {
        header.extraColumns.map { index in
            let name = header.names[index]
            if let kind = pinned[name] { return AttributeColumn(index: index, name: name, kind: kind, inferred: false) }
            let values = sample.lazy.filter { $0.issue == nil && index < $0.fields.count }
                .map { ImportRow.trimmed($0.fields[index]) }.filter { !$0.isEmpty }
            let kind: AttributeKind
            if values.isEmpty {
                kind = .category
            } else if values.allSatisfy({ NumberParser.boolean($0) != nil }) {
                kind = .boolean
            } else if values.allSatisfy({ settings.numbers.number($0) != nil }) {
                kind = .number
            } else if values.allSatisfy({ settings.dates.parse($0) != nil }) {
                kind = .date
            } else {
                kind = .category
            }
            return AttributeColumn(index: index, name: name, kind: kind, inferred: true)
        }
    }

    /// The attribute value of a (trimmed, non-empty) text; a contradiction of the kind is counted.
    mutating func value(_ text: String, line: Int, settings: ValueSettings) -> AttributeValue {
        switch kind {
        case .category: return .category(text)
        case .number: if let number = settings.numbers.number(text) { return .number(number) }
        case .boolean: if let flag = NumberParser.boolean(text, acceptDigits: true) { return .boolean(flag) }
        case .date: if let date = settings.dates.parse(text) { return .date(date) }
        }
        if contradictions == 0 { firstContradictionLine = line }
        contradictions += 1
        return .category(text)
    }

    /// The warning for contradicting values, if there were any.
    func warning(sampleRows: Int) -> String? {
        guard contradictions > 0 else { return nil }
        let how = inferred ? "inferred from the first \(sampleRows) rows" : "set in the mapping"
        return "column \"\(name)\": \(contradictions) value\(contradictions == 1 ? "" : "s") did not parse as "
            + "\(kind.rawValue) (\(how)) and were kept as category; the first is on line \(firstContradictionLine)"
    }
}
