import Foundation
import UptakeCore
import Yams

/// How a CRM's export maps onto our canonical fields, and how its values are written.
///
/// Read from YAML or JSON (JSON is YAML, so one decoder reads both). Shipped mappings are selected by
/// name (``shippedNames``); any other argument is a path. Example (`salesforce.yaml`):
///
/// ```yaml
/// entity: leads
/// columns:
///   id: Account ID
///   name: Account Name
///   latitude: Billing Latitude
///   longitude: Billing Longitude
///   created_at: Created Date
///   owner: Account Owner
/// rep_match: name
/// date_formats: ["M/d/yyyy h:mm a", "M/d/yyyy"]
/// tier_aliases: {Hot: gold, Warm: silver, Cold: bronze}
/// defaults: {tier: bronze, expected_value: "0"}
/// attribute_kinds: {Annual Revenue: number}
/// ignore_columns: [Billing Street]
/// ```
///
/// Without a mapping a file must use the canonical names (``ImportEntity/fields``) as its header.
public struct ColumnMapping: Sendable, Codable, Equatable {
    /// Where a canonical field's value comes from: one column, or several joined with a space
    /// (`name: [First Name, Last Name]`).
    public struct Source: Sendable, Codable, Equatable {
        /// The file's column names, in order.
        public var columns: [String]

        /// Makes a source from column names.
        public init(_ columns: [String]) { self.columns = columns }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let single = try? container.decode(String.self) {
                columns = [single]
            } else {
                columns = try container.decode([String].self)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if columns.count == 1 { try container.encode(columns[0]) } else { try container.encode(columns) }
        }
    }

    /// How a reference to a rep is written in the file.
    public enum RepMatch: String, Sendable, Codable {
        /// The rep's external id (our default).
        case id
        /// The rep's email address.
        case email
        /// The rep's display name (Salesforce's "Account Owner", HubSpot's "Company owner").
        case name
    }

    /// A human description of the export this mapping is for.
    public var description: String?
    /// The entity this mapping is for; checked against the import command when given.
    public var entity: ImportEntity?
    /// Canonical field name -> the file's column(s).
    public var columns: [String: Source]
    /// Date patterns tried before ISO 8601 (see ``DateParser``).
    public var dateFormats: [String]
    /// IANA zone in which zone-less times are read; UTC when absent.
    public var timeZone: String?
    /// `.` or `,`.
    public var decimalSeparator: String?
    /// How rep references (`owner`, `rep`) are written.
    public var repMatch: RepMatch?
    /// The CRM's tier words (matched case-insensitively) -> our tier.
    public var tierAliases: [String: LeadTier]
    /// Canonical field -> the value used when its column is absent or empty.
    public var defaults: [String: String]
    /// Extra column -> the attribute kind to use instead of inferring one.
    public var attributeKinds: [String: AttributeKind]
    /// Extra columns that are not imported as attributes.
    public var ignoreColumns: [String]

    enum CodingKeys: String, CodingKey {
        case description, entity, columns
        case dateFormats = "date_formats", timeZone = "time_zone", decimalSeparator = "decimal_separator"
        case repMatch = "rep_match", tierAliases = "tier_aliases", defaults
        case attributeKinds = "attribute_kinds", ignoreColumns = "ignore_columns"
    }

    /// Makes a mapping.
    ///
    /// - Parameters:
    ///   - entity: The entity it is for.
    ///   - columns: Canonical field -> the file's column(s).
    ///   - dateFormats: Date patterns tried before ISO 8601.
    ///   - timeZone: IANA zone for zone-less times.
    ///   - repMatch: How rep references are written.
    ///   - tierAliases: The CRM's tier words -> our tiers.
    ///   - defaults: Values for absent or empty fields.
    ///   - attributeKinds: Attribute kinds that override inference.
    ///   - ignoreColumns: Extra columns not imported.
    public init(
        entity: ImportEntity? = nil, columns: [String: Source] = [:], dateFormats: [String] = [],
        timeZone: String? = nil, repMatch: RepMatch? = nil, tierAliases: [String: LeadTier] = [:],
        defaults: [String: String] = [:], attributeKinds: [String: AttributeKind] = [:],
        ignoreColumns: [String] = []
    ) {
        self.entity = entity
        self.columns = columns
        self.dateFormats = dateFormats
        self.timeZone = timeZone
        self.repMatch = repMatch
        self.tierAliases = tierAliases
        self.defaults = defaults
        self.attributeKinds = attributeKinds
        self.ignoreColumns = ignoreColumns
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        entity = try container.decodeIfPresent(ImportEntity.self, forKey: .entity)
        columns = try container.decodeIfPresent([String: Source].self, forKey: .columns) ?? [:]
        dateFormats = try container.decodeIfPresent([String].self, forKey: .dateFormats) ?? []
        timeZone = try container.decodeIfPresent(String.self, forKey: .timeZone)
        decimalSeparator = try container.decodeIfPresent(String.self, forKey: .decimalSeparator)
        repMatch = try container.decodeIfPresent(RepMatch.self, forKey: .repMatch)
        tierAliases = try container.decodeIfPresent([String: LeadTier].self, forKey: .tierAliases) ?? [:]
        defaults = try container.decodeIfPresent([String: String].self, forKey: .defaults) ?? [:]
        attributeKinds = try container.decodeIfPresent([String: AttributeKind].self, forKey: .attributeKinds) ?? [:]
        ignoreColumns = try container.decodeIfPresent([String].self, forKey: .ignoreColumns) ?? []
    }

    /// The names of the mappings shipped with Uptake, for `--mapping NAME`.
    public static let shippedNames = ["salesforce", "hubspot-companies", "hubspot-contacts"]

    /// Loads a shipped mapping by name, or a mapping file by path.
    ///
    /// - Parameter nameOrPath: `salesforce`, `hubspot-companies`, `hubspot-contacts`, or a path to a
    ///   `.yaml`, `.yml` or `.json` file.
    /// - Returns: The mapping.
    /// - Throws: ``ImportError`` `.invalidMapping` when the file is missing or malformed.
    public static func load(_ nameOrPath: String) throws -> ColumnMapping {
        if shippedNames.contains(nameOrPath) {
            guard let url = Bundle.module.url(forResource: nameOrPath, withExtension: "yaml", subdirectory: "Mappings")
            else {
                throw ImportError(.invalidMapping, file: nameOrPath, "the shipped mapping is missing from the bundle")
            }
            return try load(contentsOf: url)
        }
        return try load(contentsOf: URL(filePath: nameOrPath))
    }

    /// Loads a mapping file.
    ///
    /// - Parameter url: A YAML or JSON file.
    /// - Returns: The mapping.
    /// - Throws: ``ImportError`` `.invalidMapping` when the file is missing or malformed.
    public static func load(contentsOf url: URL) throws -> ColumnMapping {
        let name = url.lastPathComponent
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ImportError(.invalidMapping, file: name, "cannot read the mapping file (\(error.localizedDescription))")
        }
        do {
            return try YAMLDecoder().decode(ColumnMapping.self, from: text)
        } catch {
            throw ImportError(.invalidMapping, file: name, "is not a valid mapping: \(error)")
        }
    }

    /// Checks the mapping's field names and settings against an entity.
    ///
    /// - Parameters:
    ///   - entity: The entity being imported.
    ///   - file: The mapping's name, for the error.
    /// - Throws: ``ImportError`` `.invalidMapping` naming the first problem.
    public func validate(for entity: ImportEntity, file: String) throws {
        if let own = self.entity, own != entity {
            throw ImportError(.invalidMapping, file: file, "is a mapping for \(own.rawValue), not \(entity.rawValue)")
        }
        for field in Set(columns.keys).union(defaults.keys).sorted() where !entity.fields.contains(field) {
            throw ImportError(
                .invalidMapping, file: file,
                "names field \"\(field)\", which \(entity.rawValue) do not have (they have "
                    + entity.fields.joined(separator: ", ") + ")")
        }
        if let zone = timeZone, TimeZone(identifier: zone) == nil {
            throw ImportError(.invalidMapping, file: file, "time_zone \"\(zone)\" is not an IANA time zone")
        }
        if let separator = decimalSeparator, separator != ".", separator != "," {
            throw ImportError(.invalidMapping, file: file, "decimal_separator must be \".\" or \",\"")
        }
    }
}
