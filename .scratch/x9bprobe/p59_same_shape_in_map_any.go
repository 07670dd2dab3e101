package main

import "fmt"

type Meters struct{ V float64 }
type Feet struct{ V float64 }

func (m Meters) String() string { return fmt.Sprintf("%.1fm", m.V) }
func (f *Feet) String() string  { return fmt.Sprintf("%.1fft", f.V) }

type Plan struct {
	Name  string
	Parts map[string]fmt.Stringer
}

func main() {
	m := map[string]any{"a": Meters{1}, "b": &Feet{2}}
	fmt.Println(m)
	p := Plan{"p", map[string]fmt.Stringer{"x": Meters{3}, "y": &Feet{4}}}
	fmt.Println(p.Parts)
	fmt.Printf("%v\n", p)
}
