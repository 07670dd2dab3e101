package lower

import (
	"go/ast"
	"go/types"
	"strconv"
)

// The session has no unsafe memory access: yaegi's tables have no package
// unsafe, and a restricted session must not have one. What a course asks
// of it - unsafe.Sizeof, Alignof and Offsetof, how a struct is laid out -
// are constants the checker computes (for 64-bit gc, as the kernel runs),
// so the lowering writes them as numbers and drops the import; any other
// use (unsafe.Pointer, Add, Slice, String) is refused.
//
//	unsafe.Sizeof(padded{})   becomes   uintptr(24)

// unsafePackage reports whether x names the package unsafe.
func (c *cell) unsafePackage(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	if !ok {
		return false
	}
	pn, ok := c.Info.Uses[id].(*types.PkgName)
	return ok && pn.Imported() == types.Unsafe
}

// lowerUnsafeConstant writes a constant call of unsafe as its value.
func (c *cell) lowerUnsafeConstant(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !c.unsafePackage(sel.X) {
		return
	}
	switch sel.Sel.Name {
	case "Sizeof", "Alignof", "Offsetof":
	default:
		return // (refuseUnsafe)
	}
	tv := c.Info.Types[call]
	if tv.Value == nil {
		c.fail(call, "unsafe."+sel.Sel.Name+" of a value whose size is not a constant", "use a value of a concrete type")
		return
	}
	c.replace(call.Pos(), call.End(), "uintptr("+tv.Value.ExactString()+")")
}

// refuseUnsafe fails a use of unsafe other than its constants.
func (c *cell) refuseUnsafe(sel *ast.SelectorExpr) {
	if !c.unsafePackage(sel.X) {
		return
	}
	switch sel.Sel.Name {
	case "Sizeof", "Alignof", "Offsetof":
		if call, ok := c.parent().(*ast.CallExpr); ok && ast.Unparen(call.Fun) == sel {
			return
		}
	}
	c.fail(sel, "unsafe."+sel.Sel.Name+" (the session has no unsafe memory access)", "use unsafe only for Sizeof, Alignof and Offsetof")
}

// dropUnsafeImport removes the cell's import of unsafe, which yaegi has
// not: what used it is written as numbers.
func (c *cell) dropUnsafeImport() {
	for _, d := range c.File.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || !c.inCell(g.Pos()) {
			continue
		}
		for _, spec := range g.Specs {
			is, ok := spec.(*ast.ImportSpec)
			if !ok {
				continue
			}
			if path, err := strconv.Unquote(is.Path.Value); err != nil || path != "unsafe" {
				continue
			}
			if len(g.Specs) == 1 {
				c.replace(g.Pos(), g.End(), "")
			} else {
				c.replace(is.Pos(), is.End(), "")
			}
		}
	}
}
