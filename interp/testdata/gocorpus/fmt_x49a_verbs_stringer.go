package main

import (
	"errors"
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Point struct{ X, Y int }

type Event struct {
	Lvl   Level
	Msg   string
	At    *Point
	Attrs map[string]any
}

type secret string

func (s secret) GoString() string { return `secret("***")` }
func (s secret) String() string   { return "***" }

type formatted struct{ v float64 }

func (f formatted) Format(st fmt.State, verb rune) {
	w, ok := st.Width()
	if !ok {
		w = 0
	}
	fmt.Fprintf(st, "<%c %*.2f>", verb, w, f.v)
}

func main() {
	e := Event{Lvl: Warn, Msg: "disk \"low\"", At: &Point{1, 2}, Attrs: map[string]any{"free": 12, "unit": "GB"}}
	fmt.Printf("%v\n", e.Lvl)
	fmt.Printf("%d %s %q\n", e.Lvl, e.Lvl, e.Lvl)
	fmt.Printf("%v\n", Level(9))
	fmt.Printf("%+v\n", *e.At)
	fmt.Printf("%#v\n", *e.At)
	fmt.Printf("%v %+v\n", e.Attrs, e.Attrs)
	fmt.Printf("%T %T %T\n", e, e.At, e.Attrs)
	fmt.Printf("%q %x %X\n", e.Msg, "hi", []byte("go"))
	fmt.Printf("[%6.2f] [%-8s] [%08b] [%o] [%#x]\n", 3.14159, "left", 5, 64, 255)
	fmt.Printf("%v %s %#v\n", secret("pw"), secret("pw"), secret("pw"))
	fmt.Printf("%v|%8v|%x\n", formatted{1.5}, formatted{2.25}, formatted{3})
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%c %U %q\n", 'G', 'é', 'x')
	fmt.Printf("%e %g %.3g\n", 123456.789, 0.000012, 2.0/3)
	fmt.Printf("%5.1f%%\n", 99.5)
	fmt.Printf("%v\n", errors.New("boom"))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	var sb strings.Builder
	for l := Debug; l <= Error+1; l++ {
		fmt.Fprintf(&sb, "%-6v|", l)
	}
	fmt.Println(sb.String())
	fmt.Printf("%v %+v\n", []*Point{{1, 2}}[0] != nil, []Point{{3, 4}})
	fmt.Printf("%#v\n", []string{"a", "b"})
	fmt.Printf("%#v\n", map[string]int{"z": 1, "a": 2})
	fmt.Printf("%v\n", [2]bool{true})
}
