/// The fuzzy match score: word-level edit distance normalised by the longer segment, as OmegaT does,
/// with small penalties so that only identical text scores 100.
public enum FuzzyScorer {
    /// The largest penalty for differences that the edit distance ignores (case, punctuation, numbers,
    /// tags, spacing): such segments score between 95 and 99.
    public static let maximumPenalty = 5

    /// Scores `candidate` against `query`, with the candidate's differing tokens.
    public static func score(query: String, candidate: String) -> FuzzyScore {
        score(query: query, queryTokens: Tokenizer.tokens(of: query),
              candidate: candidate, candidateTokens: Tokenizer.tokens(of: candidate))
    }

    /// Scores already tokenised texts.
    public static func score(query: String, queryTokens: [Token], candidate: String, candidateTokens: [Token]) -> FuzzyScore {
        let a = queryTokens.filter(\.isScored)
        let b = candidateTokens.filter(\.isScored)
        let n = a.count, m = b.count
        // Edit distance with a full table for the backtrace.
        var table = [Int](repeating: 0, count: (n + 1) * (m + 1))
        let width = m + 1
        for j in 0...m { table[j] = j }
        if n > 0 {
            for i in 1...n {
                table[i * width] = i
                if m > 0 {
                    for j in 1...m {
                        let substitution = table[(i - 1) * width + j - 1] + (a[i - 1].key == b[j - 1].key ? 0 : 1)
                        let deletion = table[(i - 1) * width + j] + 1
                        let insertion = table[i * width + j - 1] + 1
                        table[i * width + j] = min(substitution, deletion, insertion)
                    }
                }
            }
        }
        let distance = table[n * width + m]
        var differences: [Range<String.Index>] = []
        var penalty = 0
        var i = n, j = m
        while i > 0 || j > 0 {
            if i > 0, j > 0, a[i - 1].key == b[j - 1].key, table[i * width + j] == table[(i - 1) * width + j - 1] {
                if query.unicodeScalars[a[i - 1].range].elementsEqual(candidate.unicodeScalars[b[j - 1].range]) == false {
                    differences.append(b[j - 1].range)
                    penalty += 1
                }
                i -= 1; j -= 1
            } else if i > 0, j > 0, table[i * width + j] == table[(i - 1) * width + j - 1] + 1 {
                differences.append(b[j - 1].range)
                i -= 1; j -= 1
            } else if j > 0, table[i * width + j] == table[i * width + j - 1] + 1 {
                differences.append(b[j - 1].range)
                j -= 1
            } else {
                i -= 1
            }
        }
        differences.reverse()
        let percent: Int
        if distance > 0 {
            percent = max(0, (100 * (max(n, m) - distance)) / max(n, m))
        } else if query == candidate {
            percent = 100
        } else {
            let queryPunctuation = queryTokens.filter { !$0.isScored }.map { query.unicodeScalars[$0.range].first!.value }
            let candidatePunctuation = candidateTokens.filter { !$0.isScored }
            if queryPunctuation != candidatePunctuation.map({ candidate.unicodeScalars[$0.range].first!.value }) {
                penalty += 1
                let queryMarks = Set(queryPunctuation)
                differences += candidatePunctuation.filter { !queryMarks.contains(candidate.unicodeScalars[$0.range].first!.value) }.map(\.range)
            }
            if penalty == 0 { penalty = 1 } // spacing or normalisation only
            percent = 100 - min(penalty, maximumPenalty)
        }
        return FuzzyScore(percent: percent, distance: distance, differences: differences)
    }

    /// The percentage for an edit distance between token sequences of lengths `n` and `m`, when the
    /// distance is not zero (a zero distance needs the texts: see ``score(query:candidate:)``).
    @inline(__always)
    static func percent(distance: Int, _ n: Int, _ m: Int) -> Int {
        let longer = max(n, m)
        return longer == 0 ? 100 : max(0, (100 * (longer - distance)) / longer)
    }

    /// The edit distance between two key sequences, or nil when it exceeds `limit`.
    static func distance(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, limit: Int,
                         row: inout [Int32]) -> Int? {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return nil }
        if n == 0 { return m }
        if m == 0 { return n }
        if row.count < m + 1 { row = [Int32](repeating: 0, count: m + 1) }
        return row.withUnsafeMutableBufferPointer { row -> Int? in
            for j in 0...m { row[j] = Int32(j) }
            for i in 1...n {
                var diagonal = row[0]
                row[0] = Int32(i)
                var rowMinimum = row[0]
                let key = a[i - 1]
                for j in 1...m {
                    let above = row[j]
                    let value = Swift.min(diagonal + (key == b[j - 1] ? 0 : 1), above + 1, row[j - 1] + 1)
                    row[j] = value
                    diagonal = above
                    if value < rowMinimum { rowMinimum = value }
                }
                if Int(rowMinimum) > limit { return nil }
            }
            let result = Int(row[m])
            return result > limit ? nil : result
        }
    }
}
