/// Bitext's own segmentation rules, in SRX 2.0 (Java regex dialect, like every SRX file).
///
/// Conventions (those of press-release translation memories):
/// - a line break ends a segment (titles, menu lines, bullets and captions are segments), unless
///   a line ends in lower case or a comma and the next one goes on in lower case (wrapped text);
/// - `.`, `!`, `?`, `…` (with closing quotes or brackets, French no-break spaces allowed before
///   them) end a sentence when white space and a sentence start follow (a capital, a digit, an
///   opening quote or bracket, a dash or bullet, a letter of a caseless script, a symbol);
/// - exceptions: abbreviations of each language, initials (`Ronald K. Noble`), `No. 5`, months
///   before a day number, German ordinals before a month.
enum BitextRules {
    static let srx = #"""
<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="yes"/>
  <body>
    <languagerules>
      <languagerule languagerulename="English">
        <rule break="no">
          <beforebreak>\b(?:Mr|Mrs|Ms|Messrs|Dr|Drs|Prof|St|Ste|Mt|Ft|Gen|Lt|Col|Maj|Capt|Cmdr|Sgt|Cpl|Adm|Gov|Sen|Rep|Hon|Rev|Pres|Supt|Insp|Det|Jr|Sr|Esq|Sgt|vs|v|cf|viz|approx|Dept|Univ|Assn|Bros|Fig|Figs|Vol|Vols|Ch|Sec|Art|Para|pp|ca|al)\.</beforebreak>
          <afterbreak>[\s\u00A0]</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>\b(?:e\.g|i\.e|U\.S|U\.K|U\.N|U\.S\.A|E\.U|D\.C|Ph\.D|B\.A|M\.A|B\.Sc|M\.Sc)\.</beforebreak>
          <afterbreak>[\s\u00A0]</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>\b(?:No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|p|para|art|Art|sec|Sec)\.</beforebreak>
          <afterbreak>[\s\u00A0]+\d</afterbreak>
        </rule>
      </languagerule>
      <languagerule languagerulename="French">
        <rule break="no">
          <beforebreak>\b(?:M|MM|Mme|Mmes|Mlle|Mlles|Me|Mgr|Dr|Pr|Pre|St|Ste|Sts|Gal|Gén|Col|Cdt|Lt|Sgt|Cne|av|bd|boul|ch|éd|vol|chap|art|cf|env|hab|tél|fig|coll|dir|trad|ex|p|pp|ca|vs|apr|av|J\.-C|c\.-à-d|O\.N\.U|É\.-U|p\. ex|par ex)\.</beforebreak>
          <afterbreak>[\s\u00A0]</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>\b(?:n|N|no|No|nos|Nos|art|p|janv|févr|fév|avr|juil|juill|sept|oct|nov|déc)[°o]?\.</beforebreak>
          <afterbreak>[\s\u00A0]+\d</afterbreak>
        </rule>
      </languagerule>
      <languagerule languagerulename="Spanish">
        <rule break="no">
          <beforebreak>\b(?:Sr|Sra|Sres|Sras|Srta|Dr|Dra|Dres|Lic|Ing|Arq|Prof|Profa|Gral|Cnel|Tte|Cap|Ud|Uds|Vd|Vds|Dña|Excmo|Excma|Ilmo|Ilma|Sto|Sta|pág|págs|núm|art|cap|vol|ej|p\. ej|aprox|tel|etc|EE\. UU|EE\.UU|avda|av|dpto|admón|cía|op|cit)\.</beforebreak>
          <afterbreak>[\s\u00A0]</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>\b(?:n|N|no|No|núm|art|p|ene|feb|abr|jun|jul|ago|sept|oct|nov|dic)[°ºo]?\.</beforebreak>
          <afterbreak>[\s\u00A0]+\d</afterbreak>
        </rule>
      </languagerule>
      <languagerule languagerulename="German">
        <rule break="no">
          <beforebreak>\b(?:Hr|Hrn|Fr|Dr|Prof|Dipl|Ing|St|Nr|Str|Abs|Art|Bd|Bsp|bzw|ca|evtl|ggf|inkl|Jh|Kap|usw|vgl|zB|z\. B|u\. a|d\. h|u\. ä|o\. ä|s\. o|s\. u|z\. T|i\. d\. R|Mio|Mrd|Tel|Abt|Gebr|Verf)\.</beforebreak>
          <afterbreak>[\s\u00A0]</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>\b\d{1,2}\.</beforebreak>
          <afterbreak>[\s\u00A0]+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhundert|Jahrhunderts|Platz|Mal|Klasse|Stock)\b</afterbreak>
        </rule>
      </languagerule>
      <languagerule languagerulename="Italian">
        <rule break="no">
          <beforebreak>\b(?:Sig|Sigg|Sig\.ra|Sig\.na|Dott|Dott\.ssa|Dr|Prof|Prof\.ssa|Avv|Ing|Arch|Geom|Rag|On|Gen|Col|Ten|Cap|Mons|S|SS|Sta|Spett|ecc|pag|pagg|art|cap|vol|ca|cfr|es|tel|p\. es|n)\.</beforebreak>
          <afterbreak>[\s\u00A0]</afterbreak>
        </rule>
      </languagerule>
      <languagerule languagerulename="Portuguese">
        <rule break="no">
          <beforebreak>\b(?:Sr|Sra|Srs|Sras|Srta|Dr|Dra|Drs|Prof|Profa|Eng|Arq|Exmo|Exma|Ilmo|Ilma|Gen|Cel|Ten|Cap|Sto|Sta|V\. Exa|pág|págs|art|cap|vol|ex|p\. ex|aprox|tel|av|n|nº|n\.º|etc)\.</beforebreak>
          <afterbreak>[\s\u00A0]</afterbreak>
        </rule>
      </languagerule>
      <languagerule languagerulename="Arabic">
        <rule break="yes">
          <beforebreak>[؟۔]</beforebreak>
          <afterbreak>[\s\u00A0]+[^\s\u00A0\p{Ll}]</afterbreak>
        </rule>
      </languagerule>
      <languagerule languagerulename="Default">
        <rule break="no">
          <beforebreak>[\p{Ll},]\n</beforebreak>
          <afterbreak>[a-zà-ÿ]</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>\b\p{Ll}\.</beforebreak>
          <afterbreak>[\s\u00A0]?\p{L}{1,3}\.</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>\b\p{Lu}\.</beforebreak>
          <afterbreak>[\s\u00A0]+\p{Lu}</afterbreak>
        </rule>
        <rule break="yes">
          <beforebreak>[\n\r\u2028\u2029\u0085]</beforebreak>
        </rule>
        <rule break="yes">
          <beforebreak>[.!?…‼⁇⁈⁉]</beforebreak>
          <afterbreak>[\s\u00A0\u202F\u2009]+[\p{Lu}\p{Lt}\p{Lo}\p{So}\d"'“‘«„‹(\[¿¡–—•\-\*]</afterbreak>
        </rule>
        <rule break="yes">
          <beforebreak>[.!?…‼⁇⁈⁉][\u00A0\u202F\u2009 ]?[»”"’'\)\]]</beforebreak>
          <afterbreak>[\s\u00A0\u202F\u2009]+[\p{Lu}\p{Lt}\p{Lo}\p{So}\d"'“‘«„‹(\[¿¡–—•\-\*]</afterbreak>
        </rule>
        <rule break="yes">
          <beforebreak>[.!?…‼⁇⁈⁉][\u00A0\u202F\u2009 ]?[»”"’'\)\]][»”"’'\)\]]</beforebreak>
          <afterbreak>[\s\u00A0\u202F\u2009]+[\p{Lu}\p{Lt}\p{Lo}\p{So}\d"'“‘«„‹(\[¿¡–—•\-\*]</afterbreak>
        </rule>
      </languagerule>
    </languagerules>
    <maprules>
      <languagemap languagepattern="en.*" languagerulename="English"/>
      <languagemap languagepattern="fr.*" languagerulename="French"/>
      <languagemap languagepattern="es.*" languagerulename="Spanish"/>
      <languagemap languagepattern="de.*" languagerulename="German"/>
      <languagemap languagepattern="it.*" languagerulename="Italian"/>
      <languagemap languagepattern="pt.*" languagerulename="Portuguese"/>
      <languagemap languagepattern="ar.*" languagerulename="Arabic"/>
      <languagemap languagepattern=".*" languagerulename="Default"/>
    </maprules>
  </body>
</srx>
"""#

    /// The languages with rules of their own (all others get the default rules).
    static let languages = ["en", "fr", "es", "de", "it", "pt", "ar"]
}

extension SegmentationRules {
    /// Bitext's tuned rules for en, fr, es, de, it, pt, ar and a default for other languages.
    public static let bitext: SegmentationRules = {
        // The built-in SRX text is fixed and tested to parse.
        try! SegmentationRules(srx: BitextRules.srx, source: "bitext-rules.srx")
    }()

    /// The languages Bitext's rules have specific rules for.
    public static let bitextLanguages = BitextRules.languages
}
