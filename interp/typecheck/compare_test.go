package typecheck

import (
	"fmt"
	"go/constant"
	"go/importer"
	"go/token"
	"go/types"
	"sort"
	"strings"
	"testing"

	"github.com/gobackprop/gobackprop/interp/symbols"
	"github.com/traefik/yaegi/stdlib"
)

// reference imports the real packages: the standard library from the
// toolchain's export data ("gc", which runs go list -export), other
// modules from source (the gc importer finds no export data for them).
type reference struct {
	gc, src types.Importer
}

func newReference() *reference {
	return &reference{gc: importer.Default(), src: importer.ForCompiler(token.NewFileSet(), "source", nil)}
}

func (r *reference) Import(path string) (*types.Package, error) {
	if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
		return r.src.Import(path)
	}
	return r.gc.Import(path)
}

// canon rewrites what reflect cannot know out of a type, on both sides:
// parameter names, receivers, aliases (types.Unalias), byte and rune (to
// uint8 and int32) and embedded interfaces (flattened). Named types are
// kept: they print as path.Name on both sides.
func canon(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.Alias:
		return canon(types.Unalias(t))
	case *types.Basic:
		return types.Typ[t.Kind()]
	case *types.Pointer:
		return types.NewPointer(canon(t.Elem()))
	case *types.Slice:
		return types.NewSlice(canon(t.Elem()))
	case *types.Array:
		return types.NewArray(canon(t.Elem()), t.Len())
	case *types.Map:
		return types.NewMap(canon(t.Key()), canon(t.Elem()))
	case *types.Chan:
		return types.NewChan(t.Dir(), canon(t.Elem()))
	case *types.Signature:
		return types.NewSignatureType(nil, nil, nil, canonTuple(t.Params()), canonTuple(t.Results()), t.Variadic())
	case *types.Struct:
		fields := make([]*types.Var, t.NumFields())
		tags := make([]string, t.NumFields())
		for i := range fields {
			f := t.Field(i)
			fields[i] = types.NewField(token.NoPos, f.Pkg(), f.Name(), canon(f.Type()), f.Embedded())
			tags[i] = t.Tag(i)
		}
		return types.NewStruct(fields, tags)
	case *types.Interface:
		if t.Empty() {
			return anyType.Underlying()
		}
		methods := make([]*types.Func, t.NumMethods())
		for i := range methods {
			m := t.Method(i)
			methods[i] = types.NewFunc(token.NoPos, m.Pkg(), m.Name(), canon(m.Type()).(*types.Signature))
		}
		return types.NewInterfaceType(methods, nil).Complete()
	}
	return t
}

func canonTuple(t *types.Tuple) *types.Tuple {
	vars := make([]*types.Var, t.Len())
	for i := range vars {
		vars[i] = types.NewParam(token.NoPos, nil, "", canon(t.At(i).Type()))
	}
	return types.NewTuple(vars...)
}

func str(t types.Type) string { return types.TypeString(canon(t), nil) }

// knownDifferences are the mismatches reflect cannot avoid, by
// package.member(.method), with the reason.
var knownDifferences = map[string]string{}

// TestCompareWithToolchain checks, member by member, that the packages
// built from yaegi's tables say what the toolchain's export data says:
// kinds, func and var types, constant types and values, named types'
// underlying types and exported method sets (of T and *T).
func TestCompareWithToolchain(t *testing.T) {
	ref := newReference()
	if _, err := ref.Import("fmt"); err != nil {
		t.Skipf("no reference importer: %v", err)
	}
	im := NewImporter(stdlib.Symbols, symbols.Symbols)
	paths := []string{"fmt", "strings", "strconv", "bytes", "io", "bufio", "time", "sort", "errors",
		"sync", "sync/atomic", "encoding/json", "math", "math/rand/v2", "os", "context", "unicode/utf8",
		"gonum.org/v1/gonum/mat"}
	for _, path := range paths {
		t.Run(path, func(t *testing.T) {
			got, err := im.Import(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := ref.Import(path)
			if err != nil {
				t.Fatal(err)
			}
			compared := 0
			for _, name := range got.Scope().Names() {
				key := path + "." + name
				for _, d := range compareObjects(key, got.Scope().Lookup(name), want.Scope().Lookup(name)) {
					if why, ok := knownDifferences[d.key]; ok {
						t.Logf("%s: known difference (%s): got %s, want %s", d.key, why, d.got, d.want)
						continue
					}
					t.Errorf("%s: got %s, want %s", d.key, d.got, d.want)
				}
				compared++
			}
			missing := 0
			for _, name := range want.Scope().Names() {
				if token.IsExported(name) && got.Scope().Lookup(name) == nil {
					missing++ // generic, or newer than the tables
				}
			}
			t.Logf("%d members compared; %d exported members of the real package are not in yaegi's tables", compared, missing)
		})
	}
}

type difference struct{ key, got, want string }

func compareObjects(key string, got, want types.Object) []difference {
	if want == nil {
		return []difference{{key, "a member", "no such member"}}
	}
	if g, w := fmt.Sprintf("%T", got), fmt.Sprintf("%T", want); g != w {
		return []difference{{key, g, w}}
	}
	var diffs []difference
	same := func(key, g, w string) {
		if g != w {
			diffs = append(diffs, difference{key, g, w})
		}
	}
	switch got := got.(type) {
	case *types.Const:
		same(key, str(got.Type())+" = "+got.Val().ExactString(), str(want.Type())+" = "+want.(*types.Const).Val().ExactString())
		if !constant.Compare(got.Val(), token.EQL, want.(*types.Const).Val()) {
			same(key, got.Val().ExactString(), want.(*types.Const).Val().ExactString())
		}
	case *types.Func, *types.Var:
		same(key, str(got.Type()), str(want.Type()))
	case *types.TypeName:
		same(key+" (alias)", fmt.Sprint(got.IsAlias()), fmt.Sprint(want.(*types.TypeName).IsAlias()))
		same(key+" (type)", str(got.Type()), str(want.Type()))
		if n, ok := types.Unalias(got.Type()).(*types.Named); ok {
			same(key+" (underlying)", str(n.Underlying()), str(types.Unalias(want.Type()).Underlying()))
			diffs = append(diffs, compareMethods(key, n, types.Unalias(want.Type()))...)
		}
	}
	return diffs
}

// compareMethods compares the exported method sets of T and *T. reflect
// shows no unexported methods of concrete types, so those are left out.
func compareMethods(key string, got, want types.Type) []difference {
	var diffs []difference
	for _, ptr := range []bool{false, true} {
		g, w := got, want
		if ptr {
			if types.IsInterface(got) {
				continue
			}
			g, w = types.NewPointer(got), types.NewPointer(want)
		}
		gm, wm := methods(g), methods(w)
		for _, name := range union(gm, wm) {
			if gm[name] != wm[name] {
				diffs = append(diffs, difference{fmt.Sprintf("%s method %s of %s", key, name, types.TypeString(g, nil)), orNone(gm[name]), orNone(wm[name])})
			}
		}
	}
	return diffs
}

func methods(t types.Type) map[string]string {
	out := map[string]string{}
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		if obj := ms.At(i).Obj(); obj.Exported() {
			out[obj.Name()] = str(obj.Type())
		}
	}
	return out
}

func union(a, b map[string]string) []string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

func orNone(s string) string {
	if s == "" {
		return "no such method"
	}
	return s
}
