// Package stdsrc is the generic part of Go 1.26's standard library, as Go
// source that yaegi interprets: slices, maps, cmp, iter and unique whole,
// and the generic members of sync (OnceValue, OnceValues), sync/atomic
// (Pointer) and math/rand/v2 (N).
//
// # Why source
//
// A cell calls compiled packages through yaegi's symbol tables, which
// hold reflect.Values; a generic function has none until it is
// instantiated, so the tables of yaegi v0.16.1 (extracted with Go 1.22)
// have no slices.Sort, no maps.Keys, no iter at all. yaegi interprets
// generic code instead: it ships the Go 1.22 source of slices, maps and
// cmp. The packages here replace those and add the rest, written for this
// project (not copied from Go or yaegi) and for the subset of generics
// yaegi v0.16.1 runs right:
//
//   - a parameter's type is written with the type parameters directly:
//     []E rather than S ~[]E, func(yield func(E) bool) rather than
//     iter.Seq[E] - yaegi infers type arguments from nothing else. A named
//     slice type is still accepted; a function returning a slice returns
//     []E rather than the named type;
//   - a generic struct's fields use no other package's types: yaegi
//     resolves them where the struct is instantiated;
//   - no type assertion to *T, no call of a function of another package
//     that has the caller's name (both go wrong in yaegi).
//
// The sorts call the compiled sort package, whose pattern-defeating
// quicksort is the one Go's slices uses: SortFunc leaves equal elements
// in the order compiled Go does. Each package has tests against Go's own
// (go test ./interp/stdsrc/...), run natively: results, capacities, what
// is left in a backing array, panics.
//
// # How the session uses them
//
// The type checker gets each File with typecheck's Importer.AddSource, so
// that it sees exactly these packages; yaegi gets Interpreted (Load). An
// addition to a compiled package is compiled as a package with a hidden
// name (_gbpsync), as yaegi cannot merge source into a compiled package;
// generic functions and types get mangled names (Mangle), as yaegi keeps
// all generic instances in one table keyed by name, where cmp.Compare[int]
// and slices.Compare[int] would collide. The lowering of cells
// (interp/lower) writes the hidden and mangled names and the type
// arguments yaegi cannot infer.
//
// # What is missing
//
// reflect.TypeFor: it would have to return a reflect.Type of the compiled
// reflect package from source the checker sees as package reflect, and
// yaegi's reflect types of a cell's types have no names, so its answers
// would differ from Go's. Cells get "undefined: reflect.TypeFor".
package stdsrc
