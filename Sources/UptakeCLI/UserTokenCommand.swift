import ArgumentParser
import UptakeServer
import UptakeStore

/// `uptake user token NAME [--label L] [--revoke ID]`: issues (prints once) or revokes an API token.
struct UserTokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Issue an API token for a user (printed once), or revoke one with --revoke ID.",
        discussion: "Use it as: curl -H 'Authorization: Bearer TOKEN' http://127.0.0.1:8080/api/v1/me"
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The login name.")
    var name: String

    @Option(help: "What the token is for.")
    var label = "cli"

    @Option(help: ArgumentHelp("Revoke the token with this id instead of issuing one.", valueName: "id"))
    var revoke: Int64?

    func run() async throws {
        try await database.withRepository { repository in
            let accounts = AccountService(repository: repository)
            do {
                if let revoke {
                    try await accounts.revokeToken(name: name, id: revoke)
                    print("Revoked token \(revoke) of \(name).")
                } else {
                    let issued = try await accounts.issueToken(name: name, label: label)
                    print(issued.secret)
                    print("Token \(issued.token.id) for \(name) (\(label)); it is not shown again.")
                }
            } catch let error as AccountError {
                throw UserCommandError(error.message)
            }
        }
    }
}
