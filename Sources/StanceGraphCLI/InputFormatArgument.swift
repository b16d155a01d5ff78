import ArgumentParser
import Foundation
import StanceGraph

enum InputFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case yaml, json
    var format: InputFormat { self == .yaml ? .yaml : .json }
}
