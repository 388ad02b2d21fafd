import ArgumentParser
import UptakeCore
import UptakeServer
import UptakeStore

/// `uptake user add NAME --role R [--rep ID] [--team T] [--password-stdin]`.
struct UserAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a user.",
        discussion: """
            Example: echo 's3cret-pass' | uptake user add ada --role rep --rep demo-rep-1 --password-stdin. \
            Without --password-stdin the user has no password and signs in only with API tokens.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The login name: letters, digits, '.', '_', '-', '@'.")
    var name: String

    @Option(help: "The role: rep, manager, executive, analyst or admin.")
    var role: String

    @Option(help: ArgumentHelp("The rep id the user is (rep role).", valueName: "id"))
    var rep: String?

    @Option(help: ArgumentHelp("The team the user manages (manager role).", valueName: "team"))
    var team: String?

    @Flag(help: "Read the password from the first line of standard input.")
    var passwordStdin = false

    func validate() throws {
        guard UserRole(rawValue: role) != nil else {
            throw ValidationError(
                "--role \"\(role)\" is not a role; use one of " + UserRole.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() async throws {
        let password = passwordStdin ? try PasswordInput.read(prompt: "Password for \(name): ") : nil
        let account = try await database.withRepository { repository in
            do {
                return try await AccountService(repository: repository, bcryptCost: PasswordInput.bcryptCost).addUser(
                    name: name, role: UserRole(rawValue: role)!, rep: rep.map { RepID($0) }, team: team,
                    password: password)
            } catch let error as AccountError {
                throw UserCommandError(error.message)
            }
        }
        var link = ""
        if let rep = account.rep { link = " for rep \(rep)" }
        if let team = account.team { link = " for team \(team)" }
        print("Added \(account.name) (\(account.role)\(link))\(password == nil ? ", no password" : "").")
    }
}
