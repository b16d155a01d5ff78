import ArgumentParser
import Foundation

/// The man page, `stancegraph(1)`, written from the commands' own definitions (their
/// abstracts, discussions and options, as swift-argument-parser describes them), so that it
/// says what `--help` says. `stancegraph --generate-man-page` prints it; `scripts/install`
/// installs it.
enum ManPage {
    /// The page in roff with the `man` macros.
    static func render() -> String {
        guard let tool = try? JSONDecoder().decode(Tool.self, from: Data(StanceGraphCommand._dumpHelp().utf8)) else {
            return ""
        }
        let root = tool.command
        var page = """
            .TH STANCEGRAPH 1 "" "stancegraph \(StanceGraphVersion.current)" "User Commands"
            .SH NAME
            stancegraph \\- \(escaped(root.abstract ?? ""))
            .SH SYNOPSIS
            .B stancegraph
            [\\fIoptions every subcommand takes\\fR] \\fIsubcommand\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]
            .br
            .B stancegraph
            \\fB\\-\\-version\\fR | \\fB\\-\\-help\\fR | \\fB\\-\\-generate\\-completion\\-script\\fR \\fIshell\\fR

            """
        page += section("DESCRIPTION", discussion: root.discussion ?? "")
        page += ".SH OPTIONS\n" + options(root.arguments ?? [])
        page += ".SH SUBCOMMANDS\n"
        for command in root.subcommands ?? [] where command.shouldDisplay ?? true {
            page += ".SS \"stancegraph \(escaped(command.commandName))\"\n"
            page += escaped(command.abstract ?? "") + "\n"
            page += paragraphs(command.discussion ?? "")
            let shown = (command.arguments ?? []).filter { argument in
                !(argument.names ?? []).contains { ["help", "version"].contains($0.name) }
            }
            if !shown.isEmpty { page += ".PP\n\\fBOptions\\fR\n" + options(shown) }
        }
        page += """
            .SH ENVIRONMENT
            .TP
            .B NO_COLOR
            When set to a non-empty value, messages are not coloured (unless \\fB\\-\\-color always\\fR).
            .TP
            .B TERM
            When \\fBdumb\\fR, messages are not coloured (unless \\fB\\-\\-color always\\fR).
            .TP
            .B COLUMNS
            The width help is laid out for; by default the terminal's.
            .SH SEE ALSO
            \\fBdot\\fR(1), \\fBgvpr\\fR(1)

            """
        return page
    }

    /// A section of the page: `.SH TITLE`, then the paragraphs of `discussion`.
    private static func section(_ title: String, discussion: String) -> String {
        ".SH \(title)\n" + paragraphs(discussion)
    }

    /// The paragraphs of a discussion: a paragraph of one line is filled text; one of several
    /// lines (EXAMPLES, EXIT CODES) keeps its lines, with its first line as a heading.
    private static func paragraphs(_ discussion: String) -> String {
        discussion.components(separatedBy: "\n\n").map { paragraph in
            let lines = paragraph.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            guard let first = lines.first else { return "" }
            if lines.count == 1 { return ".PP\n" + escaped(first) + "\n" }
            let heading = first.trimmingCharacters(in: .whitespaces)
            let body = lines.dropFirst().map { escaped($0.trimmingCharacters(in: .whitespaces)) }
            return ".PP\n\\fB\(escaped(heading))\\fR\n.RS 2\n.nf\n" + body.joined(separator: "\n") + "\n.fi\n.RE\n"
        }.joined()
    }

    /// One `.TP` entry for each argument: its names and value, then its help.
    private static func options(_ arguments: [Argument]) -> String {
        arguments.filter { $0.shouldDisplay }.map { argument in
            let names = (argument.names ?? []).map { name in
                "\\fB" + escaped(name.kind == "short" ? "-" + name.name : (name.kind == "long" ? "--" : "-") + name.name) + "\\fR"
            }
            let value = argument.valueName.map { "\\fI" + escaped($0) + "\\fR" }
            var label: String
            switch argument.kind {
            case "positional": label = value ?? ""
            case "flag": label = names.joined(separator: ", ")
            default: label = names.joined(separator: ", ") + (value.map { " " + $0 } ?? "")
            }
            if argument.isRepeating { label += " ..." }
            var help = escaped(argument.abstract ?? "")
            if let values = argument.allValues, !values.isEmpty { help += " (values: " + escaped(values.joined(separator: ", ")) + ")" }
            if let defaultValue = argument.defaultValue, !defaultValue.isEmpty { help += " (default: " + escaped(defaultValue) + ")" }
            return ".TP\n" + label + "\n" + help + "\n"
        }.joined()
    }

    /// Text made safe for roff: backslashes and hyphens escaped, characters outside ASCII
    /// as `\[uXXXX]`, a leading `.` or `'` (a request) neutralised.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\e"
            case "-": result += "\\-"
            case _ where scalar.isASCII: result.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
        return result
    }

    /// The parts of swift-argument-parser's description of the commands (`--experimental-dump-help`) the page uses.
    private struct Tool: Decodable { var command: Command }

    private struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var subcommands: [Command]?
        var arguments: [Argument]?
    }

    private struct Argument: Decodable {
        struct Name: Decodable { var kind: String; var name: String }
        var kind: String
        var shouldDisplay: Bool
        var isRepeating: Bool
        var names: [Name]?
        var valueName: String?
        var defaultValue: String?
        var allValues: [String]?
        var abstract: String?
    }
}
