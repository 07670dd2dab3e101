package lower

import (
	"go/ast"
	"go/types"
)

// lowerLoggerFatal makes a *log.Logger's Fatal methods the session's: Go's
// call os.Exit, which would end the kernel's worker, not the cell.
// _gbp.LoggerFatal(l) logs the message and exits the cell as os.Exit(1)
// does there:
//
//	logger.Fatalf("bad %d", n)   becomes   _gbp.LoggerFatalf(logger)("bad %d", n)
//
// The package's own log.Fatal is the session's already (interp's
// logExports).
func (c *cell) lowerLoggerFatal(n *ast.SelectorExpr) bool {
	s := c.Info.Selections[n]
	if s == nil {
		return false
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "log" {
		return false
	}
	switch fn.Name() {
	case "Fatal", "Fatalf", "Fatalln":
	default:
		return false
	}
	if s.Kind() != types.MethodVal || len(s.Index()) != 1 {
		c.fail(n, "a log.Logger's "+fn.Name()+" other than called on a *log.Logger (a method expression, or promoted through an embedded field)",
			"call it on the logger itself: s.Logger."+fn.Name()+"(...)")
		return true
	}
	c.insert(n.Pos(), "_gbp.Logger"+fn.Name()+"(")
	c.replace(n.X.End(), n.End(), ")")
	return true
}
