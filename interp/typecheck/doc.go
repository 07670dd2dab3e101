// Package typecheck type-checks notebook cells with go/types before yaegi
// runs them: the second stage of a cell (parse, check, lower, evaluate).
//
// # The session as a package
//
// Session (cell.go) keeps what earlier cells left: their imports, the
// latest version of each declaration (parsed once, kept as syntax trees)
// and the types of the variables their top-level statements defined. A
// cell is checked as a package of two files: one of those declarations
// and variables, and the cell, whose declarations stay package-level and
// whose top-level statements become the body of a function. Line
// directives keep every fragment at its line and column in the cell, so an
// error reads as the compiler's would. A declaration of the cell that uses
// a variable the cell's statements define is checked in a second pass with
// that variable declared at package level, as the notebook makes it.
// Commit makes a checked cell part of the session. leniency.go lists the
// rules relaxed at a cell's top level; gcerrors.go the few errors whose
// wording or column the compiler gives differently from go/types.
//
// # Why the importer reads the symbol tables
//
// A cell can only use the packages yaegi can import: the symbol tables
// handed to (*interp.Interpreter).Use - the standard library's, the
// project's, fewer in a restricted session - and the generic packages
// yaegi compiles from source (cmp, maps, slices). The checker must see
// exactly those: a package from the Go toolchain's export data would let
// through code yaegi then rejects (slices.Sort, which yaegi's generic
// source leaves out; a package a restricted session does not have), and
// would need a Go toolchain at run time, which the kernel does not have.
// So the Importer builds go/types packages from the reflect.Values in the
// tables and type-checks the generic sources, and nothing else. A path it
// does not have fails with an error wrapping ErrNotAvailable.
//
// # Members
//
// A table maps member names to reflect.Values, written by yaegi's
// extractor in four shapes, told apart like yaegi does:
//
//   - a variable is addressable: reflect.ValueOf(&os.Args).Elem();
//   - a function is a func value that is not addressable;
//   - a type is a nil pointer to it: reflect.ValueOf((*fmt.Stringer)(nil));
//     if the type's own name or package differ from the member's, the
//     member is an alias (os.FileInfo for io/fs.FileInfo);
//   - anything else is a constant: an untyped one is a go/constant Value,
//     exact, whose kind gives the untyped type; a typed one (time.Second)
//     is a plain value of its type.
//
// Names starting with "_" are yaegi's interface wrappers and are skipped.
// Types are converted from reflect faithfully: named types become one
// types.Named each, in the package of their PkgPath - also for packages
// that cannot be imported, such as internal/poll - with all their fields
// and exported methods; a method in the type's method set has a value
// receiver, one only in the pointer's method set a pointer receiver.
//
// A package that is both in the tables and given as source (AddSource)
// has the members of both, the source's winning on a conflict.
//
// # Limits
//
// reflect does not record everything the export data does, so some types
// print or behave differently from the compiler's view:
//
//   - parameter names are lost, and so are aliases: os.FileInfo's methods
//     and functions using it say io/fs.FileInfo; byte and uint8 are the
//     same to reflect, as are rune and int32 - they are shown as byte and
//     rune;
//   - a concrete type's unexported methods are invisible; those an
//     interface of its package requires (go/ast.Expr's exprNode) are
//     added when reflect says the type implements the interface;
//   - instantiated generic types are named types whose name holds the type
//     arguments; generic functions and types are missing from the tables
//     altogether (the extractor skips them), like they are in yaegi;
//   - untyped rune constants (utf8.RuneError) are untyped integers, and
//     untyped float constants (math.Pi) the float64 nearest to them, as
//     the extractor writes them and as yaegi computes with them;
//   - where yaegi's table replaces a member, the checker sees the
//     replacement: log.Logger is yaegi's wrapper stdlib.logLogger, whose
//     Fatal panics and which has no SetPrefix;
//   - import "unsafe" gives go/types' own package, which no table has: the
//     lowering writes its constants (unsafe.Sizeof) as numbers and refuses
//     the rest (interp/lower's unsafeconst.go);
//   - instances of a source package's generic types in compiled
//     signatures (strings.Lines' iter.Seq[string]) are that type's
//     instances.
//
// Building a package converts every type its members reach, once per
// Importer: the first import of fmt takes about a tenth of a millisecond,
// importing every package of the standard library's table about 20 ms.
package typecheck
