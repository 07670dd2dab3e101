package mirror

import (
	"fmt"
	"reflect"
	"text/template/parse"
)

// Values a template prints whose type prints with a method of the cells'
// types ({{.Priority}} of a Priority with a String method). fmt sees
// yaegi's value without its methods and printed the bare number. Where the
// check before running (templatedot.go) knows the printed value's type,
// the copy of the template that runs hands the value to a function that
// gives it that type back, as fmt's stand-in:
//
//	{{.Priority}}               runs as   {{.Priority | gbp_print_value_3}}
//	{{printf "%-6v" .Priority}} runs as   {{printf "%-6v" (gbp_show_value_3 .Priority)}}
//	{{.Priority | printf "%d"}} runs as   {{.Priority | gbp_show_value_3 | printf "%d"}}

// A printKey is where a template prints a value: the template's name and
// the value's place in its text.
type printKey struct {
	tree string
	pos  parse.Pos
}

// printedValues are the values a template prints with a method, and the
// type each has.
type printedValues map[printKey]*Type

// wrap records that the value n of type t is printed where the check is,
// and reports false when the same place was found to print a value of
// another type (a template called with dots of different types).
func (c *printCheck) wrap(n parse.Node, t *Type) bool {
	switch n.(type) {
	case *parse.FieldNode, *parse.VariableNode, *parse.DotNode, *parse.ChainNode:
	case *parse.IdentifierNode: // index's, or's and and's (printedCommand)
	case *parse.PipeNode: // (index .Items 0), printf's argument
	default:
		return false
	}
	k := printKey{c.cur, n.Position()}
	if was, ok := c.wraps[k]; ok && was != t {
		return false
	}
	c.wraps[k] = t
	return true
}

// valueFuncs adds to funcs the functions that give printed values their
// types, and returns their names by type: the one for a value the
// template prints, and the one for a value it hands to a printing
// function.
func (tab *Table) valueFuncs(wraps printedValues, funcs map[string]any) (printName, showName map[*Type]string) {
	printName, showName = map[*Type]string{}, map[*Type]string{}
	if len(wraps) > 0 {
		// printf names a stand-in's type (%T) and prints its Go syntax
		// (%#v) as Go would.
		funcs["printf"] = Sprintf
	}
	for _, t := range wraps {
		if printName[t] != "" {
			continue
		}
		i := tab.typeIndex(t)
		show := func(v reflect.Value) reflect.Value {
			for v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() {
				v = v.Elem()
			}
			if !v.IsValid() || v.Kind() == reflect.Interface || v.Type() == standInType {
				return v // (a stand-in already: given by a pipeline inside)
			}
			return reflect.ValueOf(&Value{tab: tab, t: t, v: v})
		}
		printName[t], showName[t] = fmt.Sprintf("gbp_print_value_%d", i), fmt.Sprintf("gbp_show_value_%d", i)
		funcs[printName[t]] = func(v reflect.Value) reflect.Value {
			if x, ok := show(v).Interface().(*Value); ok {
				return reflect.ValueOf(fmt.Sprint(x))
			}
			return v
		}
		funcs[showName[t]] = show
	}
	return printName, showName
}

var standInType = reflect.TypeOf((*Value)(nil))

// typeIndex is t's number in the table.
func (tab *Table) typeIndex(t *Type) int {
	for i, x := range tab.types {
		if x == t {
			return i + 1
		}
	}
	return 0
}

// wrapped returns the command that hands the value of a command to the
// function named fn, or nil if the rewriter has no wrap for it.
func (rw *rewriter) wrapped(c *parse.CommandNode, names map[*Type]string) *parse.CommandNode {
	if _, call := c.Args[0].(*parse.IdentifierNode); len(c.Args) != 1 && !call {
		return nil
	}
	t := rw.wraps[printKey{rw.tree, c.Args[0].Position()}]
	if t == nil {
		return nil
	}
	rw.changed = true
	return &parse.CommandNode{NodeType: parse.NodeCommand, Pos: c.Pos, Args: []parse.Node{parse.NewIdentifier(names[t]).SetPos(c.Pos)}}
}

// wrappedArg returns the argument a of a printing function handed to the
// function that gives it its type, or a.
func (rw *rewriter) wrappedArg(a parse.Node) parse.Node {
	t := rw.wraps[printKey{rw.tree, a.Position()}]
	if t == nil {
		return a
	}
	rw.changed = true
	pos := a.Position()
	return &parse.PipeNode{NodeType: parse.NodePipe, Pos: pos, Cmds: []*parse.CommandNode{
		{NodeType: parse.NodeCommand, Pos: pos, Args: []parse.Node{parse.NewIdentifier(rw.showValue[t]).SetPos(pos), a}},
	}}
}
