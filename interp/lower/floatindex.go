package lower

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// lowerFloatConstantIndex writes a float constant with an integer value
// where Go takes an integer - an array's length, an index, a slice bound,
// make's sizes - as an integer literal:
//
//	const MAXN = 1e5 + 5; var cnt [MAXN]int   becomes   ...; var cnt [100005]int
//
// yaegi failed on them ("constant definition loop"); contest code sizes
// its arrays so.
func (c *cell) lowerFloatConstantIndex(n ast.Node) {
	var xs []ast.Expr
	switch n := n.(type) {
	case *ast.ArrayType:
		xs = []ast.Expr{n.Len}
	case *ast.IndexExpr:
		t := c.Info.TypeOf(n.X)
		if t == nil || c.Info.Types[n.X].IsType() {
			return
		}
		switch t.Underlying().(type) {
		case *types.Map, *types.Signature:
			return // a map's key (m[1.0] is a float), a generic's type argument
		}
		xs = []ast.Expr{n.Index}
	case *ast.SliceExpr:
		xs = []ast.Expr{n.Low, n.High, n.Max}
	case *ast.CallExpr:
		if c.isBuiltin(n, "make") && len(n.Args) > 1 {
			xs = n.Args[1:]
		}
	}
	for _, x := range xs {
		if x == nil {
			continue
		}
		if text := c.indexText(x); text != c.text(x) {
			c.replace(x.Pos(), x.End(), text)
		}
	}
}

// indexText is the text of an index or bound: a float constant's integer
// value, else the expression as written.
func (c *cell) indexText(x ast.Expr) string {
	if tv, ok := c.Info.Types[x]; ok && tv.Value != nil && c.floatConstant(x) {
		if i := constant.ToInt(tv.Value); i.Kind() == constant.Int {
			return i.ExactString()
		}
	}
	return c.text(x)
}

// floatConstant reports a constant expression written with a float: a
// float literal, or a constant declared with one (the checker's value
// where an integer is due is an integer already).
func (c *cell) floatConstant(x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			found = found || n.Kind == token.FLOAT
		case *ast.Ident:
			if k, ok := c.Info.Uses[n].(*types.Const); ok && k.Val().Kind() == constant.Float {
				found = true
			}
		}
		return !found
	})
	return found
}
