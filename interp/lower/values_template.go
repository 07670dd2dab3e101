package lower

import (
	"go/ast"
	"go/types"
	"sort"
	"strconv"
)

// Templates executed on values of the cell's types. text/template calls
// the data's methods and prints its fields through reflect; yaegi's types
// have no methods there, so {{.FullName}} failed at run time - an error
// a program that ignores Execute's error never shows - and a field with a
// String method printed without it. The call goes through the stand-in
// table, which checks the template first and fails with an error naming
// the method or field it cannot serve:
//
//	t.Execute(w, data)   becomes _gbp.Types(...).Execute(t, w, 1, data)

var templateFuncs = map[string]int{
	"(*text/template.Template).Execute":         1,
	"(*text/template.Template).ExecuteTemplate": 2,
	"(*html/template.Template).Execute":         1,
	"(*html/template.Template).ExecuteTemplate": 2,
}

// lowerTemplateCall checks a template before it runs on values of the
// cell's types.
func (c *cell) lowerTemplateCall(call *ast.CallExpr, dataArg int) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) <= dataArg {
		return
	}
	data := call.Args[dataArg]
	tv := c.Info.Types[data]
	if tv.Type == nil || tv.IsNil() || !c.hasCellTypes(tv.Type, data.Pos(), map[types.Type]bool{}) {
		return
	}
	u := fmtUse("v")
	u.template = true
	tb := c.newTable(data.Pos(), u)
	root := tb.describe(tv.Type)
	if tb.unnamed != "" {
		c.fail(data, "executing a template on a value of type "+tb.unnamed+" where that type's name is hidden", "rename the declaration that hides it")
		return
	}
	c.insert(sel.X.Pos(), tb.source()+"."+sel.Sel.Name+"(")
	c.replace(sel.X.End(), call.Lparen+1, ", ")
	c.insert(data.Pos(), strconv.Itoa(root)+", ")
}

// exportedMethods lists the exported methods of t's method set, sorted
// as reflect numbers them.
func exportedMethods(t types.Type) []string {
	var out []string
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		if name := ms.At(i).Obj().Name(); ast.IsExported(name) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}
