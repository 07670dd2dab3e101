package lower

import "go/ast"

// lowerReflectTypeOf hands reflect.TypeOf the stand-in of a value that
// may be of a cell's type, whose reflect type yaegi builds without a name
// (reflect.TypeOf(User{}) printed `struct { Name string }`, Name() was
// ""); mirror.ReflectTypeOf gives the type its name and its fields their
// declared names:
//
//	reflect.TypeOf(u)   becomes   _gbp.ReflectTypeOf(_gbp.StandIn(u, 1, desc))
func (c *cell) lowerReflectTypeOf(call *ast.CallExpr) {
	if len(call.Args) != 1 {
		return
	}
	t := c.Info.TypeOf(call.Args[0])
	u := fmtUse("T")
	if t == nil || !c.matters(t, u, call.Pos()) {
		return
	}
	if c.standIn(call.Args[0], t, u, false) {
		c.replace(call.Fun.Pos(), call.Fun.End(), "_gbp.ReflectTypeOf")
	}
}
