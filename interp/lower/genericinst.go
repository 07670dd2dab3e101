package lower

import (
	"go/ast"
	"go/types"
	"sort"
	"strings"
)

// lowerGenericInstances instantiates, after a generic type's methods, the
// instances of it the cell converts to: yaegi looks such an instance up
// by name, and failed on one nothing had made yet ("type not found:
// main.Pred[int]" for Pred[int](f) in main, where a cell of its own
// declaring the type first worked):
//
//	func (p Pred[T]) Not() Pred[T] {...}   becomes   func (p Pred[T]) Not() Pred[T] {...}; var _ Pred[int]
//
// After the type's last method in the cell, on the same line, so that the
// lines of errors stay the cell's.
func (c *cell) lowerGenericInstances(spec *ast.TypeSpec) {
	if spec.TypeParams == nil {
		return
	}
	decl, ok := c.parent().(*ast.GenDecl)
	if !ok || len(c.stack) > 2 { // a declaration at the cell's top level only
		return
	}
	tn, ok := c.Info.Defs[spec.Name].(*types.TypeName)
	if !ok {
		return
	}
	// Only instances a conversion names (Pred[int](f)): made before its
	// types' methods are all declared, another instance lacked them.
	converted := map[*ast.Ident]bool{}
	ast.Inspect(c.File, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && c.Info.Types[call.Fun].IsType() {
			switch f := ast.Unparen(call.Fun).(type) {
			case *ast.IndexExpr:
				if id, ok := f.X.(*ast.Ident); ok {
					converted[id] = true
				}
			case *ast.IndexListExpr:
				if id, ok := f.X.(*ast.Ident); ok {
					converted[id] = true
				}
			}
		}
		return true
	})
	seen := map[string]bool{}
	for id, inst := range c.Info.Instances {
		if !converted[id] {
			continue
		}
		named, ok := inst.Type.(*types.Named)
		if !ok || named.Origin().Obj() != tn || hasTypeParam(named) || !packageLevel(named) {
			continue
		}
		if s, ok := c.spellType(named); ok {
			seen[s] = true
		}
	}
	if len(seen) == 0 {
		return
	}
	var insts []string
	for s := range seen {
		insts = append(insts, "var _ "+s)
	}
	sort.Strings(insts)
	// After the type's methods: an instance made before them lacks them
	// ("undefined selector: Push").
	end := decl.End()
	for _, d := range c.File.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && c.inCell(fd.Pos()) && fd.End() > end && c.receiverIs(fd, tn) {
			end = fd.End()
		}
	}
	c.insert(end, "; "+strings.Join(insts, "; "))
}

// receiverIs reports whether fd is a method of the type tn.
func (c *cell) receiverIs(fd *ast.FuncDecl, tn *types.TypeName) bool {
	fn, ok := c.Info.Defs[fd.Name].(*types.Func)
	if !ok {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := t.(*types.Named)
	return ok && named.Origin().Obj() == tn
}

// packageLevel reports whether every named type in t is declared at a
// package's top level (not inside a function, where the instance's
// declaration could not name it).
func packageLevel(t types.Type) bool {
	return !anyType(t, func(u types.Type) bool {
		named, ok := u.(*types.Named)
		if !ok {
			return false
		}
		obj := named.Obj()
		return obj.Pkg() != nil && obj.Parent() != obj.Pkg().Scope()
	})
}
