/// The page's files, compiled in so that the binary needs no resource folder.
/// `{{TOKEN}}` in ``html`` is replaced by the session token.
enum PageAssets {}
