package mirror

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	texttemplate "text/template"
	"text/template/parse"
)

// Templates. text/template calls a data value's methods and prints its
// fields through reflect: a cell's type has no methods there, and a field
// of a type with a String method prints without it. Methods are called
// through callbacks the lowering hands the table (templatemethods.go),
// and a method's printed result prints with its String method. A printed
// field whose type has one cannot be given back its method, so a template
// that prints one fails before it runs, with an error that says so; any
// other template runs on the data as it is.

// An executor is text/template's or html/template's Template.
type executor interface {
	Execute(w io.Writer, data any) error
	ExecuteTemplate(w io.Writer, name string, data any) error
}

// Execute is t.Execute(w, data) for data of the table's type i.
func (tab *Table) Execute(t any, w io.Writer, i int, data any) error {
	ex, trees := templateTrees(t)
	wraps := tab.checkTemplate(i, data, trees, trees[len(trees)-1])
	ex, run := tab.withMethods(ex, wraps)
	err := ex.Execute(w, tab.templateData(i, data))
	return tab.namedInError(run.finish(err), i, data)
}

// ExecuteTemplate is t.ExecuteTemplate(w, name, data).
func (tab *Table) ExecuteTemplate(t any, w io.Writer, name string, i int, data any) error {
	ex, trees := templateTrees(t)
	var root *parse.Tree
	for _, tr := range trees {
		if tr != nil && tr.Name == name {
			root = tr
		}
	}
	wraps := tab.checkTemplate(i, data, trees, root)
	ex, run := tab.withMethods(ex, wraps)
	err := ex.ExecuteTemplate(w, name, tab.templateData(i, data))
	return tab.namedInError(run.finish(err), i, data)
}

// dataType is the type of data, a value of the table's type i: its
// dynamic type if that is an interface and the resolver finds it.
func (tab *Table) dataType(i int, data any) *Type {
	t := tab.types[i-1]
	if t.Kind == Interface {
		if dt, _, ok := tab.resolve(t, reflect.ValueOf(data)); ok && dt != nil {
			return dt
		}
	}
	return t
}

// namedInError gives err, an error of executing a template on data of the
// table's type i, the type's name where it names yaegi's type of data by
// its structure (can't evaluate field Missing in type struct { Name
// string }, where Go says main.Item). The error is still the template's
// (errors.As finds its ExecError).
func (tab *Table) namedInError(err error, i int, data any) error {
	if err == nil || i < 1 || i > len(tab.types) {
		return err
	}
	tab.lostMethod(err)
	names := tab.methodTypeNames()
	t, rv := tab.types[i-1], reflect.ValueOf(data)
	if t.Kind == Interface {
		// The data's dynamic type, found as a stand-in finds it.
		if dt, dv, ok := tab.resolve(t, rv); ok && dt != nil && dv.IsValid() {
			t, rv = dt, dv
		}
	}
	if rv.IsValid() && t.Kind != Interface && t.Kind != Go {
		names.addAll(rv.Type(), t, 4)
	}
	msg := err.Error()
	renamed := tab.unexportedInError(names.apply(msg))
	if renamed == msg {
		return err
	}
	return &renamedError{msg: renamed, err: err}
}

// unexportedInError says of a field of a cell's struct type that it is
// unexported, as Go does, where the template did not find it: yaegi
// gave the field another name (Xnotes for notes).
func (tab *Table) unexportedInError(msg string) string {
	return cantEvaluate.ReplaceAllStringFunc(msg, func(m string) string {
		sub := cantEvaluate.FindStringSubmatch(m)
		if len(sub) < 3 {
			return m
		}
		for _, t := range tab.types {
			if t.Kind != Struct || t.Name != sub[2] {
				continue
			}
			for _, f := range t.Fields {
				if f.Name == sub[1] && !f.Exported {
					return sub[1] + " is an unexported field of struct type " + sub[2]
				}
			}
		}
		return m
	})
}

// typeNames maps the text of yaegi's types of the cells' types (struct {
// Name string }) to their names (main.Item), for errors that name them.
type typeNames map[string]string

const ambiguousName = "\x00"

func (n typeNames) add(rt reflect.Type, name string) {
	from := rt.String()
	if from == name {
		return
	}
	if was, ok := n[from]; ok && was != name {
		name = ambiguousName
	}
	n[from] = name
}

// addAll adds rt, yaegi's type of t, and the types of its fields and
// elements, depth levels down: a template's error may name any of them.
func (n typeNames) addAll(rt reflect.Type, t *Type, depth int) {
	if t == nil || depth == 0 || t.Kind == Interface || t.Kind == Go {
		return
	}
	n.add(rt, t.Name)
	switch {
	case t.Kind == Struct && rt.Kind() == reflect.Struct && rt.NumField() == len(t.Fields):
		for i, f := range t.Fields {
			n.addAll(rt.Field(i).Type, f.Type, depth-1)
		}
	case t.Kind == Pointer && rt.Kind() == reflect.Pointer, t.Kind == Slice && rt.Kind() == reflect.Slice,
		t.Kind == Array && rt.Kind() == reflect.Array:
		n.addAll(rt.Elem(), t.Elem, depth-1)
	}
}

// apply names the types in msg, the longest texts first.
func (n typeNames) apply(msg string) string {
	froms := make([]string, 0, len(n))
	for from, to := range n {
		if to != ambiguousName {
			froms = append(froms, from)
		}
	}
	sort.Slice(froms, func(a, b int) bool { return len(froms[a]) > len(froms[b]) })
	for _, from := range froms {
		for _, before := range []string{"type ", "evaluating "} {
			msg = strings.ReplaceAll(msg, before+from, before+n[from])
		}
	}
	return msg
}

// renamedError is an error with another text that unwraps to itself.
type renamedError struct {
	msg string
	err error
}

func (e *renamedError) Error() string { return e.msg }
func (e *renamedError) Unwrap() error { return e.err }

// templateTrees returns the parse trees of a template and of those
// associated with it.
func templateTrees(t any) (executor, []*parse.Tree) {
	var trees []*parse.Tree
	switch x := t.(type) {
	case *texttemplate.Template:
		for _, tt := range x.Templates() {
			trees = append(trees, tt.Tree)
		}
		return x, append(trees, x.Tree)
	case *htmltemplate.Template:
		for _, tt := range x.Templates() {
			trees = append(trees, tt.Tree)
		}
		return x, append(trees, x.Tree)
	}
	panic(fmt.Sprintf("gobackprop: %T is not a template", t))
}

// checkTemplate panics if the templates name a method of a cell's type
// reachable from type i, or a field whose value prints with a method
// where its type is not known. It returns the printed values whose
// types are known to print with a method.
func (tab *Table) checkTemplate(i int, data any, trees []*parse.Tree, root *parse.Tree) printedValues {
	names := map[string]bool{}
	for _, tr := range trees {
		if tr != nil && tr.Root != nil {
			fieldNames(tr.Root, names)
		}
	}
	bad := map[string]string{}
	risky := map[string]string{}
	wraps := printedValues{}
	seen := map[*Type]bool{}
	var walk func(t *Type)
	walk = func(t *Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		for _, m := range t.exported {
			if names[m] && t.tmethods[m] == 0 {
				bad[m] = "the method " + m + " of " + t.Name
			}
		}
		for _, f := range t.Fields {
			walk(f.Type)
		}
		walk(t.Elem)
		walk(t.Key)
	}
	dot := tab.dataType(i, data)
	walk(dot)
	// Fields of all the types the template may see, through interfaces
	// too: where the type of a printed field is not known.
	for _, t := range tab.types {
		for _, f := range t.Fields {
			if names[f.Name] && f.Type.methodsPrint(map[*Type]bool{}) {
				risky[f.Name] = "the field " + f.Name + " of " + t.Name + ", whose value prints with its String or Error method"
			}
		}
	}
	byName := map[string]*parse.Tree{}
	for _, tr := range trees {
		if tr != nil {
			byName[tr.Name] = tr
		}
	}
	// What the executed template prints, dot followed through range,
	// with and template.
	if root != nil && root.Root != nil {
		methods := map[string]bool{}
		for name := range tab.methodCalls() {
			methods[name] = true
		}
		c := &printCheck{trees: byName, methods: methods, risky: risky, bad: bad, cur: root.Name, wraps: wraps}
		c.node(root.Root, dot, map[string]*Type{"$": dot}, 0)
	}
	if len(bad) == 0 {
		return wraps
	}
	var what []string
	for _, b := range bad {
		what = append(what, b)
	}
	sort.Strings(what)
	panic(fmt.Errorf("text/template cannot use %s: the interpreter gives templates values of a cell's types without their methods; "+
		"compute what the template shows into fields or a map before executing it", strings.Join(what, ", ")))
}

// fieldNames collects the field and method names a template's actions
// use: .Name, $x.Name, (pipeline).Name.
func fieldNames(n parse.Node, names map[string]bool) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			fieldNames(c, names)
		}
	case *parse.ActionNode:
		fieldNames(n.Pipe, names)
	case *parse.PipeNode:
		if n == nil {
			return
		}
		for _, c := range n.Cmds {
			fieldNames(c, names)
		}
	case *parse.CommandNode:
		for _, a := range n.Args {
			fieldNames(a, names)
		}
	case *parse.FieldNode:
		for _, id := range n.Ident {
			names[id] = true
		}
	case *parse.ChainNode:
		fieldNames(n.Node, names)
		for _, id := range n.Field {
			names[id] = true
		}
	case *parse.VariableNode:
		for _, id := range n.Ident[1:] {
			names[id] = true
		}
	case *parse.IfNode:
		fieldNames(n.Pipe, names)
		fieldNames(n.List, names)
		fieldNames(n.ElseList, names)
	case *parse.RangeNode:
		fieldNames(n.Pipe, names)
		fieldNames(n.List, names)
		fieldNames(n.ElseList, names)
	case *parse.WithNode:
		fieldNames(n.Pipe, names)
		fieldNames(n.List, names)
		fieldNames(n.ElseList, names)
	case *parse.TemplateNode:
		fieldNames(n.Pipe, names)
	}
}

// plainData returns data with the values of the cells' types that yaegi
// keeps in its box inside an interface{} (a struct with methods in a
// map[string]any) taken out, in copies of the maps and slices holding
// them: text/template walks the box and found no fields in it ("can't
// evaluate field Name in type interface {}"). A template reads its data,
// so the copies behave as the originals.
func (tab *Table) plainData(t *Type, v reflect.Value, depth int) reflect.Value {
	if t == nil || !v.IsValid() || depth > 8 {
		return v
	}
	switch t.Kind {
	case Interface:
		if v.Kind() == reflect.Interface {
			if v.IsNil() {
				return v
			}
			v = v.Elem()
		}
		dt, dv, ok := tab.resolve(t, v)
		if !ok || dt == nil || !dv.IsValid() {
			return v
		}
		return tab.plainData(dt, dv, depth+1)
	case Map:
		if v.Kind() != reflect.Map || v.IsNil() || t.Elem == nil || t.Elem.Kind != Interface {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		iter := v.MapRange()
		for iter.Next() {
			e := tab.plainData(t.Elem, iter.Value(), depth+1)
			if !e.Type().AssignableTo(v.Type().Elem()) {
				return v
			}
			out.SetMapIndex(iter.Key(), e)
		}
		return out
	case Slice:
		if v.Kind() != reflect.Slice || v.IsNil() || t.Elem == nil || t.Elem.Kind != Interface {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			e := tab.plainData(t.Elem, v.Index(i), depth+1)
			if !e.Type().AssignableTo(v.Type().Elem()) {
				return v
			}
			out.Index(i).Set(e)
		}
		return out
	}
	return v
}

// templateData is plainData for the data of the table's type i.
func (tab *Table) templateData(i int, data any) any {
	if i < 1 || i > len(tab.types) || data == nil {
		return data
	}
	v := tab.plainData(tab.types[i-1], reflect.ValueOf(data), 0)
	if !v.IsValid() || !v.CanInterface() {
		return data
	}
	return v.Interface()
}

// lostMethod panics with the template refusal when err says a field was
// missing that is a method of one of the cells' types: the template
// reached a value of such a type where the check before running it could
// not follow (through an interface{}), and Go would have called it.
func (tab *Table) lostMethod(err error) {
	if fe := (*fieldError)(nil); errors.As(err, &fe) && fe.own {
		return
	}
	m := cantEvaluate.FindStringSubmatch(err.Error())
	if m == nil {
		return
	}
	for _, t := range tab.types {
		if slices.Contains(t.exported, m[1]) {
			panic(fmt.Errorf("text/template cannot use the method %s of %s: the interpreter gives templates values of a cell's types without their methods; "+
				"compute what the template shows into fields or a map before executing it", m[1], t.Name))
		}
	}
}

// cantEvaluate is text/template's error for a field the type lacks.
var cantEvaluate = regexp.MustCompile(`can't evaluate field (\w+) in type (\S+)`)
