extension XMLErrorCollector {
    /// Every error collected, as ``XMLError`` values for `path`.
    func all(path: String?) -> [XMLError] {
        errors.map { XMLError(path: path, line: $0.line, column: $0.column, message: $0.message) }
    }
}
