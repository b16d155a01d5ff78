import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG parsed into elements, so tests assert structure (ids, classes, titles, links) rather
/// than bytes, which change with Graphviz's layout from version to version.
final class SVGElement {
    let name: String
    let attributes: [String: String]
    private(set) var children: [SVGElement] = []
    fileprivate(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    fileprivate func append(_ child: SVGElement) { children.append(child) }

    /// This element and every element below it, in document order.
    var allElements: [SVGElement] { [self] + children.flatMap(\.allElements) }

    /// The `<g>` whose `id` is `id`, anywhere below.
    func group(id: String) -> SVGElement? {
        allElements.first { $0.name == "g" && $0.attributes["id"] == id }
    }

    /// The classes in the `class` attribute.
    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    /// The text of the direct `<title>` child.
    var title: String? { children.first { $0.name == "title" }?.text }

    /// The text of every `<text>` element below, in document order.
    var texts: [String] { allElements.filter { $0.name == "text" }.map(\.text) }
}

enum SVGDocument {
    struct ParseFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Parses SVG bytes; fails unless they are well-formed XML (and so valid UTF-8).
    static func parse(_ bytes: [UInt8]) throws -> SVGElement {
        let parser = XMLParser(data: Data(bytes))
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseFailure(description: "Not well-formed: \(parser.parserError.map { "\($0)" } ?? "no root element")")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: SVGElement?
        var stack: [SVGElement] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            let element = SVGElement(name: elementName, attributes: attributes)
            if let parent = stack.last { parent.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
