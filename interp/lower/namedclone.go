package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Go's slices and maps functions that return their argument's type S (or
// M), which the session's take and return as []E (map[K]V): a Deck
// cloned is a []Card here.
var returnsArgType = map[string]bool{
	"slices.Clip": true, "slices.Clone": true, "slices.Compact": true, "slices.CompactFunc": true,
	"slices.Concat": true, "slices.Delete": true, "slices.DeleteFunc": true, "slices.Grow": true,
	"slices.Insert": true, "slices.Replace": true, "slices.AppendSeq": true, "slices.Repeat": true,
	"maps.Clone": true,
}

// refuseUnnamedClone fails a call of such a function on a value of a
// named type of the cells with methods, where the result does not go
// straight back into that type: Go's result has the type and its methods
// (`c := maps.Clone(inv)` printed with Inventory's String), the session's
// did not, and printed it without them.
func (c *cell) refuseUnnamedClone(call *ast.CallExpr) {
	name := c.calleeName(call)
	if !returnsArgType[name] || len(call.Args) == 0 {
		return
	}
	named, ok := types.Unalias(c.Info.TypeOf(call.Args[0])).(*types.Named)
	if !ok || !c.isCellType(named) || !printsWithMethods(named) {
		return
	}
	if !c.printedUnnamed(call) {
		return
	}
	ts := named.Obj().Name()
	c.fail(call, name+" of a "+ts+" (the session's "+strings.SplitN(name, ".", 2)[0]+" returns the underlying type, not "+ts+" with its methods as Go's does)",
		"write "+ts+"("+c.text(call)+")")
}

// printsWithMethods reports a type whose printing or encoding uses its
// methods.
func printsWithMethods(t types.Type) bool {
	for _, ms := range []*types.MethodSet{types.NewMethodSet(t), types.NewMethodSet(types.NewPointer(t))} {
		for i := 0; i < ms.Len(); i++ {
			switch ms.At(i).Obj().Name() {
			case "String", "Error", "Format", "GoString", "MarshalJSON", "MarshalText":
				return true
			}
		}
	}
	return false
}

// printedUnnamed reports whether the value of call reaches an interface
// parameter (fmt.Println's) as it is: passed there, or defined into a
// variable that is.
func (c *cell) printedUnnamed(call *ast.CallExpr) bool {
	var obj types.Object
	switch p := c.parent().(type) {
	case *ast.CallExpr:
		return c.toInterfaceParam(p, call)
	case *ast.AssignStmt:
		if p.Tok == token.DEFINE && len(p.Lhs) == len(p.Rhs) {
			for i, r := range p.Rhs {
				if id, ok := p.Lhs[i].(*ast.Ident); ok && r == call {
					obj = c.Info.Defs[id]
				}
			}
		}
	case *ast.ValueSpec:
		if p.Type == nil && len(p.Names) == len(p.Values) {
			for i, v := range p.Values {
				if v == call {
					obj = c.Info.Defs[p.Names[i]]
				}
			}
		}
	}
	if obj == nil {
		return false
	}
	found := false
	ast.Inspect(c.File, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			for _, a := range call.Args {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && c.Info.Uses[id] == obj && c.toInterfaceParam(call, a) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// toInterfaceParam reports whether arg, an argument of call, goes to a
// parameter of an interface type.
func (c *cell) toInterfaceParam(call *ast.CallExpr, arg ast.Expr) bool {
	sig, ok := c.Info.TypeOf(call.Fun).(*types.Signature)
	if !ok {
		return false
	}
	for i, a := range call.Args {
		if a == arg {
			pt := paramType(sig, i, call.Ellipsis.IsValid())
			return pt != nil && types.IsInterface(pt)
		}
	}
	return false
}
