package lower

import (
	"go/types"
	"sort"
	"sync"
)

// gc names a type declared inside a function, where it is a type argument
// of an instance, with its place among the package's local type
// declarations in source order: `type key struct{...}` in main, the
// first local type of the program, makes Box[key] print as
// main.Box[main.key·1] (and key alone as main.key).

// localOrdinals caches the numbers of the last package asked about: a
// cell's lowering asks about one package many times.
var localOrdinals struct {
	sync.Mutex
	pkg *types.Package
	of  map[*types.TypeName]int
}

// localOrdinal returns gc's number of tn, a type declared inside a
// function, or 0 for a type declared at package level.
func localOrdinal(tn *types.TypeName) int {
	pkg := tn.Pkg()
	if pkg == nil || tn.Parent() == nil || tn.Parent() == pkg.Scope() || tn.Parent() == types.Universe {
		return 0
	}
	localOrdinals.Lock()
	defer localOrdinals.Unlock()
	if localOrdinals.pkg != pkg {
		localOrdinals.pkg, localOrdinals.of = pkg, numberLocalTypes(pkg)
	}
	return localOrdinals.of[tn]
}

// numberLocalTypes numbers the types declared in the package's functions
// in the order of their declarations.
func numberLocalTypes(pkg *types.Package) map[*types.TypeName]int {
	var locals []*types.TypeName
	var walk func(s *types.Scope, top bool)
	walk = func(s *types.Scope, top bool) {
		if !top {
			for _, name := range s.Names() {
				if tn, ok := s.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
					if _, isParam := tn.Type().(*types.TypeParam); !isParam {
						locals = append(locals, tn)
					}
				}
			}
		}
		for i := 0; i < s.NumChildren(); i++ {
			walk(s.Child(i), false)
		}
	}
	// The package's scope holds its file scopes, whose children are the
	// functions'.
	for i := 0; i < pkg.Scope().NumChildren(); i++ {
		file := pkg.Scope().Child(i)
		for j := 0; j < file.NumChildren(); j++ {
			walk(file.Child(j), false)
		}
	}
	sort.Slice(locals, func(i, j int) bool { return locals[i].Pos() < locals[j].Pos() })
	of := make(map[*types.TypeName]int, len(locals))
	for i, tn := range locals {
		of[tn] = i + 1
	}
	return of
}
