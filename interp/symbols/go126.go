package symbols

// The standard library's tables that yaegi v0.16.1 ships were extracted
// with Go 1.22. The go:generate lines below add what later Go versions
// added to the packages a notebook uses, as compiled values: the
// iterator functions of strings and bytes (Go 1.24), sync/atomic's And
// and Or (1.23), and the like. They go into Symbols under the standard
// packages' keys, so that yaegi's Use merges them into those packages;
// only packages a restricted session allows are listed. Generic
// additions (slices.Sorted, sync.OnceValue, ...) cannot be extracted:
// they are Go source in package interp/stdsrc.

//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract -name symbols -include ^(Lines|SplitSeq|SplitAfterSeq|FieldsSeq|FieldsFuncSeq)$ strings bytes
//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract -name symbols -include ^(And|Or)(Int32|Int64|Uint32|Uint64|Uintptr)$ sync/atomic
//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract -name symbols -include ^Uint$ math/rand/v2
//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract -name symbols -include ^(CategoryAliases|Cn|LC)$ unicode
//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract -name symbols -include ^RuneLen$ unicode/utf16
//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract -name symbols -include ^(BinaryAppender|TextAppender)$ encoding
//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract -name symbols -include ^(Append|Decode|Encode)$ encoding/binary
//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract -name symbols -include ^Text$ crypto/rand
//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract -name symbols -include ^(DiscardHandler|GroupAttrs|MultiHandler|NewMultiHandler)$ log/slog
//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract -name symbols -include ^(Preorder|PreorderStack|ParseDirective|Directive|DirectiveArg)$ go/ast
//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract -name symbols -include ^(Cloner|XOF)$ hash
//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract -name symbols -include ^Localize$ path/filepath
