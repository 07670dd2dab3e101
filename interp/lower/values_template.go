package lower

import (
	"go/ast"
	"go/types"
	"sort"
	"strconv"
	"strings"
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

// templateMethods writes the callbacks a template calls the exported
// methods of t with: func(x T, a0 P0, ...) R { return x.M(a0, ...) },
// whose first parameter tells the table which values of yaegi's they
// serve, and describes their first results' types. A method of the pointer's set takes *T. A method whose
// parameter or result types the cell cannot name at the table's place is
// left out, and a template that calls it is refused when it runs.
func (tb *table) templateMethods(t types.Type) (calls, results map[string]int) {
	if _, isIface := t.Underlying().(*types.Interface); isIface || hasTypeParam(t) {
		return nil, nil
	}
	out, results := map[string]int{}, map[string]int{}
	values := types.NewMethodSet(t)
	ptrs := types.NewMethodSet(types.NewPointer(t))
	for i := 0; i < ptrs.Len(); i++ {
		sel := ptrs.At(i)
		name := sel.Obj().Name()
		if !ast.IsExported(name) {
			continue
		}
		var recv types.Type = types.NewPointer(t)
		if values.Lookup(sel.Obj().Pkg(), name) != nil {
			recv = t
		}
		sig := sel.Type().(*types.Signature)
		if src, ok := tb.methodCallback(recv, name, sig); ok {
			tb.calls = append(tb.calls, src)
			out[name] = len(tb.calls)
			if sig.Results().Len() > 0 {
				results[name] = tb.describe(sig.Results().At(0).Type())
			}
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, results
}

// methodCallback writes func(x recv, a0 P0, ...) R { return x.name(a0, ...) }.
func (tb *table) methodCallback(recv types.Type, name string, sig *types.Signature) (string, bool) {
	spell := func(t types.Type) (string, bool) {
		if !tb.nameable(t) {
			return "", false
		}
		return tb.name(t), true
	}
	r, ok := spell(recv)
	if !ok {
		return "", false
	}
	var params, args []string
	for i := 0; i < sig.Params().Len(); i++ {
		pt := sig.Params().At(i).Type()
		dots := ""
		if sig.Variadic() && i == sig.Params().Len()-1 {
			pt, dots = pt.(*types.Slice).Elem(), "..."
		}
		s, ok := spell(pt)
		if !ok {
			return "", false
		}
		a := "a" + strconv.Itoa(i)
		params = append(params, a+" "+dots+s)
		args = append(args, a+dots)
	}
	var results []string
	for i := 0; i < sig.Results().Len(); i++ {
		s, ok := spell(sig.Results().At(i).Type())
		if !ok {
			return "", false
		}
		results = append(results, s)
	}
	call := "x." + name + "(" + strings.Join(args, ", ") + ")"
	res := strings.Join(results, ", ")
	if len(results) > 1 {
		res = "(" + res + ")"
	}
	head := "func(x " + r + strings.Join(append([]string{""}, params...), ", ") + ") " + res
	if len(results) == 0 {
		return head + " { " + call + " }", true
	}
	return head + " { return " + call + " }", true
}

// describeCandidates describes, for a template, the types a value in an
// interface of type t may have: the template may call their methods.
func (tb *table) describeCandidates(t types.Type) {
	if !tb.u.template {
		return
	}
	for _, cand := range tb.c.candidates(t, tb.pos) {
		if hasMethods(cand) && tb.nameable(cand) {
			tb.describe(cand)
		}
	}
}
