package lower

import (
	"go/ast"
	"go/types"
)

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
	u.reflect = true
	if t == nil || !c.matters(t, u, call.Pos()) {
		return
	}
	if c.standIn(call.Args[0], t, u, false) {
		c.replace(call.Fun.Pos(), call.Fun.End(), "_gbp.ReflectTypeOf")
	}
}

// lowerDeepEqualTypes answers reflect.DeepEqual of values whose types
// differ, which Go says are not equal, where yaegi may not see the
// difference: its type ID of `type ID int` is int, so DeepEqual of
// map[string]ID and map[string]int was true. Both values are still
// evaluated:
//
//	reflect.DeepEqual(a, b)   becomes   func(any, any) bool { return false }(a, b)
//
// Values in interfaces keep their dynamic types and are left alone.
func (c *cell) lowerDeepEqualTypes(call *ast.CallExpr) {
	if len(call.Args) != 2 || call.Ellipsis.IsValid() {
		return
	}
	var ts [2]types.Type
	for i, arg := range call.Args {
		t := c.Info.TypeOf(arg)
		if t == nil || types.IsInterface(t) {
			return
		}
		ts[i] = types.Default(t)
	}
	if !types.Identical(ts[0], ts[1]) {
		c.replace(call.Fun.Pos(), call.Fun.End(), "func(any, any) bool { return false }")
	}
}
