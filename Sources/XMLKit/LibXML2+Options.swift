import CLibXML2

extension LibXML2 {
    /// `XML_PARSE_HUGE`: lifts libxml2's 10 MB limit on a single text node. Add it to
    /// ``safeParseOptions`` only to re-read a file whose segment truly needs it.
    public static var hugeOption: Int32 { Int32(XML_PARSE_HUGE.rawValue) }
}
