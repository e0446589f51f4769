import Foundation

/// The word-to-word scores of one unit: a row per source token, a column per target token (0 for
/// tokens that are not content words).
struct WordMatrix {
    private var values: [Double]
    private let columns: Int

    init(rows: Int, columns: Int) {
        values = [Double](repeating: 0, count: rows * columns)
        self.columns = columns
    }

    subscript(row: Int, column: Int) -> Double {
        get { values[row * columns + column] }
        set { values[row * columns + column] = newValue }
    }

    /// `matrix` with each score lowered by its distance from the diagonal of the unit: row `i` of `m`
    /// and column `j` of `n` keep `exp(-tension × |i/m − j/n|)` of their score; scores from `certain` up
    /// (the same acronym, a cognate) are kept whatever the word order.
    static func placed(_ matrix: WordMatrix, tension: Double, certain: Double) -> WordMatrix {
        var placed = matrix
        let rows = matrix.values.count / max(matrix.columns, 1)
        guard rows > 0, matrix.columns > 0 else { return placed }
        for i in 0..<rows {
            for j in 0..<matrix.columns where matrix[i, j] > 0 && matrix[i, j] < certain {
                let distance = abs((Double(i) + 0.5) / Double(rows) - (Double(j) + 0.5) / Double(matrix.columns))
                placed[i, j] = matrix[i, j] * exp(-tension * distance)
            }
        }
        return placed
    }
}
