package main

import (
	"container/list"
	"fmt"
	"strings"
)

type Macro struct {
	Params []string
	Body   []string
}

type Expander struct {
	macros map[string]Macro
	depth  int
}

func toList(toks []string) *list.List {
	l := list.New()
	for _, t := range toks {
		l.PushBack(t)
	}
	return l
}

func listString(l *list.List) string {
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		parts = append(parts, e.Value.(string))
	}
	return strings.Join(parts, " ")
}

// collectArgs reads "( a b , c )" starting at e (which must be "(").
// It returns the argument token lists and the element after ")".
func collectArgs(e *list.Element) ([][]string, *list.Element, error) {
	if e == nil || e.Value != "(" {
		return nil, e, fmt.Errorf("expected (")
	}
	var args [][]string
	var cur []string
	depth := 0
	for e = e.Next(); e != nil; e = e.Next() {
		t := e.Value.(string)
		switch {
		case t == "(":
			depth++
		case t == ")" && depth == 0:
			args = append(args, cur)
			return args, e.Next(), nil
		case t == ")":
			depth--
		case t == "," && depth == 0:
			args = append(args, cur)
			cur = nil
			continue
		}
		cur = append(cur, t)
	}
	return nil, nil, fmt.Errorf("unterminated argument list")
}

func (x *Expander) Expand(l *list.List) error {
	x.depth++
	defer func() { x.depth-- }()
	if x.depth > 10 {
		return fmt.Errorf("macro recursion too deep")
	}
	for e := l.Front(); e != nil; {
		m, ok := x.macros[e.Value.(string)]
		if !ok {
			e = e.Next()
			continue
		}
		name := e.Value.(string)
		start := e
		after := e.Next()
		bind := map[string][]string{}
		if m.Params != nil {
			args, next, err := collectArgs(e.Next())
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			if len(args) != len(m.Params) {
				return fmt.Errorf("%s: want %d args, got %d", name, len(m.Params), len(args))
			}
			for i, p := range m.Params {
				bind[p] = args[i]
			}
			for cur := start.Next(); cur != next; {
				n := cur.Next()
				l.Remove(cur)
				cur = n
			}
			after = next
		}
		var body []string
		for _, t := range m.Body {
			if a, ok := bind[t]; ok {
				body = append(body, a...)
			} else {
				body = append(body, t)
			}
		}
		sub := toList(body)
		if err := x.Expand(sub); err != nil {
			return err
		}
		for s := sub.Front(); s != nil; s = s.Next() {
			l.InsertBefore(s.Value, start)
		}
		l.Remove(start)
		e = after
	}
	return nil
}

func main() {
	x := &Expander{macros: map[string]Macro{
		"PI":     {nil, []string{"3.14159"}},
		"SQ":     {[]string{"x"}, strings.Fields("( ( x ) * ( x ) )")},
		"AREA":   {[]string{"r"}, strings.Fields("PI * SQ ( r )")},
		"MAX":    {[]string{"a", "b"}, strings.Fields("( a > b ? a : b )")},
		"LOOP":   {nil, []string{"LOOP"}},
		"TWICE":  {[]string{"f"}, strings.Fields("f f")},
		"EMPTY":  {nil, nil},
		"ADD3":   {[]string{"a", "b", "c"}, strings.Fields("a + b + c")},
		"UNUSED": {[]string{"z"}, []string{"0"}},
	}}
	inputs := []string{
		"area = AREA ( w + 1 ) ;",
		"m = MAX ( SQ ( 2 ) , f ( 1 , 2 ) ) EMPTY ;",
		"TWICE ( PI ) done",
		"x = ADD3 ( 1 , 2 ) ;",
		"y = SQ ( 3",
		"LOOP",
	}
	for _, in := range inputs {
		l := toList(strings.Fields(in))
		err := x.Expand(l)
		fmt.Printf("%-40s => %s", in, listString(l))
		if err != nil {
			fmt.Printf("  [error: %v]", err)
		}
		fmt.Printf(" (%d tokens)\n", l.Len())
	}
}
