package mirror

import (
	"strings"
	"text/template/parse"
)

// A printCheck finds where a template prints a value whose type, or one
// inside it, prints with a String or Error method: a template prints its
// values with fmt, which sees yaegi's values without their methods
// ({{range .}}{{.}}{{end}} over a []Level printed 1 and 0 where Go prints
// their names). It follows the types of dot and of the template's
// variables through range, with and template where they are known. A
// method's result is printed right (templatemethods.go); a field's is
// not, so printing a field whose type is not known here, but that is of
// such a type in one of the cells' types, is refused too.
type printCheck struct {
	trees map[string]*parse.Tree
	// methods are the names the rewritten template calls as methods.
	methods map[string]bool
	// risky maps the name of a field that prints with a method, in one of
	// the types the template may see, to what the refusal says of it.
	risky map[string]string
	bad   map[string]string
	// cur is the name of the template walked; wraps are the values it
	// prints whose types print with a method (templateprint.go).
	cur   string
	wraps printedValues
}

// node walks n, where dot and the variables have the types given (nil
// where not known).
func (c *printCheck) node(n parse.Node, dot *Type, vars map[string]*Type, depth int) {
	if depth > 8 {
		return
	}
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, x := range n.Nodes {
			c.node(x, dot, vars, depth)
		}
	case *parse.ActionNode:
		if len(n.Pipe.Decl) > 0 {
			c.declare(n.Pipe, c.pipeType(n.Pipe, dot, vars), nil, vars)
			return
		}
		c.printed(n.Pipe, dot, vars)
	case *parse.IfNode:
		c.node(n.List, dot, vars, depth)
		c.node(n.ElseList, dot, vars, depth)
	case *parse.RangeNode:
		t := c.flow(n.Pipe, dot, vars)
		var key, elem *Type
		if d := deref(t); d != nil && (d.Kind == Slice || d.Kind == Array || d.Kind == Map) {
			key, elem = d.Key, d.Elem
		}
		inner := copyVars(vars)
		if len(n.Pipe.Decl) == 2 {
			c.declare(n.Pipe, key, elem, inner)
		} else {
			c.declare(n.Pipe, elem, nil, inner)
		}
		c.node(n.List, elem, inner, depth)
		c.node(n.ElseList, dot, vars, depth)
	case *parse.WithNode:
		t := c.flow(n.Pipe, dot, vars)
		inner := copyVars(vars)
		c.declare(n.Pipe, t, nil, inner)
		c.node(n.List, t, inner, depth)
		c.node(n.ElseList, dot, vars, depth)
	case *parse.TemplateNode:
		var t *Type
		if n.Pipe != nil {
			t = c.flow(n.Pipe, dot, vars)
		}
		if tr := c.trees[n.Name]; tr != nil && tr.Root != nil {
			was := c.cur
			c.cur = n.Name
			c.node(tr.Root, t, map[string]*Type{"$": t}, depth+1)
			c.cur = was
		}
	}
}

// declare gives the variables a pipeline declares their types: one, or
// with two, the key's and the element's.
func (c *printCheck) declare(p *parse.PipeNode, first, second *Type, vars map[string]*Type) {
	for i, v := range p.Decl {
		t := first
		if i == 1 {
			t = second
		}
		vars[v.Ident[0]] = t
	}
}

func copyVars(vars map[string]*Type) map[string]*Type {
	out := make(map[string]*Type, len(vars))
	for k, v := range vars {
		out[k] = v
	}
	return out
}

// flow is the type of a pipeline whose value becomes dot (range, with,
// template). A value whose type is not known but that is a risky field
// is refused: what the template prints of it is not known either.
func (c *printCheck) flow(p *parse.PipeNode, dot *Type, vars map[string]*Type) *Type {
	t := c.pipeType(p, dot, vars)
	if t == nil && len(p.Cmds) == 1 && len(p.Cmds[0].Args) == 1 {
		c.riskyName(p.Cmds[0].Args[0])
	}
	return t
}

// printed checks what a printing pipeline prints: its value, and the
// arguments of the printing functions in it.
func (c *printCheck) printed(p *parse.PipeNode, dot *Type, vars map[string]*Type) {
	for i, cmd := range p.Cmds {
		if isPrintFunc(cmd) {
			for _, a := range cmd.Args[1:] {
				c.printedValue(a, dot, vars)
			}
			if i > 0 {
				c.printedCommand(p.Cmds[i-1], dot, vars)
			}
			c.printedTypes(cmd, p.Cmds[:i], dot, vars)
		} else if i == len(p.Cmds)-1 {
			c.printedCommand(cmd, dot, vars)
		}
	}
}

// printedTypes refuses a printf whose format prints type names (%T,
// %#v) of values that may be of the cells' types: fmt names yaegi's type,
// struct { A int } for main.T. before are the commands piped into it.
func (c *printCheck) printedTypes(cmd *parse.CommandNode, before []*parse.CommandNode, dot *Type, vars map[string]*Type) {
	id, _ := cmd.Args[0].(*parse.IdentifierNode)
	if id == nil || id.Ident != "printf" || len(cmd.Args) < 2 {
		return
	}
	format, ok := cmd.Args[1].(*parse.StringNode)
	if !ok || !strings.Contains(format.Text, "%T") && !strings.Contains(format.Text, "%#") {
		return
	}
	values := cmd.Args[2:]
	types := make([]*Type, len(values))
	for i, v := range values {
		if p, ok := v.(*parse.PipeNode); ok {
			types[i] = c.pipeType(p, dot, vars)
		} else {
			types[i] = c.valueType(v, dot, vars)
		}
	}
	if len(before) > 0 {
		piped := before[len(before)-1]
		values = append(values, piped.Args[0])
		types = append(types, c.commandType(piped, dot, vars))
	}
	for i, v := range values {
		// A value of a known type of the cells' is handed to printf as
		// fmt's stand-in, whose type the run's printf names
		// (templateprint.go).
		if t := types[i]; t == nil || t.Kind != Go && !c.wrap(v, t) {
			c.bad["printf %T"] = "printf with %T or %#v of a value that may be of one of your types (fmt would name the interpreter's type)"
			return
		}
	}
}

// printedCommand checks a command whose value is printed.
func (c *printCheck) printedCommand(cmd *parse.CommandNode, dot *Type, vars map[string]*Type) {
	if len(cmd.Args) == 0 {
		return
	}
	if _, call := cmd.Args[0].(*parse.IdentifierNode); call {
		// index, or, and: their value's type, if known.
		if t := c.commandType(cmd, dot, vars); t != nil && t.methodsPrint(map[*Type]bool{}) && !c.wrap(cmd.Args[0], t) {
			c.bad["print of "+t.Name] = "printing a value of " + t.Name + ", which prints with its String or Error method"
		}
		return
	}
	c.printedValue(cmd.Args[0], dot, vars)
}

// printedValue checks a printed value.
func (c *printCheck) printedValue(n parse.Node, dot *Type, vars map[string]*Type) {
	if p, ok := n.(*parse.PipeNode); ok {
		c.printed(p, dot, vars)
		return
	}
	if name := lastName(n); c.methods[name] {
		return
	}
	t := c.valueType(n, dot, vars)
	if t == nil {
		c.riskyName(n)
		return
	}
	if t.methodsPrint(map[*Type]bool{}) && !c.wrap(n, t) {
		c.bad["print of "+t.Name] = "printing a value of " + t.Name + ", which prints with its String or Error method"
	}
}

// riskyName refuses a chain that ends in a risky field.
func (c *printCheck) riskyName(n parse.Node) {
	if name := lastName(n); c.risky[name] != "" && !c.methods[name] {
		c.bad[name] = c.risky[name]
	}
}

// lastName is the last name of a chain (.A.B, $x.B, (pipe).B), or "".
func lastName(n parse.Node) string {
	var names []string
	switch n := n.(type) {
	case *parse.FieldNode:
		names = n.Ident
	case *parse.VariableNode:
		names = n.Ident[1:]
	case *parse.ChainNode:
		names = n.Field
	}
	if len(names) == 0 {
		return ""
	}
	return names[len(names)-1]
}

// pipeType is the type of a pipeline of one command, a value or a method
// called with arguments, or nil.
func (c *printCheck) pipeType(p *parse.PipeNode, dot *Type, vars map[string]*Type) *Type {
	if p == nil || len(p.Cmds) != 1 || len(p.Cmds[0].Args) == 0 {
		return nil
	}
	return c.commandType(p.Cmds[0], dot, vars)
}

// commandType is the type of a command's value: a value, a method
// called with arguments, or an element that index takes; or nil.
func (c *printCheck) commandType(cmd *parse.CommandNode, dot *Type, vars map[string]*Type) *Type {
	args := cmd.Args
	if len(args) == 0 {
		return nil
	}
	if isIndex(cmd) {
		// index x k...: an element of x, of a key per argument.
		t := c.valueType(args[1], dot, vars)
		for range args[2:] {
			if t = deref(t); t == nil || t.Kind != Slice && t.Kind != Array && t.Kind != Map {
				return nil
			}
			t = t.Elem
		}
		return t
	}
	if id, ok := args[0].(*parse.IdentifierNode); ok && (id.Ident == "or" || id.Ident == "and") && len(args) > 1 {
		// One of its arguments: their type if they have one.
		var t *Type
		for i, a := range args[1:] {
			at := c.valueType(a, dot, vars)
			if at == nil || i > 0 && at != t {
				return nil
			}
			t = at
		}
		return t
	}
	return c.valueType(args[0], dot, vars)
}

// isIndex reports a call of text/template's index with keys.
func isIndex(cmd *parse.CommandNode) bool {
	id, ok := cmd.Args[0].(*parse.IdentifierNode)
	return ok && id.Ident == "index" && len(cmd.Args) >= 3
}

// valueType is the type of dot, a variable, or a chain of fields and
// methods of one of them, or nil.
func (c *printCheck) valueType(n parse.Node, dot *Type, vars map[string]*Type) *Type {
	var t *Type
	var names []string
	switch n := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		t, names = dot, n.Ident
	case *parse.VariableNode:
		t, names = vars[n.Ident[0]], n.Ident[1:]
	case *parse.ChainNode:
		// (pipeline).A.B
		if p, ok := n.Node.(*parse.PipeNode); ok {
			t = c.pipeType(p, dot, vars)
		} else {
			t = c.valueType(n.Node, dot, vars)
		}
		if t == nil {
			return nil
		}
		names = n.Field
	default:
		return nil
	}
	for _, name := range names {
		t = fieldType(t, name)
	}
	return t
}

// fieldType is the type of .name of a value of t (a field, a method's
// result, or a map's value), or nil.
func fieldType(t *Type, name string) *Type {
	if r, ok := t.methodResult(name); ok {
		return r
	}
	t = deref(t)
	if t == nil {
		return nil
	}
	if r, ok := t.methodResult(name); ok {
		return r
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

// methodResult is the type of the first result of t's method name.
func (t *Type) methodResult(name string) (*Type, bool) {
	if t == nil {
		return nil, false
	}
	r, ok := t.tresults[name]
	return r, ok
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
