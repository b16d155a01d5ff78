import Testing
@testable import StanceGraph

@Suite struct EdgeTypeTests {
    /// `vocabularyIndex` (and the query index's `code`) is the position in `allCases`: a case
    /// added or moved without updating the switch fails here.
    @Test(arguments: EdgeType.allCases)
    func vocabularyIndexIsThePositionInAllCases(type: EdgeType) {
        #expect(type.vocabularyIndex == EdgeType.allCases.firstIndex(of: type))
        #expect(Int(type.code) == type.vocabularyIndex)
    }
}
