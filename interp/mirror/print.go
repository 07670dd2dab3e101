package mirror

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Sprint is fmt.Sprint for arguments that may be stand-ins: fmt puts a
// space between operands when neither is a string, and a stand-in for a
// value of a named string type is one.
func Sprint(args ...any) string {
	var b strings.Builder
	for i, a := range args {
		if i > 0 && !isString(a) && !isString(args[i-1]) {
			b.WriteByte(' ')
		}
		fmt.Fprint(&b, a)
	}
	return b.String()
}

func isString(a any) bool {
	if x, ok := a.(*Value); ok {
		return x.v.Kind() == reflect.String
	}
	if x, ok := a.(*Unclear); ok {
		a = x.raw
	}
	return a != nil && reflect.TypeOf(a).Kind() == reflect.String
}

// Sprintf is fmt.Sprintf for a format the lowering could not read (not a
// constant) with arguments that may be stand-ins: %T prints the stand-in's
// Go type and %p the address of its value.
func Sprintf(format string, args ...any) string {
	used, reordered := argsUsed(format)
	var extra []any
	if !reordered && used < len(args) {
		// fmt reports extra arguments with their types: a stand-in's
		// must be the Go type's.
		for _, a := range args[used:] {
			switch a.(type) {
			case *Value, *Unknown:
				extra = args[used:]
			}
		}
		args = args[:len(args)-len(extra)]
	}
	format, args = adjust(format, args)
	s := fmt.Sprintf(format, args...)
	if len(extra) > 0 {
		var b strings.Builder
		b.WriteString("%!(EXTRA ")
		for i, a := range extra {
			if i > 0 {
				b.WriteString(", ")
			}
			if a == nil {
				b.WriteString("<nil>")
				continue
			}
			b.WriteString(TypeString(a) + "=")
			fmt.Fprint(&b, a)
		}
		s += b.String() + ")"
	}
	return s
}

// Errorf is fmt.Errorf for a constant format with %T of stand-ins: the
// stand-ins' %T print their Go types, and %w still wraps.
func Errorf(format string, args ...any) error {
	format, args = adjust(format, args)
	return fmt.Errorf(format, args...)
}

// argsUsed returns how many arguments a format's directives take, and
// whether it numbers them explicitly, which turns fmt's report of extra
// arguments off.
func argsUsed(format string) (n int, reordered bool) {
	for _, d := range Directives(format) {
		if d.Arg+1 > n {
			n = d.Arg + 1
		}
		if d.Indexed {
			reordered = true
		}
	}
	return n, reordered
}

// adjust rewrites the directives %T and %p of stand-in arguments: %T to
// %s of the type's name, %p to the value itself. An argument other
// directives print too keeps its place; the directive gets the new value
// as an extra argument, by index, when no directive after it counts on
// where it left fmt's argument counter.
func adjust(format string, args []any) (string, []any) {
	ds := Directives(format)
	uses := map[int]int{}
	for _, d := range ds {
		if d.Arg >= 0 {
			uses[d.Arg]++
		}
	}
	var b strings.Builder
	last := 0
	out := args
	copied := false
	for k, d := range ds {
		if d.Arg < 0 || d.Arg >= len(args) || (d.Verb != 'T' && d.Verb != 'p') {
			continue
		}
		var repl any
		switch x := args[d.Arg].(type) {
		case *Unknown:
			panic(errUnknown)
		case *Unclear:
			if d.Verb == 'T' {
				panic(ambiguous(x.names))
			}
			repl = x.raw
		case *Value:
			if d.Verb == 'T' {
				repl = x.t.Name
			} else {
				repl = x.v.Interface()
			}
		case *ErrorValue: // an error's stand-in that compiled code handed back
			if x.Value == nil {
				continue
			}
			if d.Verb == 'T' {
				repl = x.t.Name
			} else {
				repl = x.v.Interface()
			}
		case interface{ GoTypeName() string }:
			if d.Verb != 'T' {
				continue
			}
			repl = x.GoTypeName() // a stand-in of the session's (a typed nil)
		case *jsonError:
			name, ok := x.goName()
			if d.Verb != 'T' || !ok {
				continue
			}
			repl = name
		default:
			name, wrapped := wrappedTypeName(x)
			if d.Verb != 'T' || !wrapped {
				continue
			}
			repl = name
		}
		if !copied {
			out, copied = append([]any(nil), args...), true
		}
		verb := "s"
		if d.Verb == 'p' {
			verb = "p"
		}
		if uses[d.Arg] == 1 {
			out[d.Arg] = repl
			b.WriteString(format[last:d.VerbAt] + verb)
			last = d.VerbAt + 1
			continue
		}
		for _, next := range ds[k+1:] {
			if next.Arg >= 0 && !next.Indexed {
				panic(fmt.Errorf("fmt: %%%c of a value of a type the cell declares, in a format that prints it with other verbs too: "+
					"number the directives that follow it ([n]) or print the type separately", d.Verb))
			}
		}
		out = append(out, repl)
		start := d.VerbAt
		if d.Indexed {
			start = strings.LastIndexByte(format[:d.VerbAt], '[')
		}
		b.WriteString(format[last:start] + "[" + strconv.Itoa(len(out)) + "]" + verb)
		last = d.VerbAt + 1
	}
	if !copied {
		return format, args
	}
	b.WriteString(format[last:])
	return b.String(), out
}

// A Directive is one % directive of a format, as fmt reads it.
type Directive struct {
	Verb   rune
	VerbAt int // byte offset of the verb in the format
	Arg    int // the argument it prints, -1 for %%
	Flags  string
	// Indexed is set when the directive numbers an argument ([n]).
	Indexed bool
}

// Directives lists a format's directives with the arguments they print,
// following fmt's rules for explicit indexes ([n]) and * widths.
func Directives(format string) []Directive {
	var out []Directive
	arg := 0
	for i := 0; i < len(format); {
		if format[i] != '%' {
			i++
			continue
		}
		i++
		start := i
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		flags := format[start:i]
		indexed := false
		// index reads an explicit [n] and moves arg.
		index := func() {
			if i < len(format) && format[i] == '[' {
				indexed = true
				end := strings.IndexByte(format[i:], ']')
				if end < 0 {
					return
				}
				n := 0
				for _, c := range format[i+1 : i+end] {
					if c < '0' || c > '9' {
						n = -1
						break
					}
					n = n*10 + int(c-'0')
				}
				if n > 0 {
					arg = n - 1
				}
				i += end + 1
			}
		}
		number := func() {
			index()
			if i < len(format) && format[i] == '*' {
				arg++
				i++
				return
			}
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
		}
		number()
		if i < len(format) && format[i] == '.' {
			i++
			number()
		}
		index()
		if i >= len(format) {
			break
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		d := Directive{Verb: verb, VerbAt: i, Arg: -1, Flags: flags, Indexed: indexed}
		if verb != '%' {
			d.Arg = arg
			arg++
		}
		out = append(out, d)
		i += size
	}
	return out
}

// wrappedTypeName returns the Go name of the value in one of yaegi's
// wrappers of a compiled interface (interp._error) that no stand-in
// resolved - an instance of a generic type made in a generic function,
// registered if a cell named it (LocalType) - and whether x is one. %T
// printed the wrapper's name, silently; one not registered is refused.
func wrappedTypeName(x any) (string, bool) {
	v := reflect.ValueOf(x)
	if !v.IsValid() || v.Type().PkgPath() != "github.com/traefik/yaegi/interp" {
		return "", false
	}
	inner, ok := unwrapYaegi(v)
	if !ok {
		return "", false
	}
	if inner.Kind() == reflect.Interface {
		inner = inner.Elem()
	}
	if lt, found := localTypeOf(inner); found {
		return lt.Name, true
	}
	panic(errUnknownInstance)
}

var errUnknownInstance = errors.New("the type of this value is lost: it is of a type the interpreter keeps in an error or " +
	"fmt.Stringer with its methods but without its name (an instance of a generic type made inside a generic function); " +
	"%T and %#v need the type - make a value of that instance in the cell first (for a type Box[T], a Box[int]{} before the call), or print the type another way")
