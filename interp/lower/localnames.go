package lower

import (
	"go/ast"
	"go/types"
	"strconv"
)

// yaegi v0.16.1 told the types a function declares apart by name only:
// a local `type T struct{ Y string }` was taken for the package's T (or
// another function's), so T{"y"} failed to compile ("cannot convert "y"
// to int"), or two distinct types compared equal and asserted as one,
// silently. Each type declared inside a function gets a name of its own
// in what yaegi runs; Go's name is kept wherever it shows (%T, reflect,
// JSON and template errors come from the checker's types, and messages
// print it back, interp's userNames):
//
//	type T struct{ Y string }   becomes   type T_gbpL120_400 struct{ Y string }
//
// A type declared among a notebook cell's own statements is the
// notebook's, declared at package level, and keeps its name; so do an
// alias and a type embedded in a struct (whose field has its name).

// localTypeName returns the name yaegi knows tn by, and whether it is
// renamed.
func (c *cell) localTypeName(tn *types.TypeName) (string, bool) {
	if c.localNames == nil {
		c.localNames = map[*types.TypeName]string{}
		// An embedded field is named after its type: renaming the type
		// would rename the field.
		embedded := map[types.Object]bool{}
		ast.Inspect(c.File, func(n ast.Node) bool {
			if f, ok := n.(*ast.Field); ok && len(f.Names) == 0 {
				t := f.Type
				if star, ok := t.(*ast.StarExpr); ok {
					t = star.X
				}
				if id, ok := t.(*ast.Ident); ok {
					embedded[c.Info.Uses[id]] = true
				}
			}
			return true
		})
		ast.Inspect(c.File, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			obj, ok := c.Info.Defs[ts.Name].(*types.TypeName)
			if !ok || obj.IsAlias() || embedded[obj] || obj.Parent() == nil || obj.Parent() == c.Pkg.Scope() || c.declaredAtCellLevel(ts) || !c.inCell(ts.Pos()) {
				return true
			}
			c.localNames[obj] = ts.Name.Name + "_gbpL" + strconv.Itoa(c.offset(ts.Name.Pos())) + "_" + strconv.Itoa(len(c.Src))
			return true
		})
	}
	name, ok := c.localNames[tn]
	return name, ok
}

// declaredAtCellLevel reports whether ts is among the statements of the
// notebook cell's own body (c.Body), not inside a function of it.
func (c *cell) declaredAtCellLevel(ts *ast.TypeSpec) bool {
	if c.Body == nil || ts.Pos() < c.Body.Pos() || ts.End() > c.Body.End() {
		return false
	}
	inner := false
	ast.Inspect(c.Body.Body, func(n ast.Node) bool {
		if inner || n == nil {
			return false
		}
		lit, ok := n.(*ast.FuncLit)
		if ok && lit.Pos() <= ts.Pos() && ts.End() <= lit.End() {
			inner = true
		}
		return !inner
	})
	return !inner
}

// lowerLocalTypeName writes a local type's own name where the cell names
// it.
func (c *cell) lowerLocalTypeName(id *ast.Ident) {
	obj := c.Info.Defs[id]
	if obj == nil {
		obj = c.Info.Uses[id]
	}
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return
	}
	if name, renamed := c.localTypeName(tn); renamed && !c.replacedAround(id) {
		c.replace(id.Pos(), id.End(), name)
	}
}

// replacedAround reports whether a replacement made already covers n
// whole (a method expression written as a literal, which spells the type
// itself): an edit inside it would win over it, as the shorter one at
// its start.
func (c *cell) replacedAround(n ast.Node) bool {
	start, end := c.offset(n.Pos()), c.offset(n.End())
	for _, e := range c.edits {
		if e.end > e.start && e.start <= start && end <= e.end && !e.bound && (e.start < start || e.end > end) {
			return true
		}
	}
	return false
}

// spelledLocal returns, for a named type the lowering writes, an alias
// of it under the name yaegi knows a renamed local type by.
func (c *cell) spelledLocal(n *types.Named) types.Type {
	if args := n.TypeArgs(); args.Len() > 0 {
		// An instance with local type arguments (Box[point]) is spelled
		// with their names.
		respelled := make([]types.Type, args.Len())
		changed := false
		for i := range respelled {
			respelled[i] = respell(args.At(i), nil, c.spelledLocal)
			changed = changed || respelled[i] != args.At(i)
		}
		if changed {
			if inst, err := types.Instantiate(nil, n.Origin(), respelled, false); err == nil {
				return inst
			}
		}
		return n
	}
	name, renamed := c.localTypeName(n.Obj())
	if !renamed {
		return n
	}
	return types.NewAlias(types.NewTypeName(n.Obj().Pos(), c.Pkg, name, nil), n)
}
