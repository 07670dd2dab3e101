package mirror

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"reflect"
	"strings"
	texttemplate "text/template"
	"text/template/parse"
)

// Templates calling the methods of the cells' types. text/template finds a
// method with reflect's MethodByName, and yaegi's types have no methods
// there. The lowering hands the table a callback per exported method,
// func(x T, args...) results, whose first parameter is yaegi's type of T.
// Before a template runs, a copy of it has each .Name that is such a
// method rewritten into a call of a function of that name, which finds
// the callback whose receiver the value is, and calls it:
//
//	{{.Total}}            runs as   {{Total .}}
//	{{.Order.Label "#"}}  runs as   {{Label .Order "#"}}
//	{{.Best.Name}}        runs as   {{(Best .).Name}}
//
// A value no callback serves gets what text/template would have done
// with the name: a compiled type's method, a struct field, a map key.

// A methodFn is a callback of a method for templates, func(x T, args...)
// results, and the name of its receiver's type.
type methodFn struct {
	fn    reflect.Value
	recv  string
	owner *Type // the type whose method it is
}

// methodCalls returns the callbacks of the table's types' methods for a
// template, by method name.
func (tab *Table) methodCalls() map[string][]methodFn {
	if tab.methods != nil {
		return tab.methods
	}
	out := map[string][]methodFn{}
	tab.methods = out
	seen := map[int]bool{}
	for _, t := range tab.types {
		for name, cb := range t.tmethods {
			if seen[cb] || cb < 1 || cb > len(tab.calls) {
				continue
			}
			seen[cb] = true
			fn := reflect.ValueOf(tab.calls[cb-1])
			if fn.Kind() != reflect.Func || fn.Type().NumIn() < 1 {
				continue
			}
			recv := t.Name
			if fn.Type().In(0).Kind() == reflect.Pointer {
				recv = "*" + t.Name
			}
			out[name] = append(out[name], methodFn{fn, recv, t})
		}
	}
	return out
}

// methodTypeNames maps yaegi's types of the receivers of the callbacks to
// their names.
func (tab *Table) methodTypeNames() typeNames {
	names := typeNames{}
	for _, fns := range tab.methodCalls() {
		for _, f := range fns {
			rt, name := f.fn.Type().In(0), f.recv
			if rt.Kind() == reflect.Pointer {
				rt, name = rt.Elem(), name[1:]
			}
			names.add(rt, name)
			names.add(reflect.PointerTo(rt), "*"+name)
		}
	}
	return names
}

// withMethods returns a copy of the template t (text/template's or
// html/template's) whose templates call the callbacks where they name a
// method of the cells' types, and what its calls share. It returns t
// itself and nil when no template names one, or the copy cannot be made
// (html/template's after it ran: the template then fails as before).
func (tab *Table) withMethods(t executor, wraps printedValues) (_ executor, run *methodRun) {
	calls := tab.methodCalls()
	if len(calls) == 0 && len(wraps) == 0 {
		return t, nil
	}
	if len(wraps) > 0 {
		defer func() {
			if run == nil {
				// The copy that gives the printed values their types
				// could not be made: refuse, as before it could.
				for _, t := range wraps {
					panic(fmt.Errorf("text/template cannot use printing a value of %s, which prints with its String or Error method: the interpreter gives templates values of a cell's types without their methods; "+
						"compute what the template shows into fields or a map before executing it", t.Name))
				}
			}
		}()
	}
	_, trees := templateTrees(t)
	used := map[string]bool{}
	for _, tr := range trees {
		if tr != nil && tr.Root != nil {
			collectIdentifiers(tr.Root, used)
		}
	}
	run = &methodRun{missing: missingKey(t), renamed: map[string]string{}, funcs: map[string]any{}, called: map[string]string{}}
	funcName := map[string]string{}
	showName := [3]map[string]string{nil, {}, {}}
	for name, fns := range calls {
		fname := name
		for used[fname] {
			// The template calls a function of its own of that name.
			fname = "gbp_" + fname
		}
		funcName[name] = fname
		showName[byAction][name], showName[byFunc][name] = "gbp_print_"+name, "gbp_show_"+name
		caller := &methodCaller{tab: tab, name: name, calls: fns, run: run}
		run.funcs[fname] = caller.call
		run.funcs["gbp_print_"+name] = caller.print
		run.funcs["gbp_show_"+name] = caller.show
		run.called["gbp_print_"+name], run.called["gbp_show_"+name] = fname, fname
	}
	printValue, showValue := tab.valueFuncs(wraps, run.funcs)
	rw := &rewriter{funcName: funcName, showName: showName, renamed: run.renamed, wraps: wraps, printValue: printValue, showValue: showValue}
	rewrite := func(tr *parse.Tree) *parse.Tree {
		tr = tr.Copy()
		rw.tree = tr.Name
		rw.node(tr.Root)
		return tr
	}
	switch t := t.(type) {
	case *texttemplate.Template:
		clone, err := t.Clone()
		if err != nil {
			return t, nil
		}
		clone.Funcs(run.funcs)
		for _, tt := range clone.Templates() {
			if tt.Tree != nil && tt.Root != nil {
				tt.Tree = rewrite(tt.Tree)
			}
		}
		if rw.changed {
			return clone, run
		}
	case *htmltemplate.Template:
		clone, err := t.Clone()
		if err != nil {
			return t, nil
		}
		clone.Funcs(run.funcs)
		for _, tt := range clone.Templates() {
			if tt.Tree != nil && tt.Tree.Root != nil {
				if _, err := clone.AddParseTree(tt.Name(), rewrite(tt.Tree)); err != nil {
					return t, nil
				}
			}
		}
		if rw.changed {
			return clone, run
		}
	}
	return t, nil
}

// missingKey reads the missingkey option of a template (text/template
// keeps it unexported, html/template in its text/template): 0 prints
// "<no value>", 1 the zero value, 2 fails.
func missingKey(t any) int64 {
	v := reflect.ValueOf(t).Elem()
	if _, isHTML := t.(*htmltemplate.Template); isHTML {
		if v = v.FieldByName("text"); !v.IsValid() || v.IsNil() {
			return 0
		}
		v = v.Elem()
	}
	if f := v.FieldByName("option"); f.IsValid() {
		if k := f.FieldByName("missingKey"); k.IsValid() && k.CanInt() {
			return k.Int()
		}
	}
	return 0
}

// collectIdentifiers collects the functions a template calls by name.
func collectIdentifiers(n parse.Node, out map[string]bool) {
	walkNodes(n, func(n parse.Node) {
		if id, ok := n.(*parse.IdentifierNode); ok {
			out[id.Ident] = true
		}
	})
}

// walkNodes calls f for n and every node inside it.
func walkNodes(n parse.Node, f func(parse.Node)) {
	if n == nil || reflect.ValueOf(n).IsNil() {
		return
	}
	f(n)
	switch n := n.(type) {
	case *parse.ListNode:
		for _, c := range n.Nodes {
			walkNodes(c, f)
		}
	case *parse.ActionNode:
		walkNodes(n.Pipe, f)
	case *parse.PipeNode:
		for _, c := range n.Cmds {
			walkNodes(c, f)
		}
	case *parse.CommandNode:
		for _, a := range n.Args {
			walkNodes(a, f)
		}
	case *parse.ChainNode:
		walkNodes(n.Node, f)
	case *parse.IfNode:
		walkBranch(&n.BranchNode, f)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, f)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, f)
	case *parse.TemplateNode:
		walkNodes(n.Pipe, f)
	}
}

func walkBranch(b *parse.BranchNode, f func(parse.Node)) {
	walkNodes(b.Pipe, f)
	walkNodes(b.List, f)
	walkNodes(b.ElseList, f)
}

// A methodRun is what the calls of one execution share.
type methodRun struct {
	funcs   map[string]any
	missing int64
	// renamed maps the text of a rewritten action to the template's.
	renamed map[string]string
	// refusal is set when a call met a value it cannot serve right.
	refusal error
	// called maps the functions that print a method's result to the
	// method's, for errors.
	called map[string]string
}

// finish panics with a refusal one of the calls met, or gives err, an
// error of the rewritten template, the template's own text: <.Total>
// where the copy ran <Total .>.
func (run *methodRun) finish(err error) error {
	if run == nil {
		return err
	}
	if run.refusal != nil {
		panic(run.refusal)
	}
	if err == nil {
		return nil
	}
	msg := err.Error()
	out := msg
	for now, was := range run.renamed {
		out = strings.ReplaceAll(out, "<"+now+">", "<"+was+">")
	}
	for show, fn := range run.called {
		out = strings.ReplaceAll(out, "error calling "+show+":", "error calling "+fn+":")
	}
	var fe *fieldError
	if errors.As(err, &fe) {
		// text/template says this itself, not as a function's error.
		out = strings.Replace(out, "error calling "+fe.fn+": ", "", 1)
	}
	if out == msg {
		return err
	}
	return &renamedError{msg: out, err: err}
}
