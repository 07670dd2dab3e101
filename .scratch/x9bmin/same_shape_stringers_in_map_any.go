// SILENT: Go prints "map[a:1m b:2ft]"; the session prints "map[a:%!v(PANIC=Format method: a value stored in an interface could be any of main.Feet or main.Meters ...) ...]" with no error - the refusal swallowed by fmt, in a map[string]any printed directly.
package main

import "fmt"

type Meters struct{ V int }
type Feet struct{ V int }

func (m Meters) String() string { return fmt.Sprint(m.V, "m") }
func (f *Feet) String() string  { return fmt.Sprint(f.V, "ft") }

func main() {
	fmt.Println(map[string]any{"a": Meters{1}, "b": &Feet{2}})
}
