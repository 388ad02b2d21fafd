import ArgumentParser
import Foundation
import UptakeCore
import UptakeStore

extension TrainCommand {
    /// Trains on the leads in the store and registers the model as the next version.
    func runFromStore() async throws {
        let asOf = try AsOfDay.parse(asOf, option: "--as-of")
        let horizon = TimeInterval(horizonDays) * 86_400
        let configuration = trainingConfiguration()
        let jsonOutput = json
        // Recorded with the version; built from the options, never from argv, which may hold a database password.
        let note = "uptake train --as-of \(AsOfDay.text(asOf)) --horizon-days \(horizonDays) "
            + "--split \(configuration.split.name) --seed \(seed) --eta \(eta) --max-depth \(maxDepth) "
            + "--max-rounds \(maxRounds)"
        let (model, version, seconds) = try await database.withRepository { repository in
            // Conversions from --as-of on are not known yet at --as-of.
            let snapshot = try await StoreSnapshot.read(repository, conversionsBefore: asOf)
            let set = try LeadTrainingSet(
                leads: snapshot.leads, reps: snapshot.reps, conversions: snapshot.conversions, asOf: asOf,
                horizon: horizon
            )
            StoreSnapshot.warnAboutMismatches(set.features)
            if !set.constantAttributes.isEmpty {
                FileHandle.standardError.write(Data((
                    "Left out of the features (one value on every lead): "
                        + set.constantAttributes.joined(separator: ", ") + "\n").utf8))
            }
            let progress = ProgressReporter(title: "Training")
            let started = Date()
            let model: TrainedModel
            do {
                model = try set.train(configuration: configuration) { step in
                    progress.update(step.fraction)
                }
                progress.succeed()
            } catch let error as TrainingError where error.code == .insufficientData {
                progress.fail()
                throw TrainingError(
                    .insufficientData,
                    error.message + " (\(set.labels.count) leads resolved by \(AsOfDay.text(asOf)) with a "
                        + "\(horizonDays)-day horizon; \(set.unresolvedCount) are still open.) "
                        + "See `uptake score --rules FILE`."
                )
            } catch {
                progress.fail()
                throw error
            }
            let seconds = Date().timeIntervalSince(started)
            let version = try await repository.registerModel(
                model, source: .trained, data: Self.dataSummary(set), createdAt: Date(),
                note: note
            )
            return (model, version, seconds)
        }
        try writeOutputs(
            model, source: "the database, as of \(AsOfDay.text(asOf))", label: "converted within \(horizonDays) days",
            positive: "yes"
        )
        let registered = "Registered model version \(version.id)"
            + (version.isChampion ? " (champion: the first model)" : " (not champion; see `uptake model promote`)")
        if jsonOutput {
            print(try Self.jsonSummary(model))
            FileHandle.standardError.write(Data((registered + "\n").utf8))
        } else {
            print(Self.table(model, seconds: seconds))
            print(registered)
        }
    }

    /// The registry's summary of the training rows: reference dates span, positive rate, hash.
    static func dataSummary(_ set: LeadTrainingSet) -> ModelDataSummary {
        var first: Double?, last: Double?
        if case .dates(let seconds)? = set.features.table.column(named: LeadFeatureTable.referenceDateColumn)?.values {
            first = seconds.min()
            last = seconds.max()
        }
        let rows = set.labels.count
        return ModelDataSummary(
            rows: rows,
            positiveRate: rows == 0 ? 0 : Double(set.labels.count { $0 }) / Double(rows),
            firstDate: first.map { Date(timeIntervalSince1970: $0) },
            lastDate: last.map { Date(timeIntervalSince1970: $0) },
            hash: set.features.table.contentHash(labels: set.labels)
        )
    }
}
