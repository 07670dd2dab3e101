package mirror

import "text/template/parse"

// A rewriter turns, in a copy of a template's tree, each .Name that is a
// method of the cells' types into a call of the template function that
// serves it (templatemethods.go).
type rewriter struct {
	funcName map[string]string // method name -> template function
	// showName names the functions that call the method for a value the
	// template prints, by how it is printed: they give a result whose type
	// prints with a String method of the cells' types as fmt's stand-in.
	showName [3]map[string]string
	renamed  map[string]string // rewritten command text -> the original
	changed  bool
	// tree is the name of the template rewritten; wraps are the values
	// it prints that get their types back, through the functions named
	// by type (templateprint.go).
	tree                  string
	wraps                 printedValues
	printValue, showValue map[*Type]string
}

// printFuncs are the functions of text/template that print their
// arguments with fmt.
var printFuncs = map[string]bool{"print": true, "printf": true, "println": true, "html": true, "js": true, "urlquery": true}

func (rw *rewriter) node(n parse.Node) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			rw.node(c)
		}
	case *parse.ActionNode:
		printed := notPrinted
		if len(n.Pipe.Decl) == 0 {
			printed = byAction
		}
		rw.pipe(n.Pipe, printed)
	case *parse.IfNode:
		rw.branch(&n.BranchNode)
	case *parse.RangeNode:
		rw.branch(&n.BranchNode)
	case *parse.WithNode:
		rw.branch(&n.BranchNode)
	case *parse.TemplateNode:
		rw.pipe(n.Pipe, notPrinted)
	}
}

func (rw *rewriter) branch(b *parse.BranchNode) {
	rw.pipe(b.Pipe, notPrinted)
	rw.node(b.List)
	rw.node(b.ElseList)
}

// How a template prints a value.
type printing int

const (
	notPrinted printing = iota
	byAction            // {{.Price}}: the template prints it
	byFunc              // {{printf "%v" .Price}}, {{.Price | print}}
)

// pipe rewrites a pipeline whose value is printed as printed says.
func (rw *rewriter) pipe(p *parse.PipeNode, printed printing) {
	if p == nil {
		return
	}
	var cmds []*parse.CommandNode
	for i, c := range p.Cmds {
		// A command's value is printed at the end of a printed pipeline,
		// or handed on to a function that prints it.
		shown := notPrinted
		if i == len(p.Cmds)-1 {
			shown = printed
		} else if isPrintFunc(p.Cmds[i+1]) {
			shown = byFunc
		}
		var typed *parse.CommandNode
		switch shown {
		case byAction:
			typed = rw.wrapped(c, rw.printValue)
		case byFunc:
			typed = rw.wrapped(c, rw.showValue)
		}
		rw.command(c, shown)
		cmds = append(cmds, c)
		if typed != nil {
			cmds = append(cmds, typed)
		}
	}
	p.Cmds = cmds
}

// isPrintFunc reports a command that calls one of printFuncs.
func isPrintFunc(c *parse.CommandNode) bool {
	if len(c.Args) == 0 {
		return false
	}
	id, ok := c.Args[0].(*parse.IdentifierNode)
	return ok && printFuncs[id.Ident]
}

// command rewrites a command: its head, which takes the command's other
// arguments when it is a method, and its arguments.
func (rw *rewriter) command(c *parse.CommandNode, printed printing) {
	before := c.String()
	argsPrinted := notPrinted
	if isPrintFunc(c) {
		argsPrinted = byFunc
	}
	var args []parse.Node
	for i, a := range c.Args {
		if i == 0 {
			if head := rw.chain(a, true, printed); head != nil {
				// text/template places an error of the call at the
				// chain, where it placed one of the method.
				c.Pos = a.Position()
				args = append(args, head...)
				continue
			}
		}
		if i > 0 && argsPrinted == byFunc {
			if typed := rw.wrappedArg(a); typed != a {
				args = append(args, typed)
				continue
			}
		}
		if n := rw.chain(a, false, argsPrinted); n != nil {
			args = append(args, n[0])
			continue
		}
		if p, ok := a.(*parse.PipeNode); ok {
			shown := argsPrinted
			if i == 0 {
				shown = printed
			}
			rw.pipe(p, shown)
		}
		args = append(args, a)
	}
	c.Args = args
	if after := c.String(); after != before {
		rw.renamed[after] = before
		rw.changed = true
	}
}

// chain rewrites a chain of names (.A.B, $x.A, (pipe).A) that holds a
// method: it returns nil if none is one. At a command's head whose last
// name is a method it returns the function and its receiver, to which
// the command's other arguments are added; else the one node that is the
// chain's value.
func (rw *rewriter) chain(a parse.Node, head bool, printed printing) []parse.Node {
	var base parse.Node
	var names []string
	pos := a.Position()
	switch a := a.(type) {
	case *parse.FieldNode:
		base, names = &parse.DotNode{NodeType: parse.NodeDot, Pos: pos}, a.Ident
	case *parse.VariableNode:
		base, names = &parse.VariableNode{NodeType: parse.NodeVariable, Pos: pos, Ident: a.Ident[:1:1]}, a.Ident[1:]
	case *parse.ChainNode:
		if p, ok := a.Node.(*parse.PipeNode); ok {
			rw.pipe(p, notPrinted)
		}
		base, names = a.Node, a.Field
	default:
		return nil
	}
	found := false
	for _, name := range names {
		if _, ok := rw.funcName[name]; ok {
			found = true
		}
	}
	if !found {
		return nil
	}
	cur := base
	var fields []string
	for i, name := range names {
		fn, isMethod := rw.funcName[name]
		if !isMethod {
			fields = append(fields, name)
			continue
		}
		if printed != notPrinted && i == len(names)-1 {
			fn = rw.showName[printed][name]
		}
		call := []parse.Node{parse.NewIdentifier(fn).SetPos(pos), withFields(cur, fields, pos)}
		fields = nil
		if head && i == len(names)-1 {
			return call
		}
		cur = &parse.PipeNode{NodeType: parse.NodePipe, Pos: pos, Cmds: []*parse.CommandNode{
			{NodeType: parse.NodeCommand, Pos: pos, Args: call},
		}}
	}
	return []parse.Node{withFields(cur, fields, pos)}
}

// withFields is the node of cur.fields...
func withFields(cur parse.Node, fields []string, pos parse.Pos) parse.Node {
	if len(fields) == 0 {
		return cur
	}
	switch c := cur.(type) {
	case *parse.DotNode:
		return &parse.FieldNode{NodeType: parse.NodeField, Pos: pos, Ident: fields}
	case *parse.VariableNode:
		return &parse.VariableNode{NodeType: parse.NodeVariable, Pos: pos, Ident: append(c.Ident[:1:1], fields...)}
	}
	return &parse.ChainNode{NodeType: parse.NodeChain, Pos: pos, Node: cur, Field: fields}
}
