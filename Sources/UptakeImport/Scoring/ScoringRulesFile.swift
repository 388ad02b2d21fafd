import Foundation
import UptakeCore
import Yams

/// Reads a rules scorer's file (YAML, so JSON too) into `ScoringRules`; the format is in docs/scoring.md.
///
/// ```yaml
/// name: demo territory
/// base: 10
/// tiers: {gold: 60, silver: 35}
/// rules:
///   - {attribute: agents, at_least: 10, points: 20, label: Large agency}
///   - {attribute: owner_distance_km, missing: true, points: -15, label: No owner}
/// ```
public enum ScoringRulesFile {
    /// Reads and checks a rules file.
    ///
    /// - Parameter url: The file.
    /// - Returns: The checked scheme.
    /// - Throws: `ImportError` `.invalidMapping` naming the file when it cannot be read, is not valid YAML
    ///   for the format, or breaks a rule of `ScoringRules.validate()`.
    public static func load(contentsOf url: URL) throws -> ScoringRules {
        let name = url.lastPathComponent
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ImportError(.invalidMapping, file: name, "cannot read the rules file (\(error.localizedDescription))")
        }
        let rules: ScoringRules
        do {
            rules = try YAMLDecoder().decode(ScoringRules.self, from: text)
        } catch {
            throw ImportError(.invalidMapping, file: name, "is not a valid rules file: \(error)")
        }
        do {
            try rules.validate()
        } catch let error as ScoringError {
            throw ImportError(.invalidMapping, file: name, error.message)
        }
        return rules
    }
}
