package lower

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// What a bounds check may evaluate again (bounds.go).

// pureBuiltin reports whether e calls a builtin that neither has effects
// nor panics.
func (w *boundsWalk) pureBuiltin(e *ast.CallExpr) bool {
	id, ok := ast.Unparen(e.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := w.c.Info.Uses[id].(*types.Builtin)
	if !ok {
		return false
	}
	switch b.Name() {
	case "len", "cap", "min", "max", "real", "imag", "complex":
		return true
	}
	return false
}

func (w *boundsWalk) constant(e ast.Expr) bool {
	tv, ok := w.c.Info.Types[e]
	return ok && tv.Value != nil
}

// mayBeNegative reports whether an index may be below zero: it is of a
// signed type and not a constant at least zero.
func (w *boundsWalk) mayBeNegative(e ast.Expr) bool {
	tv, ok := w.c.Info.Types[e]
	if !ok {
		return true
	}
	if tv.Value != nil {
		return constant.Sign(tv.Value) < 0
	}
	if b, isBasic := tv.Type.Underlying().(*types.Basic); isBasic && b.Info()&types.IsUnsigned != 0 {
		return false
	}
	return true
}

// pure reports whether evaluating e again has no effect and gives the
// same value: names, constants, arithmetic, fields, indexes, len and
// cap, conversions to predeclared types. A panic it may raise (a nil
// pointer, a division by zero) it raises in the check as in the
// statement, at the same point of the evaluation.
func (w *boundsWalk) pure(e ast.Expr) bool {
	switch e := e.(type) {
	case nil, *ast.BasicLit:
		return true
	case *ast.Ident:
		_, isVar := w.c.Info.Uses[e].(*types.Var)
		_, isConst := w.c.Info.Uses[e].(*types.Const)
		return isVar || isConst
	case *ast.ParenExpr:
		return w.pure(e.X)
	case *ast.SelectorExpr:
		if w.constant(e) {
			return true
		}
		sel := w.c.Info.Selections[e]
		if sel != nil && w.c.erasedField(asVar(sel.Obj())) {
			return false // read through an assertion (selffield.go), which a check's text would not be
		}
		return sel != nil && sel.Kind() == types.FieldVal && w.pure(e.X)
	case *ast.StarExpr:
		return w.pure(e.X)
	case *ast.UnaryExpr:
		return e.Op != token.ARROW && e.Op != token.AND && w.pure(e.X)
	case *ast.BinaryExpr:
		return w.pure(e.X) && w.pure(e.Y)
	case *ast.IndexExpr:
		return w.pure(e.X) && w.pure(e.Index)
	case *ast.CompositeLit:
		// A slice or array literal of pure elements ([]int{1, 2, 3}[:n]):
		// the check makes another of the same length.
		switch w.c.Info.TypeOf(e).Underlying().(type) {
		case *types.Slice, *types.Array:
		default:
			return false
		}
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if !w.pure(kv.Key) || !w.pure(kv.Value) {
					return false
				}
			} else if !w.pure(elt) {
				return false
			}
		}
		return true
	case *ast.CallExpr:
		if len(e.Args) != 1 || !w.pure(e.Args[0]) {
			return false
		}
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok {
			switch obj := w.c.Info.Uses[id].(type) {
			case *types.TypeName:
				return obj.Parent() == types.Universe
			case *types.Builtin:
				return obj.Name() == "len" || obj.Name() == "cap"
			}
		}
	}
	return false
}

// asVar returns obj as a *types.Var, or nil.
func asVar(obj types.Object) *types.Var {
	v, _ := obj.(*types.Var)
	return v
}
