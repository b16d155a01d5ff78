import ArgumentParser
import Foundation
import StanceGraph

extension CompletionKind {
    /// Completes a node's name with the ids of the graph the command line names with
    /// `-g`/`--graph` (else the default graph); nothing when the graph cannot be read.
    static var nodeIDs: CompletionKind {
        .custom { words, _, prefix in NodeIDCompletion.ids(words: words, prefix: prefix) }
    }
}

/// The node ids shell completion offers. Only loads the graph: no source texts are read.
enum NodeIDCompletion {
    static func ids(words: [String], prefix: String) -> [String] {
        let paths = graphPaths(in: words)
        var inputs: [GraphInput] = []
        for path in paths.isEmpty ? [GraphOptions.defaultGraphPath] : paths {
            guard path != "-", case .success(let input) = GraphInput.read(path: path) else { return [] }
            inputs.append(input)
        }
        guard let graph = GraphLoader().load(inputs).graph else { return [] }
        return graph.nodes.map(\.id).filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// The values of `-g PATH`, `--graph PATH` and `--graph=PATH` among the shell's words,
    /// without the quotes a shell passes through.
    static func graphPaths(in words: [String]) -> [String] {
        var paths: [String] = []
        for (position, word) in words.enumerated() {
            if (word == "-g" || word == "--graph"), position + 1 < words.count {
                paths.append(unquoted(words[position + 1]))
            } else if word.hasPrefix("--graph=") {
                paths.append(unquoted(String(word.dropFirst("--graph=".count))))
            }
        }
        return paths.filter { !$0.isEmpty }
    }

    private static func unquoted(_ word: String) -> String {
        var word = word
        if word.count >= 2, let first = word.first, first == word.last, first == "\"" || first == "'" {
            word = String(word.dropFirst().dropLast())
        }
        return word.replacingOccurrences(of: "\\ ", with: " ")
    }
}
