package mirror

import "text/template/parse"

// printedWithMethods finds an action of a template that prints a value
// whose type, or one inside it, prints with a String or Error method: a
// template prints its values with fmt, which sees yaegi's values without
// their methods ({{range .}}{{.}}{{end}} over a []Level printed 1 and 0
// where Go prints their names). dot is the type of dot where n is, nil
// where it is not known (a variable, a function's result). It returns the
// type's name, or "".
func printedWithMethods(n parse.Node, dot *Type, trees map[string]*parse.Tree, depth int) string {
	if depth > 8 {
		return ""
	}
	walk := func(n parse.Node, dot *Type) string { return printedWithMethods(n, dot, trees, depth) }
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return ""
		}
		for _, c := range n.Nodes {
			if name := walk(c, dot); name != "" {
				return name
			}
		}
	case *parse.ActionNode:
		if len(n.Pipe.Decl) == 0 {
			if t := pipeType(n.Pipe, dot); t != nil && t.methodsPrint(map[*Type]bool{}) {
				return t.Name
			}
		}
	case *parse.IfNode:
		if name := walk(n.List, dot); name != "" {
			return name
		}
		return walk(n.ElseList, dot)
	case *parse.RangeNode:
		var elem *Type
		if t := deref(pipeType(n.Pipe, dot)); t != nil && len(n.Pipe.Decl) == 0 && (t.Kind == Slice || t.Kind == Array || t.Kind == Map) {
			elem = t.Elem
		}
		if name := walk(n.List, elem); name != "" {
			return name
		}
		return walk(n.ElseList, dot)
	case *parse.WithNode:
		var t *Type
		if len(n.Pipe.Decl) == 0 {
			t = pipeType(n.Pipe, dot)
		}
		if name := walk(n.List, t); name != "" {
			return name
		}
		return walk(n.ElseList, dot)
	case *parse.TemplateNode:
		if tr := trees[n.Name]; tr != nil && tr.Root != nil {
			var t *Type
			if n.Pipe != nil {
				t = pipeType(n.Pipe, dot)
			}
			return printedWithMethods(tr.Root, t, trees, depth+1)
		}
	}
	return ""
}

// pipeType is the type of a pipeline that is dot or a chain of fields of
// it, or nil.
func pipeType(p *parse.PipeNode, dot *Type) *Type {
	if p == nil || dot == nil || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return nil
	}
	switch a := p.Cmds[0].Args[0].(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		t := dot
		for _, name := range a.Ident {
			t = fieldType(t, name)
		}
		return t
	}
	return nil
}

// fieldType is the type of .name of a value of t (a field, or a map's
// value), or nil.
func fieldType(t *Type, name string) *Type {
	t = deref(t)
	if t == nil {
		return nil
	}
	if t.Kind == Map {
		return t.Elem
	}
	for _, f := range t.Fields {
		if f.Name == name {
			return f.Type
		}
	}
	return nil
}

// deref is t, or the type t points to.
func deref(t *Type) *Type {
	if t != nil && t.Kind == Pointer {
		return t.Elem
	}
	return t
}

// methodsPrint reports whether fmt prints a value of t, or one inside it,
// with a method of the cell's types - known from t alone: what an
// interface holds is not known here, and is left to run.
func (t *Type) methodsPrint(seen map[*Type]bool) bool {
	if t == nil || seen[t] || t.Kind == Interface {
		return false
	}
	seen[t] = true
	for _, m := range [...]Method{String, Error, Format} {
		if t.methods[m] != 0 || t.ptrMethods[m] != 0 {
			return true
		}
	}
	for _, f := range t.Fields {
		if f.Type.methodsPrint(seen) {
			return true
		}
	}
	return t.Elem.methodsPrint(seen) || t.Key.methodsPrint(seen)
}
