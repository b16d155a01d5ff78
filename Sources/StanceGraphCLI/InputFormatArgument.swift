import ArgumentParser
import Foundation
import StanceGraph

enum InputFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case yaml, json, graphml, csv

    var format: InputFormat {
        switch self {
        case .yaml: .yaml
        case .json: .json
        case .graphml: .graphml
        case .csv: .csv
        }
    }
}
