#ifndef BITEXT_CLIBXML2_SHIM_H
#define BITEXT_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its headers then pull in ICU types that clash with
// Foundation's own ICU module ("'UErrorCode' has different definitions"). Bitext never
// uses libxml2's ICU-specific API, so hide it.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/encoding.h>
#include <libxml/entities.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void bitext_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
