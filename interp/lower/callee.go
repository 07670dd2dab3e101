package lower

import (
	"go/ast"
	"go/types"
)

// calleeName returns the full name of the function or method a call
// calls ("fmt.Println", "(*encoding/json.Encoder).Encode"), or "".
func (c *cell) calleeName(call *ast.CallExpr) string {
	// Asked by many lowerings of each call: worked out once.
	if name, ok := c.calleeNames[call]; ok {
		return name
	}
	name := c.calleeNameOf(call)
	if c.calleeNames == nil {
		c.calleeNames = map[*ast.CallExpr]string{}
	}
	c.calleeNames[call] = name
	return name
}

func (c *cell) calleeNameOf(call *ast.CallExpr) string {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return ""
	}
	fn, ok := c.Info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return ""
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := c.Info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			if _, isIface := s.Recv().Underlying().(*types.Interface); isIface {
				// The importer's interface methods have no receiver
				// type: name them by the interface's.
				return "(" + types.TypeString(s.Recv(), func(p *types.Package) string { return p.Path() }) + ")." + fn.Name()
			}
		}
	}
	return fn.FullName()
}
