package typecheck

import (
	"fmt"
	"go/constant"
	"go/importer"
	"go/token"
	"go/types"
	"os"
	"path"
	"sort"
	"strings"
	"testing"

	"github.com/gobackprop/gobackprop/interp/symbols"
	"github.com/traefik/yaegi/stdlib"
)

// reference imports the real packages: the standard library from the
// toolchain's export data ("gc", which runs go list -export), other
// modules from source (the gc importer finds no export data for them).
type toolchainImporter struct {
	gc, src types.Importer
}

func newToolchainImporter() *toolchainImporter {
	return &toolchainImporter{gc: importer.Default(), src: importer.ForCompiler(token.NewFileSet(), "source", nil)}
}

func (r *toolchainImporter) Import(path string) (*types.Package, error) {
	if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
		return r.src.Import(path)
	}
	return r.gc.Import(path)
}

// canon rewrites what reflect cannot know out of a type, on both sides:
// parameter names, receivers, aliases (types.Unalias), byte and rune (to
// uint8 and int32) and embedded interfaces (flattened). Named types are
// kept: they print as path.Name on both sides.
func canonType(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.Alias:
		return canonType(types.Unalias(t))
	case *types.Basic:
		return types.Typ[t.Kind()]
	case *types.Pointer:
		return types.NewPointer(canonType(t.Elem()))
	case *types.Slice:
		return types.NewSlice(canonType(t.Elem()))
	case *types.Array:
		return types.NewArray(canonType(t.Elem()), t.Len())
	case *types.Map:
		return types.NewMap(canonType(t.Key()), canonType(t.Elem()))
	case *types.Chan:
		return types.NewChan(t.Dir(), canonType(t.Elem()))
	case *types.Signature:
		return types.NewSignatureType(nil, nil, nil, canonTupleOf(t.Params()), canonTupleOf(t.Results()), t.Variadic())
	case *types.Struct:
		fields := make([]*types.Var, t.NumFields())
		tags := make([]string, t.NumFields())
		for i := range fields {
			f := t.Field(i)
			fields[i] = types.NewField(token.NoPos, f.Pkg(), f.Name(), canonType(f.Type()), f.Embedded())
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
			methods[i] = types.NewFunc(token.NoPos, m.Pkg(), m.Name(), canonType(m.Type()).(*types.Signature))
		}
		return types.NewInterfaceType(methods, nil).Complete()
	}
	return t
}

func canonTupleOf(t *types.Tuple) *types.Tuple {
	vars := make([]*types.Var, t.Len())
	for i := range vars {
		vars[i] = types.NewParam(token.NoPos, nil, "", canonType(t.At(i).Type()))
	}
	return types.NewTuple(vars...)
}

func canonString(t types.Type) string { return types.TypeString(canonType(t), nil) }

// knownDifferences are the members where yaegi's tables themselves differ
// from the real package, with the reason. The checker must agree with
// yaegi, so these are not fixed.
var knownDifferences = map[string]string{
	"log.Logger": "yaegi's table gives its wrapper stdlib.logLogger, whose Fatal panics, and which has no SetPrefix",
	"log.New":    "yaegi's table gives its logNew, which returns the wrapper *stdlib.logLogger",
	// Go 1.24's iterators (interp/symbols/go126.go): reflect names the
	// instance iter.Seq[[]byte] "Seq[[]uint8]"; it is the same type.
	"bytes.FieldsFuncSeq": "reflect spells the type argument []byte as []uint8",
	"bytes.FieldsSeq":     "reflect spells the type argument []byte as []uint8",
	"bytes.Lines":         "reflect spells the type argument []byte as []uint8",
	"bytes.SplitAfterSeq": "reflect spells the type argument []byte as []uint8",
	"bytes.SplitSeq":      "reflect spells the type argument []byte as []uint8",
}

// comparedPackages are always compared; the whole standard library's
// table only with GOBACKPROP_TYPECHECK=all (make test-slow: 85 s on two
// cores).
var comparedPackages = []string{"fmt", "strings", "strconv", "bytes", "io", "bufio", "time", "sort", "errors",
	"sync", "sync/atomic", "encoding/json", "math", "math/rand/v2", "os", "context", "unicode/utf8",
	"gonum.org/v1/gonum/mat"}

// TestCompareWithToolchain checks, member by member, that the packages
// built from yaegi's tables say what the toolchain's export data says:
// kinds, func and var types, constant types and values, named types'
// underlying types and exported method sets (of T and *T). With
// GOBACKPROP_TYPECHECK=all it goes through every package of the standard
// library's table.
func TestCompareWithToolchain(t *testing.T) {
	ref := newToolchainImporter()
	if _, err := ref.Import("fmt"); err != nil {
		t.Skipf("no reference importer: %v", err)
	}
	im := NewImporter(stdlib.Symbols, symbols.Symbols)
	paths := comparedPackages
	if os.Getenv("GOBACKPROP_TYPECHECK") == "all" {
		seen := map[string]bool{}
		for _, p := range paths {
			seen[p] = true
		}
		var rest []string
		for key := range tableKeys(stdlib.Symbols, symbols.Symbols) {
			if p := path.Dir(key); p != "." && !seen[p] {
				rest = append(rest, p)
			}
		}
		sort.Strings(rest)
		paths = append(paths[:len(paths):len(paths)], rest...)
	}
	for _, path := range paths {
		t.Run(path, func(t *testing.T) {
			got, err := im.Import(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := ref.Import(path)
			if err != nil {
				t.Skipf("reference: %v", err)
			}
			compared, known := 0, 0
			for _, name := range got.Scope().Names() {
				if !token.IsExported(name) {
					continue // a source package's own helpers
				}
				key := path + "." + name
				for _, d := range compareObjects(key, got.Scope().Lookup(name), want.Scope().Lookup(name)) {
					if why, ok := knownDifferences[key]; ok {
						d.known = why
					}
					if d.known != "" {
						known++
						t.Logf("%s: known difference (%s): got %s, want %s", d.key, d.known, d.got, d.want)
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
			t.Logf("%d members compared, %d known differences; %d exported members of the real package are not in yaegi's tables",
				compared, known, missing)
		})
	}
}

// difference is one mismatch; known says why it is expected, if it is.
type apiDifference struct{ key, got, want, known string }

func compareObjects(key string, got, want types.Object) []apiDifference {
	if want == nil {
		return []apiDifference{{key: key, got: "a member", want: "no such member"}}
	}
	if g, w := fmt.Sprintf("%T", got), fmt.Sprintf("%T", want); g != w {
		return []apiDifference{{key: key, got: g, want: w}}
	}
	var diffs []apiDifference
	same := func(key, g, w string) {
		if g != w {
			diffs = append(diffs, apiDifference{key: key, got: g, want: w})
		}
	}
	switch got := got.(type) {
	case *types.Const:
		return compareConsts(key, got, want.(*types.Const))
	case *types.Func, *types.Var:
		same(key, canonString(got.Type()), canonString(want.Type()))
	case *types.TypeName:
		same(key+" (alias)", fmt.Sprint(got.IsAlias()), fmt.Sprint(want.(*types.TypeName).IsAlias()))
		same(key+" (type)", canonString(got.Type()), canonString(want.Type()))
		if n, ok := types.Unalias(got.Type()).(*types.Named); ok {
			same(key+" (underlying)", canonString(n.Underlying()), canonString(types.Unalias(want.Type()).Underlying()))
			diffs = append(diffs, compareMethods(key, n, types.Unalias(want.Type()))...)
		}
	}
	return diffs
}

// compareConsts compares types and exact values. Two differences come
// from how yaegi's extractor writes untyped constants, and yaegi computes
// with what it wrote: a rune constant becomes an integer literal, and a
// float constant the float64 nearest to it.
func compareConsts(key string, got, want *types.Const) []apiDifference {
	g := canonString(got.Type()) + " = " + got.Val().ExactString()
	w := canonString(want.Type()) + " = " + want.Val().ExactString()
	if g == w {
		return nil
	}
	d := apiDifference{key: key, got: g, want: w}
	gv, wv := got.Val(), want.Val()
	switch {
	case got.Type() == types.Typ[types.UntypedInt] && want.Type() == types.Typ[types.UntypedRune] &&
		constant.Compare(gv, token.EQL, wv):
		d.known = "untyped rune written as an integer"
	case got.Type() == want.Type() && gv.Kind() == constant.Float && wv.Kind() == constant.Float:
		gf, _ := constant.Float64Val(gv)
		wf, _ := constant.Float64Val(wv)
		if gf == wf {
			d.known = "float constant written as the nearest float64"
		}
	}
	return []apiDifference{d}
}

// compareMethods compares the exported method sets of T and *T. reflect
// shows no unexported methods of concrete types, so those are left out.
func compareMethods(key string, got, want types.Type) []apiDifference {
	var diffs []apiDifference
	for _, ptr := range []bool{false, true} {
		g, w := got, want
		if ptr {
			if types.IsInterface(got) {
				continue
			}
			g, w = types.NewPointer(got), types.NewPointer(want)
		}
		gm, wm := exportedMethods(g), exportedMethods(w)
		for _, name := range sortedKeys(gm, wm) {
			if gm[name] != wm[name] {
				diffs = append(diffs, apiDifference{
					key:  fmt.Sprintf("%s method %s of %s", key, name, types.TypeString(g, nil)),
					got:  orNoMethod(gm[name]),
					want: orNoMethod(wm[name]),
				})
			}
		}
	}
	return diffs
}

func exportedMethods(t types.Type) map[string]string {
	out := map[string]string{}
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		if obj := ms.At(i).Obj(); obj.Exported() {
			out[obj.Name()] = canonString(obj.Type())
		}
	}
	return out
}

func sortedKeys(a, b map[string]string) []string {
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

func orNoMethod(s string) string {
	if s == "" {
		return "no such method"
	}
	return s
}

func tableKeys(ts ...Tables) map[string]bool {
	out := map[string]bool{}
	for _, t := range ts {
		for k := range t {
			out[k] = true
		}
	}
	return out
}
