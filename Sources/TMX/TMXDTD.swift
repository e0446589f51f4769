/// The TMX 1.4b DTD that Bitext ships in `tmx/tmx14.dtd` (a test checks that both are the same),
/// built in so that `bitext tmx validate` works wherever the binary is installed.
public enum TMXDTD {
    /// The DTD text.
    public static let text = #"""
<!-- TMX 1.4b: Translation Memory eXchange, document type definition.
     Written for Bitext from the TMX 1.4b specification (OSCAR recommendation of 26 April 2005,
     published under CC BY 3.0). Element and attribute names and their meaning are the
     specification's; this text is Bitext's own.
     Usage: <!DOCTYPE tmx SYSTEM "tmx14.dtd">  (Bitext never loads it except for `bitext tmx validate`). -->

<!-- Entities for the recurring attribute groups -->
<!ENTITY % lang-attribute "
    xml:lang            CDATA   #IMPLIED
    lang                CDATA   #IMPLIED">
<!ENTITY % encoding-attribute "
    o-encoding          CDATA   #IMPLIED">
<!ENTITY % creation-attributes "
    creationdate        CDATA   #IMPLIED
    creationid          CDATA   #IMPLIED
    changedate          CDATA   #IMPLIED
    changeid            CDATA   #IMPLIED">
<!ENTITY % tool-attributes "
    creationtool        CDATA   #IMPLIED
    creationtoolversion CDATA   #IMPLIED">
<!ENTITY % usage-attributes "
    usagecount          CDATA   #IMPLIED
    lastusagedate       CDATA   #IMPLIED">
<!ENTITY % segtype-values "block | paragraph | sentence | phrase">
<!ENTITY % inline-codes "bpt | ept | it | ph | hi | ut">
<!ENTITY % sub-flow "#PCDATA | sub">

<!-- The document -->
<!ELEMENT tmx (header, body)>
<!ATTLIST tmx
    version             CDATA   #FIXED "1.4">

<!-- The header: seven required attributes, then notes, properties and user-defined encodings -->
<!ELEMENT header (note | prop | ude)*>
<!ATTLIST header
    creationtool        CDATA   #REQUIRED
    creationtoolversion CDATA   #REQUIRED
    segtype             (%segtype-values;) #REQUIRED
    o-tmf               CDATA   #REQUIRED
    adminlang           CDATA   #REQUIRED
    srclang             CDATA   #REQUIRED
    datatype            CDATA   #REQUIRED
    %encoding-attribute;
    %creation-attributes;>

<!ELEMENT body (tu*)>

<!-- A translation unit: notes and properties, then one or more variants -->
<!ELEMENT tu ((note | prop)*, tuv+)>
<!ATTLIST tu
    tuid                CDATA   #IMPLIED
    %encoding-attribute;
    datatype            CDATA   #IMPLIED
    %usage-attributes;
    %tool-attributes;
    %creation-attributes;
    segtype             (%segtype-values;) #IMPLIED
    o-tmf               CDATA   #IMPLIED
    srclang             CDATA   #IMPLIED>

<!-- A variant: the text in one language; exactly one segment, after its notes and properties -->
<!ELEMENT tuv ((note | prop)*, seg)>
<!ATTLIST tuv
    xml:lang            CDATA   #REQUIRED
    lang                CDATA   #IMPLIED
    %encoding-attribute;
    datatype            CDATA   #IMPLIED
    %usage-attributes;
    %tool-attributes;
    %creation-attributes;
    o-tmf               CDATA   #IMPLIED>

<!-- The segment: text in which all whitespace is significant, with inline codes -->
<!ELEMENT seg (#PCDATA | %inline-codes;)*>

<!-- Comments and tool data -->
<!ELEMENT note (#PCDATA)>
<!ATTLIST note
    %lang-attribute;
    %encoding-attribute;>

<!ELEMENT prop (#PCDATA)>
<!ATTLIST prop
    type                CDATA   #REQUIRED
    %lang-attribute;
    %encoding-attribute;>

<!-- User-defined encodings: private-use characters mapped to a legacy code set -->
<!ELEMENT ude (map*)>
<!ATTLIST ude
    name                CDATA   #REQUIRED
    base                CDATA   #IMPLIED>

<!ELEMENT map EMPTY>
<!ATTLIST map
    unicode             CDATA   #REQUIRED
    code                CDATA   #IMPLIED
    ent                 CDATA   #IMPLIED
    subst               CDATA   #IMPLIED>

<!-- Inline elements. Paired codes (bpt/ept) share `i`; `x` links codes across variants -->
<!ELEMENT bpt (%sub-flow;)*>
<!ATTLIST bpt
    i                   CDATA   #REQUIRED
    x                   CDATA   #IMPLIED
    type                CDATA   #IMPLIED>

<!ELEMENT ept (%sub-flow;)*>
<!ATTLIST ept
    i                   CDATA   #REQUIRED>

<!ELEMENT it (%sub-flow;)*>
<!ATTLIST it
    pos                 (begin | end) #REQUIRED
    x                   CDATA   #IMPLIED
    type                CDATA   #IMPLIED>

<!ELEMENT ph (%sub-flow;)*>
<!ATTLIST ph
    x                   CDATA   #IMPLIED
    assoc               CDATA   #IMPLIED
    type                CDATA   #IMPLIED>

<!ELEMENT hi (#PCDATA | %inline-codes;)*>
<!ATTLIST hi
    x                   CDATA   #IMPLIED
    type                CDATA   #IMPLIED>

<!ELEMENT sub (#PCDATA | %inline-codes;)*>
<!ATTLIST sub
    datatype            CDATA   #IMPLIED
    type                CDATA   #IMPLIED>

<!-- Unknown code: deprecated, not allowed at Level 2 -->
<!ELEMENT ut (%sub-flow;)*>
<!ATTLIST ut
    x                   CDATA   #IMPLIED>
"""#
}
