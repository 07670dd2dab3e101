// Exercises: method values passed as func arguments, an interface holding a nil *bytes.Buffer is non-nil, type assertion to interface types.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type Rocket struct{ name string }

func (r *Rocket) Launch() { fmt.Println("launch", r.name) }

func after(steps int, f func()) {
	for i := steps; i > 0; i-- {
		fmt.Print(i, " ")
	}
	f()
}

const debug = false

func f(out io.Writer) string {
	if out != nil {
		return fmt.Sprintf("out is non-nil: %T", out)
	}
	return "out is nil"
}

func describe(w io.Writer) string {
	s := ""
	if _, ok := w.(io.StringWriter); ok {
		s += "StringWriter "
	}
	if _, ok := w.(fmt.Stringer); ok {
		s += "Stringer "
	}
	if rw, ok := w.(io.ReadWriter); ok {
		s += fmt.Sprintf("ReadWriter(%T)", rw)
	}
	return s
}

func main() {
	r := &Rocket{"apollo"}
	after(3, r.Launch)
	launch := r.Launch
	r = &Rocket{"gemini"}
	launch()
	var buf *bytes.Buffer
	if debug {
		buf = new(bytes.Buffer)
	}
	fmt.Println(f(buf), buf == nil)
	var w io.Writer
	fmt.Println(f(w))
	fmt.Println(describe(new(bytes.Buffer)))
	fmt.Println(describe(os.Stdout) != "", describe(&strings.Builder{}))
	var sb strings.Builder
	w = &sb
	sw := w.(io.StringWriter)
	sw.WriteString("via interface")
	fmt.Println(sb.String())
}
