import ArgumentParser
import Foundation
import UptakeCore
import UptakeReports

/// `uptake pilot analyze`: analyse a stored pilot, or a pilot from a CSV with one row per rep.
///
/// ```
/// $ uptake pilot analyze ohio-q1 --json
/// $ uptake pilot analyze --csv pilot.csv --arm-column arm --metric-column bronze_per_week \
///       --pre-column bronze_per_week_pre --compliance-column acceptance_rate --json
/// {"cace":{...},"cuped":{...},"itt":{"ci_high":0.99,"ci_low":0.15,"estimate":0.57,"p_value":0.0089,...},...}
/// ```
public struct PilotAnalyzeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a pilot: ITT, CUPED, sequential, CACE, relative, SRM.",
        discussion: """
            Give a stored pilot's name to analyse it from the store under its frozen plan (the plan hash is \
            printed and checked): each rep's metric over the pilot (CRM conversions and ledger conversions, \
            each lead once), the same metric over the pre-period for CUPED, and the acceptance rate from the \
            ledger for the compliance-adjusted effect. Before the end, the weeks so far are analysed (an interim \
            look; read the sequential interval). Or give --csv with one row per rep for data from elsewhere.
            Intervals: Welch (ITT), OLS with HC2 standard errors (CUPED), the always-valid normal-mixture \
            confidence sequence (sequential), the delta method (CACE and relative). The SRM check flags \
            p < 0.001 against the planned allocation.
            """
    )

    @OptionGroup var database: DatabaseOptions

    /// The stored pilot.
    @Argument(help: "A stored pilot's name (or give --csv).")
    public var pilot: String?

    /// Analysis date for a stored pilot.
    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "For a stored pilot: analyse the data up to the end of this day (default: now, capped at the pilot's end).",
        valueName: "day"))
    var asOf: DayArgument?

    /// The CSV file.
    @Option(help: "CSV file with a header row and one row per rep.")
    public var csv: String?

    /// Arm column.
    @Option(name: .customLong("arm-column"), help: "Column holding the arm (with --csv).")
    public var armColumn: String?

    /// Outcome column.
    @Option(name: .customLong("metric-column"), help: "Column holding the outcome metric Y (with --csv).")
    public var metricColumn: String?

    /// Pre-period column.
    @Option(name: .customLong("pre-column"), help: "Column holding the pre-period metric X (enables CUPED).")
    public var preColumn: String?

    /// Compliance column.
    @Option(name: .customLong("compliance-column"),
            help: "Column holding the acceptance/compliance rate (enables the compliance-adjusted effect).")
    public var complianceColumn: String?

    /// Treatment label.
    @Option(name: .customLong("treatment-value"), help: "Arm value meaning treatment.")
    public var treatmentValue = "treatment"

    /// Control label.
    @Option(name: .customLong("control-value"), help: "Arm value meaning control.")
    public var controlValue = "control"

    /// Planned treatment share.
    @Option(name: .customLong("planned-treatment-share"), help: "Planned share of reps in treatment (SRM check).")
    public var plannedTreatmentShare = 0.5

    /// Alpha.
    @Option(help: "One minus the confidence level.")
    public var alpha = 0.05

    /// Seed.
    @Option(help: "Seed for the randomization-inference relabellings.")
    public var seed: UInt64 = 20_170_101

    /// Sequential tuning.
    @Option(name: .customLong("sequential-tuning"),
            help: "Sample size at which the sequential interval is tightest (default: the reps in the file).")
    public var sequentialTuning: Double?

    /// Metric description.
    @Option(name: .customLong("metric-description"), help: "What the metric counts, for the summary sentence.")
    public var metricDescription = "units of the metric"

    /// JSON output.
    @Flag(help: "Print the analysis as JSON.")
    public var json = false

    public init() {}

    public func validate() throws {
        switch (pilot, csv) {
        case (nil, nil): throw ValidationError("give a stored pilot's name, or --csv FILE")
        case (.some, .some): throw ValidationError("give a stored pilot's name or --csv FILE, not both")
        case (nil, .some):
            guard armColumn != nil, metricColumn != nil else {
                throw ValidationError("--csv needs --arm-column and --metric-column")
            }
        case (.some, nil): break
        }
        guard alpha > 0, alpha < 1 else { throw ValidationError("--alpha must lie in (0, 1)") }
        guard plannedTreatmentShare > 0, plannedTreatmentShare < 1 else {
            throw ValidationError("--planned-treatment-share must lie in (0, 1)")
        }
        guard treatmentValue != controlValue else {
            throw ValidationError("--treatment-value and --control-value must differ")
        }
    }

    public func run() async throws {
        if let pilot {
            let result = try await database.withRepository { repository in
                try await PilotStoreAnalysis.analyze(pilot, in: repository, asOf: asOf?.end ?? Date())
            }
            print(json ? try result.json() : result.text)
            return
        }
        guard let csv else { return }
        let text: String
        do {
            text = try String(contentsOfFile: csv, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read \(csv): \(error.localizedDescription)")
        }
        let analysis = try PilotAnalysis(observations: observations(fromCSV: text), options: .init(
            alpha: alpha, plannedTreatmentShare: plannedTreatmentShare, seed: seed,
            sequentialTuning: sequentialTuning, metricDescription: metricDescription
        ))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(analysis), as: UTF8.self))
        } else {
            print(analysis.summary)
        }
    }

    /// Reads the rows of a CSV text into observations.
    ///
    /// - Parameter text: The CSV text, header first.
    /// - Returns: One observation per data row.
    /// - Throws: `ValidationError` for a missing column, an unknown arm or a value that is not a number.
    func observations(fromCSV text: String) throws -> [PilotObservation] {
        let csv = self.csv ?? "", armColumn = self.armColumn ?? "", metricColumn = self.metricColumn ?? ""
        let records = Self.parseCSV(text)
        guard let header = records.first else { throw ValidationError("\(csv) is empty") }
        func column(_ name: String?) throws -> Int? {
            guard let name else { return nil }
            guard let index = header.firstIndex(of: name) else {
                throw ValidationError("column \"\(name)\" not in \(csv) (columns: \(header.joined(separator: ", ")))")
            }
            return index
        }
        let arm = try column(armColumn)!, metric = try column(metricColumn)!
        let pre = try column(preColumn), compliance = try column(complianceColumn)
        return try records.dropFirst().enumerated().compactMap { offset, record in
            if record.count == 1 && record[0].isEmpty { return nil }  // blank line
            let line = offset + 2
            func cell(_ index: Int) throws -> String {
                guard index < record.count else { throw ValidationError("line \(line): too few fields") }
                return record[index].trimmingCharacters(in: .whitespaces)
            }
            func number(_ index: Int?, _ name: String) throws -> Double? {
                guard let index else { return nil }
                guard let value = Double(try cell(index)), value.isFinite else {
                    throw ValidationError("line \(line): \(name) \"\(try cell(index))\" is not a number")
                }
                return value
            }
            let armValue = try cell(arm)
            let parsedArm: PilotArm
            switch armValue {
            case treatmentValue: parsedArm = .treatment
            case controlValue: parsedArm = .control
            default:
                throw ValidationError("line \(line): arm \"\(armValue)\" is neither \"\(treatmentValue)\" "
                    + "nor \"\(controlValue)\"")
            }
            return PilotObservation(arm: parsedArm, metric: try number(metric, metricColumn)!,
                                    preMetric: try number(pre, preColumn ?? ""),
                                    compliance: try number(compliance, complianceColumn ?? ""))
        }
    }

    /// Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, CRLF or LF line ends).
    ///
    /// - Parameter text: The CSV text.
    /// - Returns: The records, each a list of fields.
    static func parseCSV(_ text: String) -> [[String]] {
        var records = [[String]](), record = [String](), field = ""
        var quoted = false, pendingQuote = false
        for character in text {
            if quoted {
                if pendingQuote {
                    pendingQuote = false
                    if character == "\"" { field.append("\""); continue }
                    quoted = false
                } else if character == "\"" {
                    pendingQuote = true
                    continue
                } else {
                    field.append(character)
                    continue
                }
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case ",": record.append(field); field = ""
            case "\n", "\r\n", "\r":
                record.append(field); records.append(record); record = []; field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty || pendingQuote {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
