import Foundation

/// A progress bar on standard error, drawn only when standard error is a terminal.
struct AlignProgress {
    /// The number of steps.
    let total: Int
    /// Whether the bar is drawn.
    let isShown: Bool
    private(set) var done = 0
    private let width = 30

    /// A bar for `total` steps; shown when standard error is a terminal (unless `shown` says otherwise).
    init(total: Int, shown: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.isShown = shown && total > 0
    }

    /// One more step done; redraws the bar with the name of the last item.
    mutating func advance(_ item: String) {
        done += 1
        draw(item)
    }

    /// Prints a line above the bar (the bar is redrawn under it).
    func print(_ line: String) {
        if isShown { write("\r\u{1B}[K") }
        write(line + "\n")
        if isShown && done < total { draw("") }
    }

    /// Clears the bar.
    func finish() {
        if isShown { write("\r\u{1B}[K") }
    }

    /// The bar's text, e.g. `[#########.....] 9/15 PR144`.
    func line(_ item: String) -> String {
        let filled = total == 0 ? width : done * width / total
        let name = item.count > 40 ? "…" + item.suffix(39) : item
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(total) \(name)"
    }

    private func draw(_ item: String) {
        guard isShown else { return }
        write("\r\u{1B}[K" + line(item))
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
