package main

import "fmt"

type Meters struct{ V float64 }
type Feet struct{ V float64 }

func (m Meters) String() string { return fmt.Sprintf("%gm", m.V) }
func (f Feet) String() string   { return fmt.Sprintf("%gft", f.V) }

func main() {
	fmt.Println([]any{Meters{1}, Feet{1}})
}
