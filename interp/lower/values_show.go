package lower

import (
	"go/ast"
	"go/types"
)

// The value a cell shows. The session shows a cell's last expression with
// fmt's %v in compiled code (interp/session.go formatResult): a value of a
// cell's type showed without its String method, like fmt.Println did. It
// becomes a stand-in too:
//
//	temps   (a cell's last statement)   becomes _gbp.StandIn(temps, 1, ...)
//
// except a value the session shows its own way: a string, an error, a
// display.Renderer.
func (c *cell) lowerShownValue(n *ast.ExprStmt) {
	if c.Body == nil || c.Body.Body == nil || len(c.Body.Body.List) == 0 || c.Body.Body.List[len(c.Body.Body.List)-1] != n {
		return
	}
	tv, ok := c.Info.Types[n.X]
	if !ok || !tv.IsValue() || tv.Type == nil {
		return
	}
	if _, tuple := tv.Type.(*types.Tuple); tuple {
		return
	}
	if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
		if _, isPrint := fmtFuncs[c.calleeName(call)]; isPrint {
			return
		}
	}
	t := tv.Type
	if isKind(t.Underlying(), types.String) || types.Implements(t, errorType.Underlying().(*types.Interface)) {
		return
	}
	if ms := types.NewMethodSet(t); ms.Lookup(nil, "MIMEBundle") != nil {
		return
	}
	u := fmtUse("v")
	direct := t
	if p, ok := t.Underlying().(*types.Pointer); ok && !c.isCellType(t) {
		direct = p.Elem()
	}
	if !c.isCellType(direct) && !c.matters(t, u, n.Pos()) {
		return
	}
	c.standIn(n.X, t, u, false)
}
