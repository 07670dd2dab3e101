package main

import (
	"fmt"
	"strings"
)

type Sym string

func (s Sym) GoString() string { return "Sym(" + string(s) + ")" }

type Quat struct{ W, X, Y, Z float64 }

func (q Quat) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "%g+%gi+%gj+%gk", q.W, q.X, q.Y, q.Z)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "Quat{%g,%g,%g,%g}", q.W, q.X, q.Y, q.Z)
			return
		}
		fmt.Fprintf(f, "(%g %g %g %g)", q.W, q.X, q.Y, q.Z)
	case 's':
		w, ok := f.Width()
		s := fmt.Sprintf("q[%g]", q.W)
		if ok && w > len(s) {
			s = strings.Repeat("*", w-len(s)) + s
		}
		fmt.Fprint(f, s)
	default:
		fmt.Fprintf(f, "%%!%c(Quat)", verb)
	}
}

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Entry struct {
	Lvl  Level
	Msg  string
	Tags []Sym
}

type errT struct{ code int }

func (e *errT) Error() string { return fmt.Sprintf("E%03d", e.code) }

func main() {
	q := Quat{1, 2, 3.5, -4}
	fmt.Printf("%v|%+v|%#v|%s|%8s|%d\n", q, q, q, q, q, q)
	fmt.Println(q, []Quat{q, {}})
	e := Entry{Warn, "disk", []Sym{"a", "b"}}
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Printf("%#v\n", e.Tags)
	fmt.Printf("%v %d %s %q\n", Info, Info, Level(9), Debug)
	fmt.Printf("%x %X %o %b\n", 255, "hi", 8, 5)
	fmt.Printf("%6.2f|%-6.1f|%+d|%05d|%t\n", 3.14159, 2.0, 7, 42, true)
	var err error = &errT{7}
	fmt.Printf("%v %s %q\n", err, err, err)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Printf("%v %v\n", map[Level]int{Warn: 1, Debug: 2}, struct {
		A *int
		B []string
	}{nil, nil})
	fmt.Printf("%T %T %T\n", q, e.Tags, err)
}
