package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type Speaker interface{ Speak() string }
type Mover interface{ Move() string }
type Animal interface {
	Speaker
	Mover
}

type Dog struct{ name string }
type Fish struct{ name string }
type Robot struct{ model int }

func (d Dog) Speak() string   { return d.name + " barks" }
func (d Dog) Move() string    { return d.name + " runs" }
func (f *Fish) Move() string  { return f.name + " swims" }
func (r Robot) Speak() string { return fmt.Sprintf("R%d beeps", r.model) }
func (r Robot) Move() string  { return "rolls" }
func (r Robot) Write(p []byte) (int, error) {
	fmt.Printf("[R%d] %s", r.model, p)
	return len(p), nil
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func classify(x any) string {
	var parts []string
	if _, ok := x.(Speaker); ok {
		parts = append(parts, "speaker")
	}
	if _, ok := x.(Mover); ok {
		parts = append(parts, "mover")
	}
	if _, ok := x.(Animal); ok {
		parts = append(parts, "animal")
	}
	if _, ok := x.(io.Writer); ok {
		parts = append(parts, "writer")
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, "+")
}

func main() {
	things := []any{Dog{"rex"}, Fish{"nemo"}, &Fish{"dory"}, Robot{42}, 3, nil}
	for _, t := range things {
		fmt.Printf("%-18T %s\n", t, classify(t))
	}
	var zoo []Animal = []Animal{Dog{"fido"}, Robot{7}}
	for _, a := range zoo {
		fmt.Println(a.Speak(), "/", a.Move())
	}
	var m Mover = &Fish{"wanda"}
	if f, ok := m.(*Fish); ok {
		f.name = "WANDA"
	}
	fmt.Println(m.Move())
	fmt.Fprintf(Robot{9}, "hello %d\n", 5)
	uw := upperWriter{os.Stdout}
	fmt.Fprintln(uw, "quiet words", 12)
	io.WriteString(uw, "more\n")
	var s Speaker
	fmt.Println(s == nil)
	var d *Dog
	fmt.Println(d == nil)
	s = Dog{"a"}
	fmt.Println(s == Dog{"a"}, s != Speaker(Dog{"b"}))
}
