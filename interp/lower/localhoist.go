package lower

import (
	"go/ast"
	"go/types"
)

// hoistLocalTypeArg moves to package level a type a function
// declares when the cell uses it as a type argument:
//
//	func main() { type point struct{ x, y int }; var c *Cache[point, string]; ... }
//
// becomes
//
//	type point_gbpL40_300 struct{ x, y int }; func main() { ; var c *Cache[point_gbpL40_300, string]; ... }
//
// yaegi v0.16.1 could not build the type of an instance with a local type
// argument in most places it is spelled - a pointer to it, a variable of
// it, an assertion to it - and failed the whole cell with "CFG
// post-order panic: nil pointer dereference". The local type has a name
// of its own already (localnames.go), and one that uses only the
// package's names is the same type at package level; Go's name for it
// (main.point) is registered where it was declared (lowerLocalType).
func (c *cell) hoistLocalTypeArg(decl *ast.DeclStmt) {
	gd, ok := decl.Decl.(*ast.GenDecl)
	if !ok || len(gd.Specs) != 1 {
		return
	}
	ts, ok := gd.Specs[0].(*ast.TypeSpec)
	if !ok {
		return
	}
	tn, _ := c.Info.Defs[ts.Name].(*types.TypeName)
	if h, ok := c.hoistedTypes()[tn]; ok {
		c.insertFirst(h.at.Pos(), h.decl)
		c.replace(gd.Pos(), gd.End(), "")
	}
}

// A hoistedType is a local type declared at package level instead: its
// declaration there, and the declaration of the cell it goes before.
type hoistedType struct {
	decl string
	at   ast.Node
}

// hoistedTypes returns the local types hoistLocalTypeArg moves, once
// computed: the specializations of generic functions (specialize.go)
// name them too.
func (c *cell) hoistedTypes() map[*types.TypeName]hoistedType {
	if c.hoisted != nil {
		return c.hoisted
	}
	c.hoisted = map[*types.TypeName]hoistedType{}
	var outer []ast.Node
	for _, d := range c.File.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			if c.inCell(fd.Pos()) {
				outer = append(outer, fd)
			} else if fd == c.Body {
				for _, s := range fd.Body.List {
					outer = append(outer, s)
				}
			}
		}
	}
	for _, at := range outer {
		ast.Inspect(at, func(n ast.Node) bool {
			ds, ok := n.(*ast.DeclStmt)
			if !ok {
				return true
			}
			gd, ok := ds.Decl.(*ast.GenDecl)
			if !ok || len(gd.Specs) != 1 {
				return false
			}
			ts, ok := gd.Specs[0].(*ast.TypeSpec)
			if !ok || ts.TypeParams != nil || ts.Assign.IsValid() {
				return false
			}
			tn, ok := c.Info.Defs[ts.Name].(*types.TypeName)
			if !ok || !localNamed(tn) || !c.usedAsTypeArg(tn) {
				return false
			}
			name, renamed := c.localTypeName(tn)
			if !renamed {
				return false
			}
			if body, ok := c.packageLevelText(ts.Type, tn, name); ok {
				c.hoisted[tn] = hoistedType{decl: "type " + name + " " + body + "; ", at: at}
			}
			return false
		})
	}
	return c.hoisted
}

// usedAsTypeArg reports whether an instance the cell names has tn among
// its type arguments.
func (c *cell) usedAsTypeArg(tn *types.TypeName) bool {
	isTN := func(t types.Type) bool {
		n, ok := t.(*types.Named)
		return ok && n.Obj() == tn
	}
	for _, inst := range c.Info.Instances {
		for i := range inst.TypeArgs.Len() {
			if anyType(inst.TypeArgs.At(i), isTN) {
				return true
			}
		}
	}
	return false
}

// namableWithHoisted reports whether t names only types declared at
// package level, or hoisted there by hoistLocalTypeArg.
func (c *cell) namableWithHoisted(t types.Type) bool {
	return !anyType(t, func(x types.Type) bool {
		switch x := types.Unalias(x).(type) {
		case *types.TypeParam:
			return true
		case *types.Named:
			obj := x.Obj()
			return obj.Pkg() == c.Pkg && obj.Parent() != c.Pkg.Scope() && !c.isHoisted(obj)
		}
		return false
	})
}

// packageLevelText returns the source of the type expression e, which
// declares tn, as it reads at package level: tn itself renamed to name;
// it reports false when e names anything of the function (another local
// type, a local constant).
func (c *cell) packageLevelText(e ast.Expr, tn *types.TypeName, name string) (string, bool) {
	ok := true
	var renames []edit
	start := c.offset(e.Pos())
	ast.Inspect(e, func(x ast.Node) bool {
		id, isID := x.(*ast.Ident)
		if !isID {
			return ok
		}
		obj := c.Info.Uses[id]
		if c.renamedReserved(id) {
			renames = append(renames, edit{start: c.offset(id.Pos()), end: c.offset(id.End()), text: reservedName(id.Name)})
		}
		switch {
		case obj == nil, obj == tn && id.Name == tn.Name():
			if obj == tn {
				renames = append(renames, edit{start: c.offset(id.Pos()), end: c.offset(id.End()), text: name})
			}
		case obj.Pkg() != c.Pkg, obj.Parent() == types.Universe, obj.Parent() == c.Pkg.Scope():
		default:
			if _, isPkg := obj.(*types.PkgName); !isPkg {
				ok = false
			}
		}
		return ok
	})
	if !ok || start < 0 {
		return "", false
	}
	return applyEdits(c.Src[start:c.offset(e.End())], start, renames), true
}

// isHoisted reports a local type hoistLocalTypeArg declares at package
// level.
func (c *cell) isHoisted(tn *types.TypeName) bool {
	_, ok := c.hoistedTypes()[tn]
	return ok
}

// localNamed reports a defined type declared inside a function that does
// not depend on a type parameter.
func localNamed(tn *types.TypeName) bool {
	if tn.IsAlias() || tn.Parent() == nil || tn.Parent() == tn.Pkg().Scope() {
		return false
	}
	n, ok := tn.Type().(*types.Named)
	return ok && n.TypeParams().Len() == 0 && !hasTypeParam(n.Underlying())
}
