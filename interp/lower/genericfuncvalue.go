package lower

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// lowerGenericFuncValue writes an explicit instance of a generic function
// of several type parameters used as a value, not called, as a function
// literal that calls it:
//
//	c := Compose[int, string]   becomes
//	c := func(p0 func(int) string) func(int) string { return Compose[int, string](p0) }
//
// yaegi v0.16.1 instantiates such a function only in a call ("not a
// generic type: func(...)" otherwise).
func (c *cell) lowerGenericFuncValue(n *ast.IndexListExpr) {
	if call, ok := c.parent().(*ast.CallExpr); ok && ast.Unparen(call.Fun) == n {
		return
	}
	var id *ast.Ident
	switch x := n.X.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	}
	if id == nil {
		return
	}
	if _, ok := c.Info.Uses[id].(*types.Func); !ok {
		return
	}
	sig, ok := c.Info.TypeOf(n).(*types.Signature)
	if !ok || hasTypeParam(sig) {
		return
	}
	var params, args []string
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		p := "p" + strconv.Itoa(i)
		if sig.Variadic() && i == sig.Params().Len()-1 {
			t = t.(*types.Slice).Elem()
			p += " ..."
			args = append(args, "p"+strconv.Itoa(i)+"...")
		} else {
			p += " "
			args = append(args, "p"+strconv.Itoa(i))
		}
		s, ok := c.spellType(t) // (iter.Seq[string] is yaegi's mangled source type)
		if !ok {
			return
		}
		params = append(params, p+s)
	}
	results, ok := c.spellTypes(sig.Results())
	if !ok {
		return
	}
	res, ret := "", ""
	switch len(results) {
	case 0:
	case 1:
		res, ret = " "+results[0], "return "
	default:
		res, ret = " ("+strings.Join(results, ", ")+")", "return "
	}
	c.insert(n.Pos(), "func("+strings.Join(params, ", ")+")"+res+" { "+ret)
	c.insertLast(n.End(), "("+strings.Join(args, ", ")+") }")
}
