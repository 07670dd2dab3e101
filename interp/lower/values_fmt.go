package lower

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/gobackprop/gobackprop/interp/mirror"
)

// Printing values of the cell's types with fmt and log: their arguments
// become stand-ins (values.go) that print as Go prints them. Three things
// need more than the arguments:
//
//   - fmt.Print puts a space between operands when neither is a string; a
//     stand-in of a named string type is one, so the operands go through
//     _gbp.Sprint, which knows: fmt.Print(a, b) becomes
//     fmt.Print(_gbp.Sprint(a', b'));
//   - %T and %p look at the argument itself, not at its methods: a format
//     with them, or one that is not a constant, goes through _gbp.Sprintf,
//     which gives them the stand-in's type name and value: fmt.Printf(f, x)
//     becomes fmt.Print(_gbp.Sprintf(f, x'));
//   - fmt.Errorf wraps its %w arguments: those stay as they are (yaegi's
//     wrapper of an error has its Error method).

// fmtFunc is how a function of fmt or log takes the values it prints.
type fmtFunc struct {
	first  int  // the index of the first value, or of the format
	format bool // the first is a format
	spaced bool // Print: operands are spaced unless one is a string
	// base is the function that prints a string as it is, for a
	// formatting one that goes through _gbp.Sprintf ("" for Sprintf,
	// which becomes _gbp.Sprintf itself).
	base   string
	errorf bool
}

var fmtFuncs = map[string]fmtFunc{
	"fmt.Print":    {spaced: true, base: "Print"},
	"fmt.Sprint":   {spaced: true},
	"fmt.Fprint":   {first: 1, spaced: true, base: "Fprint"},
	"fmt.Println":  {},
	"fmt.Sprintln": {},
	"fmt.Fprintln": {first: 1},
	"fmt.Printf":   {format: true, base: "Print"},
	"fmt.Sprintf":  {format: true},
	"fmt.Fprintf":  {first: 1, format: true, base: "Fprint"},
	"fmt.Errorf":   {format: true, errorf: true},
	"log.Print":    {spaced: true, base: "Print"},
	"log.Println":  {},
	"log.Printf":   {format: true, base: "Print"},
	"log.Fatal":    {spaced: true, base: "Fatal"},
	"log.Fatalln":  {},
	"log.Fatalf":   {format: true, base: "Fatal"},
	"log.Panic":    {spaced: true, base: "Panic"},
	"log.Panicln":  {},
	"log.Panicf":   {format: true, base: "Panic"},
	// A *log.Logger's (its Fatal methods are the session's:
	// loggerfatal.go).
	"(*log.Logger).Print":   {spaced: true, base: "Print"},
	"(*log.Logger).Println": {},
	"(*log.Logger).Printf":  {format: true, base: "Print"},
	"(*log.Logger).Panic":   {spaced: true, base: "Panic"},
	"(*log.Logger).Panicln": {},
	"(*log.Logger).Panicf":  {format: true, base: "Panic"},
}

// lowerFmtCall makes the values a call of fmt or log prints print as Go
// prints them.
func (c *cell) lowerFmtCall(call *ast.CallExpr, f fmtFunc) {
	values := f.first
	if f.format {
		values++
	}
	if len(call.Args) <= values && !(f.format && len(call.Args) == values && call.Ellipsis.IsValid()) {
		return
	}
	// The verbs each value is printed with.
	verbs := func(int) *use { return fmtUse("v") }
	constFormat := true
	wrapped := map[int]bool{}
	if f.format {
		tv := c.Info.Types[call.Args[f.first]]
		if tv.Value == nil || tv.Value.Kind() != constant.String || call.Ellipsis.IsValid() {
			constFormat = false
			verbs = func(int) *use { return fmtUse("*") }
		} else {
			byArg := map[int]*use{}
			for _, d := range mirror.Directives(constant.StringVal(tv.Value)) {
				if d.Arg < 0 {
					continue
				}
				if byArg[d.Arg] == nil {
					byArg[d.Arg] = fmtUse()
				}
				v := string(d.Verb)
				if d.Verb == 'v' && strings.Contains(d.Flags, "#") {
					v = "#v"
				} else if d.Verb == 'v' && strings.Contains(d.Flags, "+") {
					v = "+v"
				}
				byArg[d.Arg].verbs[v] = true
				if d.Verb == 'w' && f.errorf {
					wrapped[d.Arg] = true
				}
			}
			verbs = func(i int) *use {
				if u := byArg[i]; u != nil {
					return u
				}
				// An extra argument prints as %!(EXTRA type=value).
				return fmtUse("*")
			}
		}
	}
	type planned struct {
		arg    ast.Expr
		t      types.Type
		u      *use
		spread bool
		err    bool // a %w argument: an error stand-in
	}
	var plan []planned
	typeVerbs := false
	for i, arg := range call.Args[values:] {
		tv := c.Info.Types[arg]
		if tv.Type == nil || tv.IsNil() {
			continue
		}
		if wrapped[i] {
			if c.mayHoldCellError(tv.Type, arg) {
				plan = append(plan, planned{arg: arg, err: true})
			}
			continue
		}
		u := verbs(i)
		if len(u.verbs) == 1 && u.verbs["p"] {
			continue // %p prints the address of the value itself
		}
		spread := call.Ellipsis.IsValid() && i == len(call.Args)-values-1
		t := tv.Type
		if spread {
			t = t.Underlying().(*types.Slice).Elem()
		}
		// yaegi hands fmt a value of a cell's type given directly in a
		// wrapper with the methods it finds - a pointer's String for a
		// value, the methods of the type another was defined from - so
		// such a value always becomes a stand-in.
		direct := t
		if p, ok := t.Underlying().(*types.Pointer); ok && !c.isCellType(t) {
			direct = p.Elem()
		}
		if !c.isCellType(direct) && !c.matters(t, u, arg.Pos()) {
			continue
		}
		plan = append(plan, planned{arg: arg, t: tv.Type, u: u, spread: spread})
		if u.verbs["T"] || u.verbs["p"] || u.verbs["*"] {
			typeVerbs = true
		}
	}
	if len(plan) == 0 {
		return
	}
	// The helper's opening goes in before the stand-ins' at the same
	// place, its closing after theirs.
	closeHelper := func() {}
	switch {
	case f.spaced:
		closeHelper = c.throughRuntime(call, f, "_gbp.Sprint")
	case f.format && (typeVerbs || !constFormat):
		if !f.errorf {
			closeHelper = c.throughRuntime(call, f, "_gbp.Sprintf")
			break
		}
		if !constFormat {
			c.fail(call, "fmt.Errorf with a format that is not a constant",
				"format the message with fmt.Sprintf first and wrap it with fmt.Errorf(\"%s: %w\", msg, err)")
			return
		}
		if len(wrapped) > 0 {
			// %T with %w: the runtime's Errorf prints the types and wraps.
			c.replace(call.Fun.Pos(), call.Fun.End(), "_gbp.Errorf")
			break
		}
		// Without %w, Errorf is errors.New of the message.
		c.insert(call.Args[0].Pos(), `"%s", _gbp.Sprintf(`)
		closeHelper = func() { c.insertLast(call.Rparen, ")") }
	}
	var standIns []ast.Expr
	for _, p := range plan {
		if p.err && !c.standInErr(p.arg, false) || !p.err && !c.standIn(p.arg, p.t, p.u, p.spread) {
			return
		}
		standIns = append(standIns, p.arg)
	}
	closeHelper()
	c.readAfterCalls(call, standIns)
}

// throughRuntime routes a call's operands through a _gbp function that
// returns the string to print: f(w, args...) becomes
// base(w, helper(args...)), and a Sprint or Sprintf becomes the helper.
// It returns what closes the helper's parenthesis.
func (c *cell) throughRuntime(call *ast.CallExpr, f fmtFunc, helper string) func() {
	if f.base == "" {
		c.replace(call.Fun.Pos(), call.Fun.End(), helper)
		return func() {}
	}
	name := call.Fun
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		name = sel.Sel
	}
	c.replace(name.Pos(), name.End(), f.base)
	c.insert(call.Args[f.first].Pos(), helper+"(")
	return func() { c.insertLast(call.Rparen, ")") }
}
