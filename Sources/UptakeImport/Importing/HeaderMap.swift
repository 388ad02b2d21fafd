
/// The located errors that stop an import at its header.
struct HeaderProblems: Error {
    let errors: [ImportError]
}

/// A file's header resolved against an entity's canonical fields and a mapping.
struct HeaderMap: Sendable {
    /// The header's column names, trimmed.
    let names: [String]
    /// Canonical field -> where its value comes from.
    let refs: [String: FieldRef]
    /// Columns no field maps and no mapping ignores: lead attributes.
    let extraColumns: [Int]

    /// Resolves a header.
    ///
    /// - Returns: The map, or the located errors (missing required columns, or one wrong-delimiter
    ///   error when another delimiter would have found them).
    static func resolve(
        header: [String], entity: ImportEntity, mapping: ColumnMapping?, delimiter: UInt8, file: String
    ) -> Result<HeaderMap, HeaderProblems> {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
        func index(of column: String) -> Int? {
            names.firstIndex(of: column) ?? names.firstIndex { $0.caseInsensitiveCompare(column) == .orderedSame }
        }
        var refs: [String: FieldRef] = [:]
        var used = Set<Int>()
        var missing: [(field: String, columns: [String])] = []
        for field in entity.fields {
            let mapped = mapping?.columns[field]?.columns
            let wanted = mapped ?? [field]
            var indices = wanted.compactMap(index(of:))
            if indices.count != wanted.count {
                // A mapped file may still use our canonical name for a field.
                indices = mapped != nil ? index(of: field).map { [$0] } ?? [] : []
            }
            let defaultValue = mapping?.defaults[field]
            used.formUnion(indices)
            let column = indices.isEmpty ? field + " (default)" : indices.map { names[$0] }.joined(separator: " + ")
            refs[field] = FieldRef(field: field, column: column, indices: indices, defaultValue: defaultValue)
            if indices.isEmpty, defaultValue == nil, entity.requiredFields.contains(field) {
                missing.append((field, wanted))
            }
        }
        if !missing.isEmpty {
            if let wrong = wrongDelimiterError(
                names: names, entity: entity, mapping: mapping, delimiter: delimiter, file: file)
            {
                return .failure(HeaderProblems(errors: [wrong]))
            }
            return .failure(HeaderProblems(errors: missing.map { field, columns in
                let quoted = columns.map { "\"\($0)\"" }.joined(separator: " and ")
                let mapped = columns == [field] ? "" : " (mapped to \(field))"
                return ImportError(
                    .missingColumn, file: file, line: 1,
                    "missing required column \(quoted)\(mapped); the header has " + describe(names))
            }))
        }
        let ignored = Set((mapping?.ignoreColumns ?? []).map { $0.lowercased() })
        let extra = names.indices.filter {
            !used.contains($0) && !ignored.contains(names[$0].lowercased()) && !names[$0].isEmpty
        }
        return .success(HeaderMap(names: names, refs: refs, extraColumns: extra))
    }

    private static func describe(_ names: [String]) -> String {
        let shown = names.prefix(8).map { "\"\($0.count > 40 ? String($0.prefix(37)) + "..." : $0)\"" }
        return "\(names.count) column\(names.count == 1 ? "" : "s"): " + shown.joined(separator: ", ")
            + (names.count > 8 ? ", ..." : "")
    }

    /// When re-splitting the header on another delimiter finds more of the required columns, the
    /// delimiter is what is wrong, and saying so beats listing every column as missing.
    private static func wrongDelimiterError(
        names: [String], entity: ImportEntity, mapping: ColumnMapping?, delimiter: UInt8, file: String
    ) -> ImportError? {
        let required = entity.requiredFields.flatMap { mapping?.columns[$0]?.columns ?? [$0] }
            .map { $0.lowercased() }
        func found(_ columns: [String]) -> Int {
            let set = Set(columns.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            return required.filter(set.contains).count
        }
        let current = found(names)
        let line = names.joined(separator: String(UnicodeScalar(delimiter)))
        for candidate in [",", ";", "\t"] where candidate != String(UnicodeScalar(delimiter)) {
            let split = line.components(separatedBy: candidate).map { $0.trimmingCharacters(in: .init(charactersIn: "\"")) }
            if found(split) > current {
                let shown = candidate == "\t" ? "tab" : "\"\(candidate)\""
                let used = delimiter == 0x09 ? "tab" : "\"\(String(UnicodeScalar(delimiter)))\""
                return ImportError(
                    .wrongDelimiter, file: file, line: 1,
                    "missing required columns; the delimiter looks wrong: the header read with \(used) has "
                        + describe(names) + ", but it splits on \(shown) (try --delimiter \(shown))")
            }
        }
        return nil
    }
}
