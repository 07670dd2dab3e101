package lower

import (
	"go/ast"
	"go/types"
)

// responseControllerMethods are the methods http.ResponseController looks
// for on the writer it is given, and follows Unwrap to.
var responseControllerMethods = []string{"Unwrap", "Flush", "FlushError", "Hijack", "SetReadDeadline", "SetWriteDeadline", "EnableFullDuplex"}

// refuseResponseController refuses http.NewResponseController of a
// writer that is, or may hold, a type of the cells with a method the
// controller looks for: compiled net/http sees the interpreter's wrapper
// of http.ResponseWriter, which has Header, Write and WriteHeader only, so
// Flush found neither Flush nor Unwrap and returned "feature not
// supported" where Go flushed the recorder underneath.
func (c *cell) refuseResponseController(call *ast.CallExpr) {
	if c.calleeName(call) != "net/http.NewResponseController" || len(call.Args) != 1 {
		return
	}
	t := c.Info.TypeOf(call.Args[0])
	if t == nil {
		return
	}
	held := []types.Type{t}
	if types.IsInterface(t) {
		held = c.candidates(t, call.Pos())
	}
	for _, h := range held {
		if !c.sessionType(h) {
			continue
		}
		for _, m := range responseControllerMethods {
			if obj, _, _ := types.LookupFieldOrMethod(h, true, c.Pkg, m); obj != nil {
				if _, isFunc := obj.(*types.Func); isFunc {
					name := types.TypeString(h, types.RelativeTo(c.Pkg))
					c.fail(call, "http.NewResponseController of a writer that may be a "+name+" (compiled net/http does not see "+name+"'s "+m+" method through the interpreter's wrapper of http.ResponseWriter)",
						"call "+name+"'s "+m+" yourself, or hand the controller the writer it wraps")
					return
				}
			}
		}
	}
}
