package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// lowerIOInterfaceArg hands a compiled function's io.Writer parameter a
// value of an interface of the cells as lowerIOArgs hands it a pointer of
// theirs, by a switch on the types the interface may hold: yaegi's
// conversion of a ReadWriter of the cell holding a *upperBuf, whose Write
// came from an embedded strings.Builder, panicked ("reflect: Call using
// *struct { Builder strings.Builder } as type io.Writer"), and a
// WriteString of its own was not called.
//
//	fmt.Fprint(rw, "x")   becomes
//	fmt.Fprint(func(x ReadWriter) io.Writer { switch v := _gbp.Unbox(x).(type) { case *upperBuf: return _gbp.WriterOf(v, v.WriteString, nil) }; return x }(rw), "x")
func (c *cell) lowerIOInterfaceArg(call *ast.CallExpr, i int, param types.Type) bool {
	arg := call.Args[i]
	t := c.Info.TypeOf(arg)
	if t == nil || !types.IsInterface(t) || !c.isCellType(t) || ioInterface(param) != "Writer" {
		return false
	}
	ts, ok1 := c.typeString(t)
	ps, ok2 := c.typeString(param)
	if !ok1 || !ok2 {
		return false
	}
	var cases []string
	for _, cand := range c.candidates(t, arg.Pos()) {
		if _, isPtr := cand.(*types.Pointer); !isPtr || !c.sessionType(cand) {
			continue
		}
		write, _, _ := types.LookupFieldOrMethod(cand, true, c.Pkg, "Write")
		ws, rf := c.methodValue(cand, "WriteString", "func(string) (int, error)"), c.methodValue(cand, "ReadFrom", "func(io.Reader) (int64, error)")
		if write != nil && write.Pkg() == c.Pkg && ws == "nil" && rf == "nil" {
			continue // its own Write: yaegi's conversion is right
		}
		cs, ok := c.typeString(cand)
		if !ok {
			return false
		}
		cases = append(cases, "case "+cs+": return _gbp.WriterOf(v, "+ws+", "+rf+")")
	}
	if len(cases) == 0 {
		return false
	}
	c.insert(arg.Pos(), "func(x "+ts+") "+ps+" { switch v := _gbp.Unbox(x).(type) { "+strings.Join(cases, "; ")+" }; return x }(")
	c.insert(arg.End(), ")")
	return true
}
