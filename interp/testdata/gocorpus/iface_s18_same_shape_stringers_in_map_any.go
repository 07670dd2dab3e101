// Exercises: two error or Stringer types of one structure printed from an interface inside a struct field or a map[string]any: a clear error, never fmt's %!v(PANIC=...) text
package main

import "fmt"

type Meters struct{ V int }
type Feet struct{ V int }

func (m Meters) String() string { return fmt.Sprint(m.V, "m") }
func (f *Feet) String() string  { return fmt.Sprint(f.V, "ft") }

func main() {
	fmt.Println(map[string]any{"a": Meters{1}, "b": &Feet{2}})
}
