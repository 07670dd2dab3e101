package lower

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// f(g()), with g returning several values, hands them to f without a
// place in the source for each: yaegi passed values of the cells' types
// to compiled code as their underlying types (fmt.Println(MinMax(xs...))
// printed 1 2, not 1.0°C 2.0°C), and no lowering of an argument can
// reach them. Where such values go into interfaces, the call is written
// as a function literal that takes the values by their types and makes
// the call with one argument each, which the lowering then sees:
//
//	fmt.Println(F())   becomes   func(_gbpA0 C, _gbpA1 C) (int, error) { return fmt.Println(_gbpA0, _gbpA1) }(F())

// spreadTuples rewrites the calls of package-level functions whose one
// argument is a call of several results of the cells' types.
func (c *cell) spreadTuples() {
	// A call made a statement keeps its results unused: the literal
	// returns none (a cell's last statement would show them).
	statements := map[*ast.CallExpr]bool{}
	ast.Inspect(c.File, func(n ast.Node) bool {
		if s, ok := n.(*ast.ExprStmt); ok {
			if call, ok := s.X.(*ast.CallExpr); ok {
				statements[call] = true
			}
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() || !c.inCell(call.Pos()) {
			return true
		}
		tuple, ok := c.Info.TypeOf(call.Args[0]).(*types.Tuple)
		if !ok || tuple.Len() < 2 {
			return true
		}
		sig, ok := c.Info.TypeOf(call.Fun).(*types.Signature)
		if !ok || !c.packageFunc(call.Fun) {
			return true
		}
		var params, args []string
		toInterface := false
		for i := 0; i < tuple.Len(); i++ {
			t := tuple.At(i).Type()
			ts, ok := c.typeString(t)
			if !ok {
				return true
			}
			if p := paramType(sig, i, false); p != nil && types.IsInterface(p) && !types.IsInterface(t) {
				_, concrete := c.sessionNamedIn(t)
				toInterface = toInterface || c.mentionsCellType(t) && concrete
			}
			name := "_gbpA" + strconv.Itoa(i)
			params = append(params, name+" "+ts)
			args = append(args, name)
		}
		if !toInterface {
			return true
		}
		results := ""
		if sig.Results().Len() > 0 && !statements[call] {
			var rs []string
			for i := 0; i < sig.Results().Len(); i++ {
				r, ok := c.typeString(sig.Results().At(i).Type())
				if !ok {
					return true
				}
				rs = append(rs, r)
			}
			results = " (" + strings.Join(rs, ", ") + ")"
		}
		body := c.text(call.Fun) + "(" + strings.Join(args, ", ") + ")"
		if results != "" {
			body = "return " + body
		}
		c.replace(call.Pos(), call.Args[0].Pos(), "func("+strings.Join(params, ", ")+")"+results+" { "+body+" }(")
		return true
	})
}

// packageFunc reports whether fun names a function declared at package
// level, not generic: moved into a literal, its evaluation does not move
// past the arguments' effects.
func (c *cell) packageFunc(fun ast.Expr) bool {
	var id *ast.Ident
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		if x, ok := f.X.(*ast.Ident); !ok || c.Info.Uses[x] == nil {
			return false
		} else if _, isPkg := c.Info.Uses[x].(*types.PkgName); !isPkg {
			return false
		}
		id = f.Sel
	default:
		return false
	}
	fn, ok := c.Info.Uses[id].(*types.Func)
	if !ok || fn.Parent() == nil || fn.Parent() != fn.Pkg().Scope() {
		return false
	}
	_, generic := c.Info.Instances[id]
	return !generic
}
