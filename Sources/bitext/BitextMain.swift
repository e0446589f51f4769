import BitextCommand

/// The `bitext` executable: everything it does lives in the `BitextCommand` module.
@main
enum BitextMain {
    static func main() async {
        await Bitext.mainPrintingErrors()
    }
}
