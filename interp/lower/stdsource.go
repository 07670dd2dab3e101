package lower

import (
	"go/ast"
	"go/types"
	"strings"
	"unicode"

	"github.com/gobackprop/gobackprop/interp/stdsrc"
)

// The standard library's generic packages run from Go source that yaegi
// interprets (package interp/stdsrc). Where the source adds to a compiled
// package, the cell must call it by the name yaegi knows it by.

// lowerStdPackage names a member of a source package (interp/stdsrc) as
// yaegi knows it. A member Go source adds to a compiled package
// (sync.OnceValue, atomic.Pointer, rand.N) is in a package of its own,
// with a hidden name: yaegi cannot merge the two. And a generic function
// or type has a mangled name (stdsrc.Mangle): yaegi keeps generic
// instances in one table keyed by name, where cmp.Compare[int] and
// slices.Compare[int] - or slices.Contains and a cell's own Contains -
// would be one function.
//
//	sync.OnceValue(f)   becomes   _gbpsync.OnceValue_gbp_sync(f)
//	slices.Sort(xs)     becomes   slices.Sort_gbp_slices(xs)
func (c *cell) lowerStdPackage(n *ast.SelectorExpr) {
	id, ok := n.X.(*ast.Ident)
	if !ok {
		return
	}
	pkg, ok := c.Info.Uses[id].(*types.PkgName)
	if !ok {
		return
	}
	path := pkg.Imported().Path()
	if !stdsrc.IsSource(path) || !fromSource(c.Info.Uses[n.Sel]) || c.compiledHeapCall(path, n) {
		return
	}
	if hidden := stdsrc.Hidden(path); hidden != "" {
		c.replace(id.Pos(), id.End(), hidden)
	}
	if stdsrc.IsGeneric(path, n.Sel.Name) {
		if ws := c.stdWitnesses(n); ws != nil {
			call := c.parent().(*ast.CallExpr)
			c.replace(n.Sel.Pos(), n.Sel.End(), stdsrc.WitnessName(path, n.Sel.Name))
			lead := strings.Join(ws, ", ")
			if len(call.Args) > 0 {
				lead += ", "
			}
			c.insert(call.Lparen+1, lead)
			return
		}
		c.replace(n.Sel.Pos(), n.Sel.End(), stdsrc.Mangle(path, n.Sel.Name))
	}
}

// stdWitnesses returns the witnesses of the type arguments of a call of
// a generic function of a source package (slices.Sorted) that
// lowerGenericCall would write out naming type parameters - in generic
// code, where yaegi cannot infer them (an argument is a call, or of a
// generic type: slices.Sorted(maps.Keys(s.m)) in a method of Set[T]) -
// or nil. yaegi instantiates an explicit Sorted[T] by the type argument's
// name, which failed for a type of the cells (Set[Color]); the call goes
// to the function's copy taking witnesses (stdsrc.WitnessName) instead,
// from which yaegi infers. It marks the identifier for lowerGenericCall.
func (c *cell) stdWitnesses(n *ast.SelectorExpr) []string {
	call, ok := c.parent().(*ast.CallExpr)
	if !ok || call.Fun != n || spreads(c.Info, call) {
		return nil
	}
	inst, ok := c.Info.Instances[n.Sel]
	if _, isFunc := c.Info.Uses[n.Sel].(*types.Func); !ok || !isFunc {
		return nil
	}
	ws := c.callWitnesses(call, inst.TypeArgs)
	if ws == nil {
		return nil
	}
	if c.stdWitnessed == nil {
		c.stdWitnessed = map[*ast.Ident]bool{}
	}
	c.stdWitnessed[n.Sel] = true
	return ws
}

// fromSource reports whether obj was declared in Go source - not taken
// from a compiled package's symbol table, whose members have no position.
func fromSource(obj types.Object) bool {
	return obj != nil && obj.Pos().IsValid()
}

// spellTypes spells the types of a tuple's variables (spellType), or
// reports false if one cannot be spelled.
func (c *cell) spellTypes(tuple *types.Tuple) ([]string, bool) {
	var out []string
	for i := 0; i < tuple.Len(); i++ {
		s, ok := c.spellType(tuple.At(i).Type())
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// spellType is typeString (which it follows) knowing what yaegi knows
// about the source packages: their generic types have mangled names, the
// types Go source adds to a compiled package live under the source's
// hidden package name, and yaegi knows a whole source package (iter,
// unique, ...) under its name even where the cell does not import it -
// an earlier cell's import, which the checker's file of this cell may
// leave out, is enough.
func (c *cell) spellType(t types.Type) (string, bool) {
	names := map[string]string{}
	for name, path := range c.Imports {
		if name != "_" && name != "." {
			names[path] = name
		}
	}
	for _, im := range c.File.Imports {
		path := strings.Trim(im.Path.Value, "\"`")
		name := path[strings.LastIndexByte(path, '/')+1:]
		if im.Name != nil {
			name = im.Name.Name
		} else if obj, found := c.Info.Implicits[im]; found {
			name = obj.Name()
		}
		if name != "_" && name != "." {
			names[path] = name
		}
	}
	ok := true
	// A source package's name is written as a mark, resolved below by
	// the name that follows it.
	const mark = "\x00"
	pkgs := map[string]*types.Package{}
	s := types.TypeString(respell(t, c.pointedInstance, c.spelledLocal), func(p *types.Package) string {
		switch {
		case p == c.Pkg:
			return ""
		case stdsrc.IsSource(p.Path()):
			pkgs[p.Path()] = p
			return mark + p.Path() + mark
		case names[p.Path()] != "":
			return names[p.Path()]
		}
		ok = false
		return p.Name()
	})
	if !ok || !strings.Contains(s, mark) {
		return s, ok
	}
	var b strings.Builder
	for {
		before, rest, found := strings.Cut(s, mark)
		b.WriteString(before)
		if !found {
			break
		}
		path, rest, _ := strings.Cut(rest, mark)
		rest = rest[1:] // the dot
		name := rest
		if i := strings.IndexFunc(name, func(r rune) bool { return r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) }); i >= 0 {
			name = name[:i]
		}
		obj, _ := pkgs[path].Scope().Lookup(name).(*types.TypeName)
		switch hidden := stdsrc.Hidden(path); {
		case hidden != "" && fromSource(obj):
			b.WriteString(hidden)
		case names[path] != "":
			b.WriteString(names[path])
		case hidden == "":
			b.WriteString(pkgs[path].Name())
		default:
			return "", false // a compiled type of a package the cell does not import
		}
		b.WriteString(".")
		if stdsrc.IsGeneric(path, name) {
			b.WriteString(stdsrc.Mangle(path, name))
		} else {
			b.WriteString(name)
		}
		s = rest[len(name):]
	}
	return b.String(), true
}
