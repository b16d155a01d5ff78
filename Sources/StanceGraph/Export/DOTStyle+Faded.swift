extension DOTStyle {
    /// How a highlighted diagram (`DOTExporter.Highlight`) draws what is not highlighted, and
    /// how much it stresses what is.
    public enum Faded {
        /// Outlines and lines of what is not highlighted.
        public static let stroke = "#BBBBBB"
        /// Labels of what is not highlighted.
        public static let text = "#888888"
        /// The outline width of highlighted nodes.
        public static let highlightedOutline = 2.5
        /// How much of its colour a faded fill keeps, in per cent; the rest is white.
        public static let fillPercent = 30

        /// `color` (`#RRGGBB`) lightened towards white; other colour names come back as they are.
        public static func fill(_ color: String) -> String {
            let hex = Array("0123456789ABCDEF".utf8)
            let digits = Array(color.uppercased().utf8)
            guard digits.count == 7, digits[0] == UInt8(ascii: "#"), digits.dropFirst().allSatisfy(hex.contains),
                  let value = UInt32(color.dropFirst(), radix: 16) else { return color }
            var result = "#"
            for shift in [16, 8, 0] {
                let channel = Int((value >> UInt32(shift)) & 0xFF)
                let mixed = (channel * fillPercent + 255 * (100 - fillPercent) + 50) / 100
                result += String(decoding: [hex[mixed >> 4], hex[mixed & 0xF]], as: UTF8.self)
            }
            return result
        }

        /// A highlighted edge's line: twice as thick as `penWidth`, and at least 3.
        public static func highlightedPenWidth(_ penWidth: Double) -> Double {
            max(penWidth * 2, 3)
        }
    }
}
