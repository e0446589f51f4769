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
}
