import ArgumentParser

/// `uptake model`: the model registry (list, show, promote, export, import).
struct ModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "The model registry: list, show, promote, export and import model versions; model health.",
        discussion: """
            Every model trained from the database (`uptake train`) or imported is a version (m-0001, ...) \\
            with its schema, parameters, holdout metrics and a summary of its training data. One version is \\
            the champion, which `uptake score` uses. Promotion is refused when the candidate's holdout ROC \\
            AUC is lower or its log loss higher than the champion's, unless --force (recorded).
            """,
        subcommands: [
            ModelListCommand.self, ModelShowCommand.self, ModelPromoteCommand.self, ModelExportCommand.self,
            ModelImportCommand.self, ModelHealthCommand.self,
        ]
    )
}
